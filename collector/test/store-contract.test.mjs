// One suite for the FeedbackStore interface (src/db/store.ts), run against a real SQLite file and the
// real PostgreSQL: whatever a route may call behaves the same on both, so a method missing or
// different in one store fails here rather than in production.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../dist/db/open.js';
import { readFilters } from '../dist/lib/filters.js';
import { POSTGRES_URL } from './helpers.mjs';
import { seeded, toPayload } from './seed.mjs';

const timeZone = 'Asia/Seoul';
const methods = [
  'insert',
  'count',
  'find',
  'stats',
  'summary',
  'board',
  'choices',
  'exportRows',
  'setHidden',
  'audit',
  'claimOutbox',
  'outboxDelivered',
  'outboxRetry',
  'outboxFailed',
  'outboxCounts',
  'ping',
  'close',
];
/** The cases' part of the store (db/cases.ts), the same on both. */
const caseMethods = [
  'open',
  'find',
  'list',
  'openedBetween',
  'change',
  'events',
  'readContact',
  'removeContact',
  'dueForPurge',
  'unratedAnswers',
  'record',
  'legacyContacts',
  'sealLegacy',
];

const stores = {
  sqlite: async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cf-contract-'));
    const store = await openStore(join(folder, 'feedback.sqlite'), { timeZone });
    return { store, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  },
  postgres: async () => {
    const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const store = await openStore(POSTGRES_URL, { schema, timeZone });
    return {
      store,
      drop: async () => {
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      },
    };
  },
};

for (const [kind, open] of Object.entries(stores)) {
  describe(`FeedbackStore contract (${kind})`, () => {
    let store;
    let drop;
    const payloads = seeded.map(toPayload);
    const now = new Date();
    const filters = readFilters({}, { timeZone, now });

    before(async () => {
      ({ store, drop } = await open());
      for (const body of payloads) await store.insert(body, { receivedAt: now });
    });
    after(async () => {
      await store.close();
      await drop();
    });

    it('should implement every method of the interface', () => {
      assert.equal(store.kind, kind);
      for (const method of methods) assert.equal(typeof store[method], 'function', method);
      for (const method of caseMethods) assert.equal(typeof store.cases[method], 'function', `cases.${method}`);
    });

    it('should move a case only as the table of transitions allows, and log each change with its contact readings', async () => {
      const low = payloads.find((body) => body.rating.value === 1);
      const { receipt } = await store.find(low.id);
      const at = new Date();
      const sealed = Buffer.from('sealed elsewhere');
      await store.cases.open({ receipt, submissionId: low.id, reason: 'contact', at, contact: sealed });
      await store.cases.open({ receipt, submissionId: low.id, reason: 'contact', at, contact: sealed });
      const change = (action, value) => store.cases.change(receipt, action, { actor: 'contract', at, value });
      assert.equal(await change('close'), 'refused', 'not closed before an answer');
      assert.equal(await change('answer', '답변'), 'changed');
      assert.equal(await change('dissatisfied'), 'changed');
      assert.equal(await change('answer', '다시 답변'), 'changed');
      assert.equal(await change('satisfied'), 'changed');
      assert.equal(await change('satisfied'), 'refused', 'a closed case is not rated again');
      assert.equal(await store.cases.change('CF-20000101-0000', 'answer', { actor: 'contract', at }), 'missing');
      const row = await store.cases.find(receipt);
      assert.deepEqual(
        [row.state, row.answer, row.satisfied, row.reopened, row.has_contact],
        ['closed', '다시 답변', true, 1, true]
      );
      assert.deepEqual(Buffer.from(await store.cases.readContact(receipt, 'view-contact', 'contract', at)), sealed);
      assert.equal(await store.cases.removeContact(receipt, 'delete-contact', 'contract', at, 'asked'), true);
      assert.equal((await store.cases.find(receipt)).has_contact, false);
      assert.deepEqual(
        (await store.cases.events(receipt)).map((event) => event.action),
        ['open', 'answer', 'dissatisfied', 'answer', 'satisfied', 'view-contact', 'delete-contact']
      );
    });

    it('should store once per id and give the first receipt to a repeat', async () => {
      const [first] = payloads;
      const again = await store.insert(first);
      assert.equal(again.created, false);
      assert.equal(again.receipt, (await store.find(first.id)).receipt);
      assert.equal(await store.count(), payloads.length);
      assert.equal(await store.find(randomUUID()), undefined);
    });

    it('should give the same figures for the same rows', async () => {
      // Kindness: 5/5 → 100, 4/5 → 75, 1/5 → 0, 2/2 → 100, 1/2 → 0; mean 55.
      assert.deepEqual(await store.summary(filters), {
        key: null,
        label: null,
        responses: 5,
        kindness: 55,
        top: 2,
        low: 2,
      });
      const byDepartment = await store.stats('department', filters);
      assert.deepEqual(
        byDepartment.map(({ key, responses, kindness }) => [key, responses, kindness]),
        [
          ['민원여권과', 3, 58.3],
          ['세무과', 2, 50],
        ]
      );
      const staff = await store.stats('staff', filters);
      assert.equal(staff.find((group) => group.key === 'A-102').label, '김민원');
      const byChannel = await store.stats('channel', { ...filters, department: '세무과' });
      assert.deepEqual(
        byChannel.map(({ key, responses }) => [key, responses]),
        [['online', 2]]
      );
      const days = await store.stats('day', filters);
      assert.equal(days.length, 1);
      assert.match(days[0].key, /^\d{4}-\d{2}-\d{2}$/);
    });

    it('should list the board by tone, the filter choices and the export alike', async () => {
      const praise = await store.board('praise', filters, 10);
      assert.deepEqual(praise.map((item) => item.comment).sort(), ['+좋아요, "감사"합니다', '끝까지 설명해 주셨어요']);
      const low = await store.board('low', filters, 10);
      assert.equal(low.length, 2);
      assert.deepEqual(await store.board('other', filters, 10), [], 'the 4 of 5 has no comment');
      const departments = await store.choices('department', filters);
      assert.deepEqual(
        departments.map((choice) => choice.value),
        ['민원여권과', '세무과']
      );
      const rows = await store.exportRows(filters);
      assert.equal(rows.length, 5);
      assert.equal(typeof rows[0].hidden, 'boolean');
      assert.match(rows[0].received_at, /^\d{4}-\d{2}-\d{2}T/);
    });

    it('should hide and restore with an audit entry naming who and why', async () => {
      const target = payloads[2];
      const change = { actor: '김관리', reason: '직원 실명과 욕설' };
      assert.equal(await store.setHidden(target.id, true, change), 'changed');
      assert.equal(await store.setHidden(target.id, true, change), 'unchanged');
      assert.equal(await store.setHidden(randomUUID(), true, change), 'missing');
      const { receipt } = await store.find(target.id);
      const exported = (await store.exportRows(filters)).find((row) => row.receipt === receipt);
      assert.deepEqual([exported.hidden, exported.comment], [true, '']);
      assert.ok(!(await store.board('low', filters, 10)).some((item) => item.id === target.id));
      const [entry] = await store.audit(10);
      assert.deepEqual(
        [entry.actor, entry.action, entry.reason, entry.id, entry.comment, entry.hidden],
        ['김관리', 'hide', '직원 실명과 욕설', target.id, target.comment, true]
      );
      assert.equal(typeof entry.seq, 'number');
      assert.equal(await store.setHidden(target.id, false, { actor: '김관리', reason: '검토 완료' }), 'changed');
      assert.equal((await store.audit(10))[0].action, 'restore');
    });

    it('should keep the outbox: written with its submission, claimed under a lease, then marked', async () => {
      const body = toPayload(seeded[0]);
      const at = new Date();
      const entry = (receipt) => [
        {
          id: randomUUID(),
          event: 'feedback.praise',
          url: 'https://hooks.example.go.kr/praise',
          body: JSON.stringify({ receipt }),
          created_at: at.toISOString(),
          next_attempt_at: at.toISOString(),
        },
      ];
      await store.insert(body, { receivedAt: at, outbox: entry });
      assert.deepEqual(await store.outboxCounts(), { pending: 1, delivered: 0, failed: 0 });
      const lease = new Date(at.getTime() + 60_000);
      const [claimed] = await store.claimOutbox(new Date(), lease, 10);
      assert.equal(claimed.attempts, 1);
      assert.equal(typeof claimed.seq, 'number');
      assert.deepEqual(await store.claimOutbox(new Date(), lease, 10), [], 'leased: no second sender takes it');
      await store.outboxRetry(claimed.seq, new Date(Date.now() - 1), 'HTTP 503');
      const [again] = await store.claimOutbox(new Date(), lease, 10);
      assert.deepEqual([again.seq, again.attempts], [claimed.seq, 2]);
      await store.outboxDelivered(again.seq, new Date());
      assert.deepEqual(await store.outboxCounts(), { pending: 0, delivered: 1, failed: 0 });
    });

    it('should answer a ping while the database is there', async () => {
      await store.ping();
    });
  });
}
