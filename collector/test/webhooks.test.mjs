// Webhooks for praise and low ratings: signed (Standard Webhooks, verified here with its own
// library), retried with backoff, and kept in an outbox written with the submission, so that a
// receiver outage, a restart or a crash loses none. Against SQLite and PostgreSQL over real HTTP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { rmSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';
import { payload, postForm, signIn, startCollector } from './helpers.mjs';
import { managerConfig } from './seed.mjs';
import { startReceiver, waitFor } from './receiver.mjs';
import { startSilentListener } from './tcp-proxy.mjs';
import { retryAfterMs, retryDelay } from '../dist/webhooks/dispatcher.js';
import { defaults } from '../dist/config.js';
import { freePort } from '../../scripts/lib/chromium.mjs';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const verifier = new Webhook(secret);

const praise = (changes = {}) => payload({ comment: '끝까지 친절하게 설명해 주셨어요', ...changes });
const low = () =>
  payload({
    rating: { value: 1, max: 5, scale: 'faces5', label: '매우 불친절해요' },
    comment: '기다리게 하고 설명도 없었어요',
  });

function webhookConfig(receiver, changes = {}) {
  return {
    praiseWebhooks: [`${receiver.url}/praise`],
    lowRatingWebhooks: [`${receiver.url}/low`],
    webhookSecret: secret,
    webhookRetryBaseMs: 40,
    webhookRetryMaxMs: 400,
    ...changes,
  };
}

for (const kind of ['sqlite', 'postgres']) {
  describe(`webhooks (${kind})`, () => {
    let receiver;
    before(async () => {
      receiver = await startReceiver();
    });
    after(() => receiver.close());

    it('should send praise and low ratings, signed, once each, and nothing else', async () => {
      receiver.received.length = 0;
      receiver.answerWith(() => 200);
      const collector = await startCollector(kind, webhookConfig(receiver));
      try {
        const kind5 = praise();
        const first = await collector.post(kind5);
        const { receipt } = await first.json();
        assert.equal((await collector.post(kind5)).status, 200, 'a repeat');
        assert.equal((await collector.post(low())).status, 201);
        assert.equal((await collector.post(payload({ comment: '' }))).status, 201, 'top rating, no comment');
        const middle = payload({ rating: { value: 3, max: 5, scale: 'faces5', label: '보통이에요' } });
        assert.equal((await collector.post(middle)).status, 201);
        const thumbsDown = payload({ rating: { value: 1, max: 2, scale: 'thumbs2', label: '아쉬워요' }, comment: '' });
        assert.equal((await collector.post(thumbsDown)).status, 201);

        await waitFor(async () => (await collector.store.outboxCounts()).delivered === 3, 'three deliveries');
        await new Promise((resolve) => setTimeout(resolve, 200));
        assert.deepEqual(receiver.received.map((entry) => entry.path).sort(), ['/low', '/low', '/praise']);

        const praised = receiver.received.find((entry) => entry.path === '/praise');
        const event = verifier.verify(praised.body, praised.headers);
        assert.equal(event.type, 'feedback.praise');
        assert.equal(event.data.receipt, receipt);
        assert.equal(event.data.id, kind5.id);
        assert.equal(event.data.comment, '끝까지 친절하게 설명해 주셨어요');
        assert.equal(event.data.subject.staffId, 'A-102');
        assert.equal(praised.headers['webhook-event'], 'feedback.praise');
        assert.equal(praised.headers['webhook-id'], event.data.deliveryId);
        for (const entry of receiver.received) assert.doesNotThrow(() => verifier.verify(entry.body, entry.headers));

        const tampered = praised.body.replace('친절하게', '불친절하게');
        assert.throws(() => verifier.verify(tampered, praised.headers), 'a changed body fails verification');
        assert.deepEqual(await collector.store.outboxCounts(), { pending: 0, delivered: 3, failed: 0 });
        assert.deepEqual((await (await fetch(`${collector.url}/readyz`)).json()).webhooks, {
          pending: 0,
          delivered: 3,
          failed: 0,
        });
      } finally {
        await collector.stop();
      }
    });

    it('should retry a failing receiver with backoff, under the same delivery id', async () => {
      receiver.received.length = 0;
      receiver.answerWith((_entry, count) => (count <= 2 ? 503 : 200));
      const collector = await startCollector(kind, webhookConfig(receiver));
      try {
        await collector.post(praise());
        await waitFor(async () => (await collector.store.outboxCounts()).delivered === 1, 'delivery after two 503s');
        assert.equal(receiver.received.length, 3);
        assert.equal(new Set(receiver.received.map((entry) => entry.headers['webhook-id'])).size, 1);
      } finally {
        await collector.stop();
      }
    });

    it('should give up after the last attempt and say so', async () => {
      receiver.received.length = 0;
      receiver.answerWith(() => 500);
      const collector = await startCollector(kind, webhookConfig(receiver, { webhookMaxAttempts: 3 }));
      try {
        await collector.post(low());
        await waitFor(
          async () => (await collector.store.outboxCounts()).failed === 1,
          'the notification marked failed'
        );
        assert.equal(receiver.received.length, 3);
      } finally {
        await collector.stop();
      }
    });

    it('should sign with every secret during a key rotation, so either key verifies', async () => {
      receiver.received.length = 0;
      receiver.answerWith(() => 200);
      const previous = `whsec_${randomBytes(32).toString('base64')}`;
      const collector = await startCollector(kind, webhookConfig(receiver, { webhookSecret: `${secret},${previous}` }));
      try {
        await collector.post(low());
        await waitFor(() => receiver.received.length === 1, 'the delivery');
        const [entry] = receiver.received;
        assert.equal(entry.headers['webhook-signature'].split(' ').length, 2);
        for (const key of [secret, previous])
          assert.doesNotThrow(() => new Webhook(key).verify(entry.body, entry.headers));
        assert.throws(() =>
          new Webhook(`whsec_${randomBytes(32).toString('base64')}`).verify(entry.body, entry.headers)
        );
      } finally {
        await collector.stop();
      }
    });

    it('should deliver to a quick receiver while another hangs', async () => {
      receiver.received.length = 0;
      receiver.answerWith(() => 200);
      const silent = await startSilentListener();
      const collector = await startCollector(
        kind,
        webhookConfig(receiver, { praiseWebhooks: [`http://127.0.0.1:${silent.port}/praise`], webhookTimeoutMs: 4000 })
      );
      try {
        await collector.post(praise());
        await waitFor(() => silent.connections() > 0, 'the praise delivery to be under way');
        const posted = Date.now();
        for (let i = 0; i < 5; i++) await collector.post(low());
        await waitFor(() => receiver.received.length === 5, 'the five low ratings delivered');
        assert.ok(
          Date.now() - posted < 3000,
          `delivered in ${Date.now() - posted} ms, not after the hanging one's timeout`
        );
      } finally {
        await collector.stop();
        await silent.close();
      }
    });

    it("should wait at least the receiver's Retry-After before trying again", async () => {
      receiver.received.length = 0;
      receiver.answerWith((_entry, count) => (count === 1 ? [429, { 'Retry-After': '1' }] : 200));
      const collector = await startCollector(kind, webhookConfig(receiver));
      try {
        await collector.post(low());
        await waitFor(async () => (await collector.store.outboxCounts()).delivered === 1, 'the second attempt');
        const [first, second] = receiver.received;
        // Without it the next attempt would come within 40 ms (this test's retry base).
        assert.ok(second.at - first.at >= 950, `tried again after ${second.at - first.at} ms`);
      } finally {
        await collector.stop();
      }
    });

    it('should stop sending to a receiver that answers 410 Gone, across a restart, until a manager sends one again', async () => {
      receiver.received.length = 0;
      receiver.answerWith(() => 410);
      const first = await startCollector(kind, webhookConfig(receiver, managerConfig));
      await first.post(low());
      await waitFor(async () => (await first.store.outboxCounts()).failed === 1, 'the first marked failed');
      await first.post(low());
      await waitFor(async () => (await first.store.outboxCounts()).failed === 2, 'the second marked failed');
      assert.equal(receiver.received.length, 1, 'the second notification was not sent');
      await first.stop({ keepData: true });

      // Restarted: the receiver is still disabled, though it would now answer.
      receiver.answerWith(() => 200);
      const second = await startCollector(kind, webhookConfig(receiver, managerConfig), {
        schema: first.schema,
        sqliteFile: first.sqliteFile,
      });
      try {
        await second.post(low());
        await waitFor(async () => (await second.store.outboxCounts()).failed === 3, 'the third marked failed');
        assert.equal(receiver.received.length, 1, 'nothing sent after the restart');

        // The dashboard lists the three, by receipt and host only, and the disabled receiver.
        const session = await signIn(second.url, managerConfig.adminUser, managerConfig.adminPassword);
        const page = await (await fetch(`${second.url}/admin/webhooks`, { headers: session.headers })).text();
        const host = new URL(receiver.url).host;
        assert.equal((page.match(/<tr data-delivery=/g) ?? []).length, 3);
        assert.match(page, new RegExp(`<li data-receiver="${host}">`));
        assert.ok(!page.includes(`${receiver.url}/low`), 'no receiver address, only its host');
        const [latest] = await second.store.outboxFailures(10);
        const resent = await postForm(second.url, `/admin/webhooks/${latest.seq}/resend`, session, {});
        assert.equal(resent.status, 303);
        assert.match(resent.headers.get('location'), /^\/admin\/webhooks\?done=resent&receipt=CF-/);
        await waitFor(() => receiver.received.length === 2, 'the one sent again delivered');
        assert.equal(JSON.parse(receiver.received[1].body).data.receipt, JSON.parse(latest.body).data.receipt);
        assert.deepEqual(await second.store.disabledReceivers(), [], 'the receiver is enabled again');
        assert.deepEqual(await second.store.outboxCounts(), { pending: 0, delivered: 1, failed: 2 });
        const again = await postForm(second.url, `/admin/webhooks/${latest.seq}/resend`, session, {});
        assert.equal(again.status, 404, 'only a failed delivery can be sent again');
      } finally {
        await second.stop();
        if (first.sqliteFile) rmSync(dirname(first.sqliteFile), { recursive: true, force: true });
      }
    });

    it('should sign for each receiver with its own secret where it has one', async () => {
      receiver.received.length = 0;
      receiver.answerWith(() => 200);
      const own = `whsec_${randomBytes(32).toString('base64')}`;
      const collector = await startCollector(
        kind,
        webhookConfig(receiver, { receiverSecrets: { [`${receiver.url}/praise`]: [own] } })
      );
      try {
        await collector.post(praise());
        await collector.post(low());
        await waitFor(() => receiver.received.length === 2, 'both delivered');
        const byPath = Object.fromEntries(receiver.received.map((entry) => [entry.path, entry]));
        const verifies = (key, entry) => {
          try {
            new Webhook(key).verify(entry.body, entry.headers);
            return true;
          } catch {
            return false;
          }
        };
        assert.deepEqual(
          [verifies(own, byPath['/praise']), verifies(secret, byPath['/praise'])],
          [true, false],
          'praise: its own key only'
        );
        assert.deepEqual([verifies(own, byPath['/low']), verifies(secret, byPath['/low'])], [false, true]);
      } finally {
        await collector.stop();
      }
    });

    it('should keep notifications through a receiver outage and a restart', async () => {
      receiver.received.length = 0;
      receiver.answerWith(() => 503);
      const first = await startCollector(kind, webhookConfig(receiver));
      await first.post(praise());
      await first.post(low());
      await waitFor(() => receiver.received.length >= 2, 'the first attempts');
      assert.deepEqual(await first.store.outboxCounts(), { pending: 2, delivered: 0, failed: 0 });
      await first.stop({ keepData: true });

      receiver.received.length = 0;
      receiver.answerWith(() => 200);
      // Retries back off 400 ms at most here, so the entries are due soon after the restart.
      const second = await startCollector(kind, webhookConfig(receiver), {
        schema: first.schema,
        sqliteFile: first.sqliteFile,
      });
      try {
        await waitFor(async () => (await second.store.outboxCounts()).delivered === 2, 'both delivered after restart');
        assert.deepEqual(receiver.received.map((entry) => entry.path).sort(), ['/low', '/praise']);
      } finally {
        await second.stop();
        if (first.sqliteFile) rmSync(dirname(first.sqliteFile), { recursive: true, force: true });
      }
    });
  });
}

describe('webhooks after a crash (SQLite, a real process killed with SIGKILL)', () => {
  it('should deliver what the killed collector had accepted, once it runs again', async () => {
    const receiver = await startReceiver();
    receiver.answerWith(() => 503);
    const port = await freePort();
    const folder = `${process.env.TMPDIR ?? '/tmp'}/cf-crash-${randomBytes(4).toString('hex')}`;
    const args = [
      'dist/cli.js',
      '--port',
      String(port),
      '--database-url',
      `${folder}/feedback.sqlite`,
      '--praise-webhooks',
      `${receiver.url}/praise`,
      '--webhook-secret',
      secret,
      '--webhook-timeout',
      '2',
    ];
    const start = async () => {
      const child = spawn(process.execPath, args, {
        cwd: new URL('..', import.meta.url).pathname,
        env: { ...process.env, LOG_LEVEL: 'error' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await waitFor(
        () =>
          fetch(`http://127.0.0.1:${port}/readyz`).then(
            (response) => response.ok,
            () => false
          ),
        'the collector to listen'
      );
      return child;
    };
    let child = await start();
    try {
      const accepted = [];
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`http://127.0.0.1:${port}/api/feedback`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(praise()),
        });
        assert.equal(response.status, 201);
        accepted.push((await response.json()).receipt);
      }
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));

      receiver.received.length = 0;
      receiver.answerWith(() => 200);
      child = await start();
      // Each entry is due again when its backoff or its lease runs out: here at most the 7 s lease
      // (the 2 s timeout plus 5 s) of an attempt the kill cut short.
      await waitFor(
        () => new Set(receiver.received.map((entry) => JSON.parse(entry.body).data.receipt)).size === 5,
        'all five notifications after the crash',
        30_000
      );
      const receipts = receiver.received.map((entry) => JSON.parse(entry.body).data.receipt);
      assert.deepEqual([...new Set(receipts)].sort(), accepted.sort());
    } finally {
      child.kill('SIGKILL');
      await receiver.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('webhooks from two instances sharing PostgreSQL', () => {
  it('should send each notification once, whichever instance took the submission', async () => {
    const receiver = await startReceiver();
    const a = await startCollector('postgres', webhookConfig(receiver));
    const b = await startCollector('postgres', webhookConfig(receiver), { schema: a.schema });
    try {
      const posts = [];
      for (let i = 0; i < 20; i++) posts.push((i % 2 ? a : b).post(praise()));
      assert.deepEqual(new Set((await Promise.all(posts)).map((response) => response.status)), new Set([201]));
      await waitFor(async () => (await a.store.outboxCounts()).delivered === 20, 'twenty deliveries');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const ids = receiver.received.map((entry) => entry.headers['webhook-id']);
      assert.equal(ids.length, 20, 'no notification sent twice');
      assert.equal(new Set(ids).size, 20);
    } finally {
      await b.stop({ keepData: true });
      await a.stop();
      await receiver.close();
    }
  });
});

describe('webhook retry delays', () => {
  it('should double the ceiling from the base up to the maximum, waiting at least half of it', () => {
    const ceiling = [1, 2, 3, 4, 5, 6].map((attempt) => retryDelay(attempt, 2000, 20_000, () => 1));
    assert.deepEqual(ceiling, [2000, 4000, 8000, 16000, 20000, 20000]);
    assert.equal(
      retryDelay(3, 2000, 20_000, () => 0),
      4000
    );
  });

  it('should spread the default attempts over more than a day, however the dice fall', () => {
    let shortest = 0;
    for (let attempt = 1; attempt < defaults.webhookMaxAttempts; attempt++) {
      shortest += retryDelay(attempt, defaults.webhookRetryBaseMs, defaults.webhookRetryMaxMs, () => 0);
    }
    assert.ok(shortest >= 24 * 60 * 60 * 1000, `the retries span at least ${Math.round(shortest / 3_600_000)} h`);
  });

  it("should read a receiver's Retry-After in seconds or as a date", () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    assert.equal(retryAfterMs('120', now), 120_000);
    assert.equal(retryAfterMs('Tue, 01 Dec 2026 00:01:00 GMT', now), 60_000);
    assert.equal(retryAfterMs('soon', now), undefined);
    assert.equal(retryAfterMs(null, now), undefined);
    assert.equal(retryAfterMs('99999999', now), 24 * 60 * 60 * 1000, 'at most a day');
  });
});
