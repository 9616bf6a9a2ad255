// The manager's dashboard over real HTTP, against SQLite and PostgreSQL: its figures match the rows
// stored, visitors' text is escaped, filters narrow every view, and hiding a comment removes it from
// every view but the audit log. (The same pages in a browser, with the accessibility check, are in
// the repository's test/node/dashboard.test.mjs.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { payload, postForm, signIn, startCollector } from './helpers.mjs';
import { auth, managerConfig, seeded, toPayload } from './seed.mjs';
import { catalogues } from '../dist/views/messages.js';

/** The text of an element marked data-figure="name". */
const figure = (page, name) => new RegExp(`data-figure="${name}">([^<]*)<`).exec(page)?.[1];

/** A table's body rows as [heading, ...cells] text. */
function tableRows(page, id) {
  const table = new RegExp(`<table data-table="${id}">([\\s\\S]*?)</table>`).exec(page)?.[1];
  if (!table) return [];
  const body = table.slice(table.indexOf('<tbody>'));
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1].trim())
  );
}

const injected = '<img src=x onerror=alert(1)> 창구가 "너무" 붐벼요';

for (const kind of ['sqlite', 'postgres']) {
  describe(`dashboard (${kind})`, () => {
    let collector;
    let session;
    const ids = {};
    before(async () => {
      collector = await startCollector(kind, managerConfig);
      session = await signIn(collector.url, managerConfig.adminUser, managerConfig.adminPassword);
      for (const row of seeded) {
        const body = toPayload(row);
        ids[row.comment] = body.id;
        assert.equal((await collector.post(body)).status, 201);
      }
      const other = payload({
        rating: { value: 3, max: 5, scale: 'faces5', label: '보통이에요' },
        comment: injected,
        subject: { department: '세무과', staffId: 'B-201', staffName: '박세무', channel: 'online' },
      });
      ids.injected = other.id;
      assert.equal((await collector.post(other)).status, 201);
    });
    after(() => collector.stop());

    const get = (path, headers = session.headers) => fetch(`${collector.url}${path}`, { headers, redirect: 'manual' });
    const page = async (path) => {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      return response.text();
    };
    const act = (id, action, reason, { origin = collector.url, query = '' } = {}) =>
      postForm(collector.url, `/admin/submissions/${id}/${action}${query}`, session, { reason }, { Origin: origin });

    it('should send a browser without a session to the sign-in form, and refuse Basic credentials there', async () => {
      for (const headers of [{}, auth]) {
        const response = await get('/admin/?lang=en', headers);
        assert.equal(response.status, 303);
        assert.equal(response.headers.get('location'), '/admin/sign-in?next=%2Fadmin%2F%3Flang%3Den&lang=en');
      }
    });

    it('should show figures that match the stored rows, under a CSP that allows no script', async () => {
      const response = await get('/admin/');
      assert.match(response.headers.get('content-security-policy'), /default-src 'none'; style-src 'self'/);
      assert.doesNotMatch(response.headers.get('content-security-policy'), /script-src/);
      const html = await response.text();
      assert.match(html, /^<!doctype html>\s*<html lang="ko">/);
      assert.doesNotMatch(html, /<\?>|<!--lit/, 'no template markers leak into the page');
      // Ratings 100, 75, 0, 100, 0 and 50 (3 of 5): mean 54.2; two at the top, two in the lower half.
      assert.equal(figure(html, 'responses'), '6');
      assert.equal(figure(html, 'kindness'), '54.2');
      assert.equal(figure(html, 'top'), '2');
      assert.equal(figure(html, 'low'), '2');
      assert.deepEqual(tableRows(html, 'table-department'), [
        ['민원여권과', '3', '58.3', '1', '1'],
        ['세무과', '3', '50.0', '1', '1'],
      ]);
      assert.deepEqual(
        tableRows(html, 'table-staff').map((row) => row.slice(0, 3)),
        [
          ['박세무 (B-201)', '3', '50.0'],
          ['김민원 (A-102)', '2', '87.5'],
          ['이친절 (A-103)', '1', '0.0'],
        ]
      );
      assert.deepEqual(
        tableRows(html, 'table-channel').map((row) => row.slice(0, 2)),
        [
          ['온라인', '3'],
          ['방문', '2'],
          ['전화', '1'],
        ]
      );
      const days = tableRows(html, 'table-day');
      assert.equal(days.length, 1);
      assert.equal(days[0][1], '6');
      assert.equal((html.match(/<rect\s+class="bar"/g) ?? []).length, 1, 'one bar for the one day with responses');
    });

    it('should show visitors’ text as text, never as markup', async () => {
      const html = await page('/admin/');
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; 창구가 &quot;너무&quot; 붐벼요'));
      assert.ok(!html.includes('<img'), 'no element made of a comment');
      assert.ok(html.includes('=HYPERLINK(&quot;http://evil&quot;)'));
    });

    it('should sort comments onto the 좋아요 / 아쉬워요 board', async () => {
      const html = await page('/admin/');
      const section = (tone) => new RegExp(`id="board-${tone}"[\\s\\S]*?</section>`).exec(html)[0];
      assert.match(section('praise'), /끝까지 설명해 주셨어요/);
      assert.match(section('praise'), /\+좋아요, &quot;감사&quot;합니다/);
      assert.match(section('low'), /=HYPERLINK/);
      assert.match(section('low'), /-대기 시간이\n길었어요/);
      assert.match(section('other'), /창구가/);
      assert.doesNotMatch(section('praise'), /HYPERLINK|창구가/);
    });

    it('should narrow every view to the chosen department, staff member or channel', async () => {
      const html = await page(`/admin/?department=${encodeURIComponent('세무과')}`);
      // 세무과: 좋아요 (100), 아쉬워요 (0), 3 of 5 (50).
      assert.equal(figure(html, 'responses'), '3');
      assert.equal(figure(html, 'kindness'), '50.0');
      assert.deepEqual(
        tableRows(html, 'table-department').map((row) => row[0]),
        ['세무과']
      );
      assert.doesNotMatch(html, /끝까지 설명해 주셨어요/);
      assert.match(html, /<option value="세무과" selected>/);
      const staff = await page('/admin/?staff=A-102&channel=visit');
      assert.equal(figure(staff, 'responses'), '2');
      assert.equal(figure(staff, 'kindness'), '87.5');
      const none = await page('/admin/?from=2020-01-01&to=2020-01-31');
      assert.equal(figure(none, 'responses'), '0');
      assert.match(none, /이 기간에 응답이 없어요/);
    });

    it('should refuse a bad filter with a page that names it', async () => {
      const response = await get('/admin/?from=2026-02-30');
      assert.equal(response.status, 400);
      assert.match(response.headers.get('content-type'), /text\/html/);
      const html = await response.text();
      assert.match(html, /role="alert">from must be a date such as 2026-11-01/);
      assert.equal((await get('/admin/?channel=fax')).status, 400);
      assert.equal((await (await get('/api/stats?channel=fax')).json()).field, 'channel');
    });

    it('should speak English when asked', async () => {
      const html = await page('/admin/?lang=en');
      assert.match(html, /<html lang="en">/);
      assert.match(html, /Kindness index/);
      assert.match(html, /<option value="visit"\s*>\s*In person/);
    });

    it('should hide a comment from every view but the audit log, and show it again', async () => {
      const id = ids['끝까지 설명해 주셨어요'];
      const hidden = await act(id, 'hide', '직원 실명이 포함된 글', {
        query: '?department=%EB%AF%BC%EC%9B%90%EC%97%AC%EA%B6%8C%EA%B3%BC',
      });
      assert.equal(hidden.status, 303);
      const location = hidden.headers.get('location');
      assert.match(location, /^\/admin\/\?from=.*department=.*done=hidden&receipt=CF-/, 'back to the same filters');

      const dashboard = await page(location.replace(/#.*/, ''));
      assert.match(dashboard, /role="status" class="notice">의견을 숨겼어요/);
      assert.doesNotMatch(dashboard, /끝까지 설명해 주셨어요/);
      assert.equal(figure(dashboard, 'responses'), '3', 'the rating still counts');

      const comments = await (await get('/api/comments?tone=praise')).json();
      assert.deepEqual(
        comments.comments.map((c) => c.comment),
        ['+좋아요, "감사"합니다']
      );
      const csv = parse(new TextDecoder().decode(await (await get('/api/export.csv')).arrayBuffer()), {
        columns: true,
        bom: true,
      });
      const row = csv.find((record) => record.rating_value === '5' && record.department === '민원여권과');
      assert.equal(row.comment, '');
      assert.equal(row.hidden, 'true');

      const audit = await page('/admin/audit');
      const entries = tableRows(audit, 'audit');
      assert.equal(entries.length, 1);
      assert.deepEqual(entries[0].slice(1, 6), [
        'manager',
        '숨김',
        '직원 실명이 포함된 글',
        row.receipt,
        '끝까지 설명해 주셨어요',
      ]);

      const restored = await act(id, 'restore', '확인해 보니 문제없음');
      assert.equal(restored.status, 303);
      assert.match(restored.headers.get('location'), /^\/admin\/audit\?done=restored/);
      assert.match(await page('/admin/'), /끝까지 설명해 주셨어요/);
      const log = tableRows(await page('/admin/audit'), 'audit');
      assert.deepEqual(
        log.map((entry) => entry[2]),
        ['다시 보임', '숨김']
      );
      const again = await act(id, 'restore', '두 번째');
      assert.match(again.headers.get('location'), /done=unchanged/);
      assert.equal(tableRows(await page('/admin/audit'), 'audit').length, 2, 'no change, nothing logged');
    });

    it('should refuse a manager action posted from another site, or without a reason', async () => {
      const id = ids.injected;
      const forged = await act(id, 'hide', 'forged', { origin: 'https://evil.example' });
      assert.equal(forged.status, 403);
      assert.equal((await act(id, 'hide', 'forged', { origin: 'null' })).status, 403);
      const crossSite = await postForm(
        collector.url,
        `/admin/submissions/${id}/hide`,
        session,
        { reason: 'forged' },
        {
          'Sec-Fetch-Site': 'cross-site',
        }
      );
      assert.equal(crossSite.status, 403);
      const noToken = await postForm(
        collector.url,
        `/admin/submissions/${id}/hide`,
        { ...session, csrf: '' },
        {
          reason: 'forged',
        }
      );
      assert.equal(noToken.status, 403);
      assert.match(await noToken.text(), /화면을 새로 고친 뒤/, 'the page says what to do, in Korean');
      const blank = await act(id, 'hide', '   ');
      assert.equal(blank.status, 400);
      assert.match(await blank.text(), /Give a reason/);
      assert.equal((await act('00000000-0000-4000-8000-000000000000', 'hide', 'x')).status, 404);
      assert.equal((await act('not-an-id', 'hide', 'x')).status, 404);
      assert.match(await page('/admin/'), /창구가/, 'still shown');
    });
  });
}

describe('dashboard catalogues', () => {
  it('should have the same messages in Korean and English', () => {
    assert.deepEqual(Object.keys(catalogues.en).sort(), Object.keys(catalogues.ko).sort());
    assert.deepEqual(Object.keys(catalogues.en.channels).sort(), Object.keys(catalogues.ko.channels).sort());
  });
});

describe('report days in the agency time zone', () => {
  it('should count a rating given at 01:30 in Seoul on that Seoul day', async () => {
    for (const kind of ['sqlite', 'postgres']) {
      const collector = await startCollector(kind, managerConfig);
      try {
        const early = await collector.store.insert(payload(), { receivedAt: new Date('2026-11-24T16:30:00Z') });
        assert.match(early.receipt, /^CF-20261125-/, `${kind}: the receipt carries the Seoul day`);
        await collector.store.insert(payload(), { receivedAt: new Date('2026-11-24T14:59:00Z') });
        const stats = await (
          await fetch(`${collector.url}/api/stats?by=day&from=2026-11-24&to=2026-11-25`, { headers: auth })
        ).json();
        assert.deepEqual(
          stats.groups.map((group) => [group.key, group.responses]),
          [
            ['2026-11-24', 1],
            ['2026-11-25', 1],
          ],
          kind
        );
        const oneDay = await (
          await fetch(`${collector.url}/api/stats?by=day&from=2026-11-25&to=2026-11-25`, { headers: auth })
        ).json();
        assert.equal(oneDay.totals.responses, 1, kind);
      } finally {
        await collector.stop();
      }
    }
  });
});
