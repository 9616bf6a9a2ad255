// Several collector instances against one PostgreSQL database behave as one: the same ids sent to
// two instances on different ports, at the same time, end as one row each.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { payload, startCollector } from './helpers.mjs';

describe('two instances on one PostgreSQL database', () => {
  it('should store each id once when both receive it at the same moment', async () => {
    const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    // Started together: the advisory lock makes their migrations run one after the other.
    const [a, b] = await Promise.all([
      startCollector('postgres', { rateLimit: 10_000 }, { schema }),
      startCollector('postgres', { rateLimit: 10_000 }, { schema }),
    ]);
    try {
      assert.notEqual(a.url, b.url);
      const bodies = Array.from({ length: 100 }, () => payload());
      const responses = await Promise.all(bodies.flatMap((body) => [a.post(body), b.post(body)]));
      const answers = await Promise.all(
        responses.map(async (response) => ({ status: response.status, ...(await response.json()) }))
      );
      for (let i = 0; i < bodies.length; i++) {
        const [first, second] = [answers[2 * i], answers[2 * i + 1]];
        assert.deepEqual(
          [first.status, second.status].sort(),
          [200, 201],
          `one created, one repeat for ${bodies[i].id}`
        );
        assert.equal(first.receipt, second.receipt);
      }
      assert.equal(await a.store.count(), 100);
      assert.equal(await b.store.count(), 100);
    } finally {
      await b.stop({ keepData: true });
      await a.stop();
    }
  });
});
