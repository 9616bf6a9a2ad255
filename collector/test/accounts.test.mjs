// Named manager accounts over real HTTP, on SQLite and PostgreSQL: each person signs in with their
// own password, the audit log names them, a viewer can read but not change, and a session ends when
// it should (sign-out, idle, its age, the account removed), never by a cookie someone brought along.
// The same in a real browser is in the repository's test/node/dashboard.test.mjs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { payload, postForm, signIn, startCollector } from './helpers.mjs';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { hashPassword } from '../dist/lib/password.js';
import { tokenHash } from '../dist/lib/session-token.js';

const people = {
  manager: { name: '김담당', password: '창구-친절-2026-담당자', role: 'manager' },
  viewer: { name: '감사팀', password: 'audit-only-reading-2026', role: 'viewer' },
};

async function addAccounts(store) {
  for (const { name, password, role } of Object.values(people)) {
    assert.equal(
      await store.accounts.add({
        name,
        role,
        password_hash: await hashPassword(password),
        created_at: new Date().toISOString(),
      }),
      true
    );
  }
}

const signInForm = (url, fields, headers = { 'Sec-Fetch-Site': 'same-origin' }) =>
  fetch(`${url}/admin/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

for (const kind of ['sqlite', 'postgres']) {
  describe(`manager accounts (${kind})`, () => {
    let collector;
    let id;
    before(async () => {
      collector = await startCollector(kind, { rateLimit: 1000 });
      await addAccounts(collector.store);
      const body = payload({ comment: '담당 직원 이름이 적힌 항의 글' });
      id = body.id;
      assert.equal((await collector.post(body)).status, 201);
    });
    after(() => collector.stop());

    const get = (path, session) =>
      fetch(`${collector.url}${path}`, { headers: session?.headers ?? {}, redirect: 'manual' });

    it('should refuse a wrong password on the form, say so beside the fields, and keep the name typed', async () => {
      const response = await signInForm(collector.url, { name: people.manager.name, password: 'not-the-password-1' });
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('set-cookie'), null);
      const html = await response.text();
      assert.match(
        html,
        /<p id="sign-in-notice" class="notice" role="alert">아이디 또는 비밀번호가 맞지 않아요\.<\/p>/
      );
      assert.match(
        html,
        /id="sign-in-name"[^>]*value="김담당"[^>]*aria-invalid="true"[^>]*aria-describedby="sign-in-notice"/
      );
      assert.match(html, /id="sign-in-password"[^>]*type="password"[^>]*autocomplete="current-password"/);
      assert.doesNotMatch(html, /not-the-password-1/, 'the password is never sent back');
    });

    it('should sign a person in to a new session of their own, named on every page', async () => {
      const brought = { Cookie: 'cf-session=chosen-by-someone-else-0000000000000000000' };
      assert.equal((await get('/admin/', { headers: brought })).status, 303, 'a cookie nobody issued is no session');
      const response = await signInForm(
        collector.url,
        { name: people.manager.name, password: people.manager.password, next: '/admin/audit?lang=en' },
        { 'Sec-Fetch-Site': 'same-origin', ...brought }
      );
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/admin/audit?lang=en', 'back to what was asked for');
      const cookie = response.headers.get('set-cookie');
      assert.doesNotMatch(cookie, /chosen-by-someone-else/);
      const page = await (await get('/admin/?lang=en', { headers: { Cookie: cookie.split(';')[0] } })).text();
      assert.match(page, /Signed in as <strong>김담당<\/strong> \(Manager\)/);
      assert.match(
        page,
        /<form method="post" action="\/admin\/sign-out\?lang=en" class="account" aria-label="Sign out">/
      );
    });

    it('should keep only a hash of the password and of the session token in the database', async () => {
      const session = await signIn(collector.url, people.manager.name, people.manager.password);
      const token = session.headers.Cookie.split('=')[1];
      const stored = await collector.store.accounts.find(people.manager.name);
      assert.match(stored.password_hash, /^scrypt\$32768\$8\$3\$/);
      assert.ok(!stored.password_hash.includes(people.manager.password));
      const always = { seenAfter: new Date(0), createdAfter: new Date(0) };
      assert.equal(await collector.store.accounts.session(token, always), undefined, 'not kept as sent');
      assert.equal((await collector.store.accounts.session(tokenHash(token), always)).name, '김담당');
    });

    it('should go only to a page of its own after signing in', async () => {
      for (const next of [
        'https://evil.example/',
        '//evil.example/admin/',
        '/\\evil.example',
        'javascript:alert(1)',
        '/elsewhere',
      ]) {
        const response = await signInForm(collector.url, { ...people.manager, next });
        assert.equal(response.status, 303);
        assert.equal(response.headers.get('location'), '/admin/', next);
      }
    });

    it('should refuse a sign-in posted from another site (login CSRF)', async () => {
      const response = await signInForm(collector.url, people.manager, { 'Sec-Fetch-Site': 'cross-site' });
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('set-cookie'), null);
    });

    it('should name the person who hid a comment in the audit log', async () => {
      const session = await signIn(collector.url, people.manager.name, people.manager.password);
      const hidden = await postForm(collector.url, `/admin/submissions/${id}/hide`, session, { reason: '직원 실명' });
      assert.equal(hidden.status, 303);
      const [entry] = await collector.store.audit();
      assert.equal(entry.actor, '김담당');
      assert.equal(entry.action, 'hide');
    });

    it('should let a viewer read, show them no hide form, and refuse their actions', async () => {
      const session = await signIn(collector.url, people.viewer.name, people.viewer.password);
      const board = await get('/admin/', session);
      assert.equal(board.status, 200);
      const html = await board.text();
      assert.match(html, /<strong>감사팀<\/strong> \(열람자\)/);
      assert.doesNotMatch(html, /class="hide"/, 'no hide form');
      const audit = await (await get('/admin/audit', session)).text();
      assert.match(audit, /직원 실명/);
      assert.doesNotMatch(audit, /\/restore/, 'no restore form');
      const refused = await postForm(collector.url, `/admin/submissions/${id}/restore`, session, { reason: 'x' });
      assert.equal(refused.status, 403);
      assert.match(await refused.text(), /열람만 할 수 있어요/);
      assert.equal((await collector.store.audit()).length, 1, 'nothing changed');
      const stats = await get('/api/stats', session);
      assert.equal(stats.status, 200, 'the API reads with the session too');
    });

    it('should end the session on sign-out, with its token, so that the same cookie no longer works', async () => {
      const session = await signIn(collector.url, people.manager.name, people.manager.password);
      const forged = await postForm(collector.url, '/admin/sign-out', { ...session, csrf: 'guessed' });
      assert.equal(forged.status, 403, 'a sign-out without the token is refused');
      assert.equal((await get('/admin/', session)).status, 200, 'still signed in');
      const out = await postForm(collector.url, '/admin/sign-out', session);
      assert.equal(out.status, 303);
      assert.equal(out.headers.get('location'), '/admin/sign-in?next=%2Fadmin%2F&signed-out');
      assert.match(out.headers.get('set-cookie'), /^cf-session=; Max-Age=0/);
      const after = await get('/admin/', session);
      assert.equal(after.status, 303);
      assert.match(after.headers.get('location'), /^\/admin\/sign-in\?/);
      assert.equal((await get('/api/stats', session)).status, 401);
      const page = await (await get('/admin/sign-in?signed-out')).text();
      assert.match(page, /role="status">로그아웃했어요\./);
    });

    it('should end every session of an account that is removed', async () => {
      const extra = { name: '임시직원', password: 'temporary-access-2026', role: 'manager' };
      await collector.store.accounts.add({
        ...extra,
        password_hash: await hashPassword(extra.password),
        created_at: new Date().toISOString(),
      });
      const session = await signIn(collector.url, extra.name, extra.password);
      assert.equal((await get('/admin/', session)).status, 200);
      assert.equal(await collector.store.accounts.remove(extra.name), true);
      assert.equal((await get('/admin/', session)).status, 303);
    });
  });
}

describe('session lifetime', () => {
  let collector;
  const idleMs = 1200;
  const maxAgeMs = 3000;
  before(async () => {
    collector = await startCollector('sqlite', { sessionIdleTimeoutMs: idleMs, sessionMaxAgeMs: maxAgeMs });
    await addAccounts(collector.store);
  });
  after(() => collector.stop());
  const status = async (session) =>
    (await fetch(`${collector.url}/admin/`, { headers: session.headers, redirect: 'manual' })).status;

  it('should keep a session that is used, and end it once it has been idle for the idle timeout', async () => {
    const session = await signIn(collector.url, people.manager.name, people.manager.password);
    // Used every 400 ms for 2 s, longer than the idle timeout in all.
    for (let i = 0; i < 5; i++) {
      await sleep(400);
      assert.equal(await status(session), 200, `still used at ${(i + 1) * 400} ms`);
    }
    // Then left alone past the idle timeout: the time passing is the behaviour under test.
    await sleep(idleMs + 300);
    assert.equal(await status(session), 303);
  });

  it('should end a session at its maximum age however busy it is', async () => {
    const session = await signIn(collector.url, people.manager.name, people.manager.password);
    const started = Date.now();
    let ended;
    // At most 20 requests, 300 ms apart: ended by its age (3 s), never idle.
    for (let i = 0; i < 20 && ended === undefined; i++) {
      await sleep(300);
      if ((await status(session)) === 303) ended = Date.now() - started;
    }
    assert.ok(ended !== undefined, 'the session never ended');
    assert.ok(ended >= maxAgeMs - 100 && ended < maxAgeMs + 1000, `ended after ${ended} ms`);
  });
});

describe('the first account from ADMIN_USER / ADMIN_PASSWORD', () => {
  it('should refuse a password under 12 characters, and take a new one at the next start', async () => {
    await assert.rejects(
      startCollector('sqlite', { adminUser: 'manager', adminPassword: '친절-2026' }),
      /admin-password \(ADMIN_PASSWORD\): a password needs at least 12 characters/
    );
    const first = await startCollector('sqlite', { adminUser: 'manager', adminPassword: 'first-password-2026' });
    const file = first.sqliteFile;
    await first.stop({ keepData: true });
    const second = await startCollector(
      'sqlite',
      { adminUser: 'manager', adminPassword: 'second-password-2026' },
      { sqliteFile: file }
    );
    try {
      await assert.rejects(signIn(second.url, 'manager', 'first-password-2026'), /sign-in answered 401/);
      await signIn(second.url, 'manager', 'second-password-2026');
      assert.deepEqual(
        (await second.store.accounts.list()).map(({ name, role }) => [name, role]),
        [['manager', 'manager']]
      );
    } finally {
      await second.stop();
      rmSync(dirname(file), { recursive: true, force: true });
    }
  });
});
