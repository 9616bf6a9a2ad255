// What an operator relies on, over real HTTP: readiness that follows the database (cut and restored
// through a TCP proxy), the client address behind a reverse proxy, and rate limits shared through
// the real Redis by two instances on one PostgreSQL database.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt, randomUUID } from 'node:crypto';
import { payload, startCollector } from './helpers.mjs';
import { waitFor } from './receiver.mjs';
import { startTcpProxy } from './tcp-proxy.mjs';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A client address of the documentation ranges, new for each test, so that no run shares a bucket. */
const someClient = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

const status = async (url) => (await fetch(url)).status;

describe('readiness and a database outage (PostgreSQL behind a TCP proxy that is cut and restored)', () => {
  it('should answer 503 with Retry-After while the database is away, and accept again once it is back', async () => {
    const proxy = await startTcpProxy(5432);
    const collector = await startCollector(
      'postgres',
      { rateLimit: 1000 },
      { postgresUrl: `postgres://postgres@127.0.0.1:${proxy.port}/test` }
    );
    try {
      assert.equal(await status(`${collector.url}/readyz`), 200);
      assert.equal((await collector.post(payload())).status, 201);

      proxy.cut();
      const away = payload();
      const refused = await collector.post(away);
      assert.equal(refused.status, 503);
      assert.ok(Number(refused.headers.get('retry-after')) > 0, 'Retry-After tells the widget when to try again');
      assert.equal((await refused.json()).error, 'unavailable');
      const unready = await fetch(`${collector.url}/readyz`);
      assert.equal(unready.status, 503);
      assert.deepEqual(await unready.json(), { ok: false, database: 'postgres' });
      // Alive all the while: a load balancer takes it out of rotation, nothing restarts it.
      assert.equal(await status(`${collector.url}/healthz`), 200);

      proxy.restore();
      await waitFor(async () => (await status(`${collector.url}/readyz`)) === 200, '/readyz to recover');
      // The widget's retry of the refused submission is stored once, with no restart.
      assert.equal((await collector.post(away)).status, 201);
      assert.equal((await collector.post(away)).status, 200);
    } finally {
      await collector.stop();
      await proxy.close();
    }
  });
});

describe('behind a reverse proxy (trust-proxy)', () => {
  it('should count each visitor by X-Forwarded-For only when trust-proxy is set', async () => {
    const [a, b] = [someClient(), someClient()];
    const send = (collector, client) =>
      collector.post(payload(), { headers: { 'X-Forwarded-For': client } }).then((response) => response.status);

    const trusting = await startCollector('sqlite', { rateLimit: 2, trustProxy: true });
    try {
      assert.deepEqual([await send(trusting, a), await send(trusting, a), await send(trusting, a)], [201, 201, 429]);
      assert.equal(await send(trusting, b), 201, 'another visitor behind the same proxy has a bucket of their own');
    } finally {
      await trusting.stop();
    }

    const direct = await startCollector('sqlite', { rateLimit: 2 });
    try {
      // Not behind a proxy: the header is anyone's to forge, so it is ignored.
      assert.deepEqual(
        [await send(direct, a), await send(direct, b), await send(direct, someClient())],
        [201, 201, 429]
      );
    } finally {
      await direct.stop();
    }
  });
});

describe('two instances sharing one rate limit through Redis', () => {
  it('should let a visitor send the limit in all, whichever instance each submission reaches', async () => {
    const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const settings = { rateLimit: 5, trustProxy: true, redisUrl: REDIS_URL };
    const [first, second] = await Promise.all([
      startCollector('postgres', settings, { schema }),
      startCollector('postgres', settings, { schema }),
    ]);
    try {
      const client = someClient();
      const statuses = [];
      for (let i = 0; i < 8; i++) {
        const instance = i % 2 === 0 ? first : second;
        statuses.push((await instance.post(payload(), { headers: { 'X-Forwarded-For': client } })).status);
      }
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429, 429, 429]);
      assert.equal(await first.store.count(), 5);
    } finally {
      await second.stop({ keepData: true });
      await first.stop();
    }
  });
});
