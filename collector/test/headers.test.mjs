// What a manager's browser is told about every manager response (the JSON API, the CSV, the pages,
// a refusal): not to cache it, not to frame it, not to guess its type, to stay on TLS; and no other
// origin is granted CORS access to any of them, where the intake keeps its CORS for the widget.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signIn, startCollector } from './helpers.mjs';
import { auth, managerConfig } from './seed.mjs';

const widgetOrigin = 'https://www.example.go.kr';

describe('manager responses', () => {
  let collector;
  let session;
  const overTls = { 'X-Forwarded-Proto': 'https' };
  before(async () => {
    collector = await startCollector('sqlite', { ...managerConfig, trustProxy: true });
    session = await signIn(collector.url, managerConfig.adminUser, managerConfig.adminPassword, overTls);
  });
  after(() => collector.stop());

  for (const [path, credentials, status] of [
    ['/api/stats', 'basic', 200],
    ['/api/export.csv', 'basic', 200],
    ['/api/comments', 'basic', 200],
    ['/api/export.csv', 'session', 200],
    ['/admin/', 'session', 200],
    ['/admin/audit', 'session', 200],
    ['/admin/sign-in', 'none', 200],
    ['/admin/', 'none', 303],
    ['/api/stats', 'none', 401],
  ]) {
    it(`should keep ${path} (${credentials}, ${status}) out of caches, frames and other origins`, async () => {
      const given = { basic: auth, session: session.headers, none: {} }[credentials];
      const response = await fetch(`${collector.url}${path}`, {
        headers: { ...given, Origin: widgetOrigin, ...overTls },
        redirect: 'manual',
      });
      assert.equal(response.status, status);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.match(response.headers.get('content-security-policy'), /frame-ancestors 'none'/);
      assert.match(response.headers.get('strict-transport-security'), /max-age=\d+/);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.equal(response.headers.get('access-control-allow-credentials'), null);
    });
  }

  it('should keep CORS for the widget on the intake, and send no HSTS over plain HTTP', async () => {
    const preflight = await fetch(`${collector.url}/api/feedback`, {
      method: 'OPTIONS',
      headers: { Origin: widgetOrigin, 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), widgetOrigin);
    const plain = await fetch(`${collector.url}/api/stats`, { headers: auth });
    assert.equal(plain.headers.get('strict-transport-security'), null);
  });

  it('should name the session cookie __Host- and mark it Secure only over TLS', async () => {
    const signInOver = (headers) =>
      fetch(`${collector.url}/admin/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', ...headers },
        body: new URLSearchParams({ name: managerConfig.adminUser, password: managerConfig.adminPassword }).toString(),
      });
    const tls = (await signInOver(overTls)).headers.get('set-cookie');
    assert.match(tls, /^__Host-cf-session=[\w-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    const plain = (await signInOver({})).headers.get('set-cookie');
    assert.match(plain, /^cf-session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
  });
});
