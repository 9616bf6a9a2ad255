// A burst of wrong manager passwords over real HTTP: a few are checked, then the address and the
// account are locked for longer each time (429 with Retry-After, the password not even checked),
// and the right person gets in once the wait the server named has passed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt, randomUUID } from 'node:crypto';
import { startCollector } from './helpers.mjs';
import { managerConfig } from './seed.mjs';

const basic = (user, password) => ({ Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

describe('sign-in throttle', () => {
  it('should answer a burst of wrong passwords with 429 after five, and let the right one in after the wait', async () => {
    const collector = await startCollector('sqlite', managerConfig);
    const stats = (headers) => fetch(`${collector.url}/api/stats`, { headers });
    try {
      const statuses = [];
      let lastRefusal;
      const started = Date.now();
      for (let i = 0; i < 300 && Date.now() - started < 5000; i++) {
        const response = await stats(basic('manager', `guess-${i}`));
        statuses.push(response.status);
        if (response.status === 429) lastRefusal = response;
      }
      assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401], 'five guesses are checked');
      assert.ok(
        statuses.slice(5).every((status) => status === 429),
        'then every one is refused unchecked'
      );
      assert.ok(statuses.length >= 50, `a burst of ${statuses.length}`);
      assert.equal((await lastRefusal.json()).error, 'too_many_attempts');

      // The right password while locked is refused too: a lock that a correct guess ended would
      // tell the guesser which one was right.
      const locked = await stats(basic(managerConfig.adminUser, managerConfig.adminPassword));
      assert.equal(locked.status, 429);
      const wait = Number(locked.headers.get('retry-after'));
      assert.ok(wait >= 1 && wait <= 2, `told to wait ${wait} s`);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 50));
      assert.equal((await stats(basic(managerConfig.adminUser, managerConfig.adminPassword))).status, 200);

      // Each lock after a further failure is twice the last: 1 s, then 2 s.
      const again = await stats(basic('manager', 'one more guess'));
      assert.equal(again.status, 429);
      assert.equal(Number(again.headers.get('retry-after')), 2);
    } finally {
      await collector.stop();
    }
  });
});

describe('sign-in throttle shared through Redis', () => {
  it('should lock an address across two instances, as one', async () => {
    const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const settings = {
      ...managerConfig,
      trustProxy: true,
      redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    };
    const [first, second] = await Promise.all([
      startCollector('postgres', settings, { schema }),
      startCollector('postgres', settings, { schema }),
    ]);
    // An address of the documentation ranges and a user name new to this run: no other run's count.
    const address = `198.51.${randomInt(256)}.${randomInt(1, 255)}`;
    const guesser = `guesser-${randomUUID()}`;
    try {
      const statuses = [];
      for (let i = 0; i < 8; i++) {
        const instance = i % 2 === 0 ? first : second;
        const response = await fetch(`${instance.url}/api/stats`, {
          headers: { ...basic(guesser, `guess-${i}`), 'X-Forwarded-For': address },
        });
        statuses.push(response.status);
      }
      // Five checked between them, then both refuse: alone, each would have checked five.
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429, 429]);
    } finally {
      await second.stop({ keepData: true });
      await first.stop();
    }
  });
});
