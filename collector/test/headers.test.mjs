// What a manager's browser is told about every manager response (the JSON API, the CSV, the pages,
// a refusal): not to cache it, not to frame it, not to guess its type, to stay on TLS; and no other
// origin is granted CORS access to any of them, where the intake keeps its CORS for the widget.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startCollector } from './helpers.mjs';
import { auth, managerConfig } from './seed.mjs';

const widgetOrigin = 'https://www.example.go.kr';

describe('manager responses', () => {
  let collector;
  before(async () => {
    collector = await startCollector('sqlite', { ...managerConfig, trustProxy: true });
  });
  after(() => collector.stop());

  for (const [path, headers] of [
    ['/api/stats', auth],
    ['/api/export.csv', auth],
    ['/api/comments', auth],
    ['/admin/', auth],
    ['/admin/audit', auth],
    ['/api/stats', {}],
  ]) {
    it(`should keep ${path}${headers.Authorization ? '' : ' (refused)'} out of caches, frames and other origins`, async () => {
      const response = await fetch(`${collector.url}${path}`, {
        headers: { ...headers, Origin: widgetOrigin, 'X-Forwarded-Proto': 'https' },
      });
      assert.equal(response.status, headers.Authorization ? 200 : 401);
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
});
