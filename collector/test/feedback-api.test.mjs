// POST /api/feedback over real HTTP, against a real SQLite file and the real PostgreSQL server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { receiptPattern } from '../dist/lib/receipt.js';
import { payload, startCollector } from './helpers.mjs';
import { toFormFields } from '../../dist/chunks/delivery/encode.js';

for (const kind of ['sqlite', 'postgres']) {
  describe(`POST /api/feedback (${kind})`, () => {
    let collector;
    before(async () => {
      collector = await startCollector(kind, { rateLimit: 1000 });
    });
    after(() => collector.stop());

    it('should store a valid submission and answer 201 with a readable receipt', async () => {
      const body = payload();
      const response = await collector.post(body, { headers: { 'Idempotency-Key': body.id } });
      assert.equal(response.status, 201);
      const answer = await response.json();
      assert.equal(answer.id, body.id);
      assert.match(answer.receipt, receiptPattern);
      const row = await collector.store.find(body.id);
      assert.equal(row.comment, body.comment);
      assert.equal(row.department, '민원여권과');
      assert.equal(row.rating_value, 5);
    });

    it('should answer a repeat with 200 and the same receipt, keeping one row', async () => {
      const body = payload();
      const first = await (await collector.post(body)).json();
      const before = await collector.store.count();
      const again = await collector.post({ ...body, client: { ...body.client, attempt: 2 } });
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), first);
      assert.equal(await collector.store.count(), before);
    });

    it('should keep one row for one id in any of its spellings (case, urn:uuid:)', async () => {
      const body = payload();
      const spellings = [body.id, body.id.toUpperCase(), `urn:uuid:${body.id}`, `URN:UUID:${body.id.toUpperCase()}`];
      const before = await collector.store.count();
      const answers = [];
      for (const id of spellings) {
        const response = await collector.post({ ...body, id }, { headers: { 'Idempotency-Key': id } });
        answers.push({ status: response.status, ...(await response.json()) });
      }
      assert.deepEqual(
        answers.map(({ status }) => status),
        [201, 200, 200, 200]
      );
      assert.ok(answers.every((answer) => answer.id === body.id && answer.receipt === answers[0].receipt));
      assert.equal(await collector.store.count(), before + 1);
    });

    it('should keep one row when the same id arrives 20 times at once', async () => {
      const body = payload();
      const responses = await Promise.all(Array.from({ length: 20 }, () => collector.post(body)));
      const statuses = responses.map((response) => response.status).sort();
      assert.deepEqual(statuses, [200, ...Array(19).fill(200)].map((s, i) => (i === 0 ? 201 : s)).sort());
      const receipts = new Set(await Promise.all(responses.map(async (response) => (await response.json()).receipt)));
      assert.equal(receipts.size, 1);
      assert.ok(await collector.store.find(body.id));
    });

    it('should store many new ids arriving together once each, with their repeats answered alike', async () => {
      // Submissions of one event-loop turn are written together (group commit): each keeps its
      // own outcome, and an id twice in one batch is stored once. Called in one turn here, so that
      // they surely share a batch.
      const bodies = Array.from({ length: 40 }, () => payload());
      const before = await collector.store.count();
      const outcomes = await Promise.all(
        [...bodies, ...bodies.slice(0, 10)].map((body) => collector.store.insert(body))
      );
      assert.equal(outcomes.filter((o) => o.created).length, 40);
      for (const [i, body] of bodies.slice(0, 10).entries()) {
        assert.equal(outcomes[i].receipt, outcomes[40 + i].receipt, `one receipt for ${body.id}`);
        assert.equal(outcomes[40 + i].created, false);
      }
      assert.equal(new Set(outcomes.map((o) => o.receipt)).size, 40);
      assert.equal((await collector.store.count()) - before, 40);
      const stored = await collector.store.find(bodies[39].id);
      assert.equal(stored.receipt, outcomes[39].receipt);
    });

    it('should accept text/plain JSON and url-encoded form fields like JSON', async () => {
      const text = payload();
      assert.equal((await collector.post(JSON.stringify(text), { type: 'text/plain;charset=UTF-8' })).status, 201);
      const form = payload({ aspects: ['attitude', 'speed'], metadata: { desk: '3' } });
      const response = await collector.post(toFormFields(form).toString(), {
        type: 'application/x-www-form-urlencoded',
      });
      assert.equal(response.status, 201);
      const stored = await collector.store.find(form.id);
      const document = typeof stored.payload === 'string' ? JSON.parse(stored.payload) : stored.payload;
      assert.deepEqual(document.aspects, ['attitude', 'speed']);
      assert.equal(document.rating.value, 5);
    });

    it('should store SQL and HTML in strings as text', async () => {
      const body = payload({ comment: `'); DROP TABLE submissions; -- <script>alert(1)</script>` });
      assert.equal((await collector.post(body)).status, 201);
      assert.equal((await collector.store.find(body.id)).comment, body.comment);
    });

    const refusals = [
      {
        name: 'a wrong type',
        body: () => payload({ rating: { value: '5', max: 5, scale: 'faces5', label: 'x' } }),
        status: 400,
        field: '/rating/value',
      },
      {
        name: 'a missing field',
        body: () => {
          const b = payload();
          delete b.locale;
          return b;
        },
        status: 400,
        field: '/locale',
      },
      { name: 'an unknown field', body: () => payload({ extra: 1 }), status: 400, field: '/extra' },
      {
        name: 'an unknown schema version',
        body: () => payload({ schema: 'courtesy-feedback/v9' }),
        status: 400,
        field: '/schema',
      },
      {
        name: 'a huge number',
        body: () => payload({ rating: { value: 1e308, max: 5, scale: 'faces5', label: 'x' } }),
        status: 400,
        field: '/rating/value',
      },
      {
        name: 'deeply nested metadata',
        body: () => payload({ metadata: JSON.parse('{"a":'.repeat(10) + '1' + '}'.repeat(10)) }),
        status: 400,
        field: '/metadata',
      },
      {
        name: 'an Idempotency-Key that is not the id',
        body: () => payload(),
        headers: { 'Idempotency-Key': 'other' },
        status: 400,
        field: 'Idempotency-Key',
      },
      {
        name: 'a page without its title',
        body: () => payload({ page: { url: 'https://www.example.go.kr/minwon' } }),
        status: 400,
        field: '/page/title',
      },
      {
        name: 'metadata 10,000 levels deep',
        body: () =>
          JSON.stringify(payload({ metadata: 'DEEP' })).replace(
            '"DEEP"',
            `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`
          ),
        status: 400,
        field: '/metadata',
      },
      {
        name: 'a NUL character in the comment',
        body: () => payload({ comment: '고맙습니다\u0000' }),
        status: 400,
        field: '/comment',
      },
      {
        name: 'an unpaired surrogate in the staff name',
        body: () => payload({ subject: { staffName: '김\uD800민원' } }),
        status: 400,
        field: '/subject/staffName',
      },
      { name: 'a body that is not JSON', body: () => '{not json', status: 400, field: null },
      { name: 'an array', body: () => '[]', status: 400, field: '/' },
      {
        name: 'nesting that exhausts a parser',
        body: () => '['.repeat(100_000) + ']'.repeat(100_000),
        status: 413,
        field: null,
        limit: true,
      },
    ];
    for (const { name, body, status, field, headers } of refusals) {
      it(`should refuse ${name} with ${status}, naming the field, and store nothing`, async () => {
        const before = await collector.store.count();
        const response = await collector.post(body(), { headers });
        assert.equal(response.status, status);
        const answer = await response.json();
        assert.equal(answer.field, field);
        assert.ok(answer.message);
        assert.equal(await collector.store.count(), before);
      });
    }

    it('should refuse invalid UTF-8 with 400', async () => {
      const bytes = new TextEncoder().encode(JSON.stringify(payload({ comment: 'AAAA' })));
      const at = new TextDecoder().decode(bytes).indexOf('AAAA');
      bytes.set([0xc3, 0x28, 0xa0, 0xff], at);
      const response = await collector.post(bytes);
      assert.equal(response.status, 400);
      assert.equal((await response.json()).error, 'invalid_encoding');
    });

    it('should refuse an oversized body with 413 and another content type with 415', async () => {
      const big = payload({ comment: 'x'.repeat(70 * 1024) });
      assert.equal((await collector.post(big)).status, 413);
      const xml = await collector.post('<feedback/>', { type: 'application/xml' });
      assert.equal(xml.status, 415);
      assert.equal((await xml.json()).error, 'unsupported_media_type');
    });

    it('should allow CORS only for the configured origins, exposing Retry-After', async () => {
      const preflight = (origin) =>
        fetch(`${collector.url}/api/feedback`, {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type,idempotency-key',
          },
        });
      const allowed = await preflight('https://www.example.go.kr');
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.example.go.kr');
      assert.match(allowed.headers.get('access-control-allow-headers'), /Idempotency-Key/i);
      const refused = await preflight('https://evil.example');
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      const posted = await collector.post(payload(), { headers: { Origin: 'https://www.example.go.kr' } });
      assert.match(posted.headers.get('access-control-expose-headers'), /Retry-After/);
    });
  });
}

describe('rate limit', () => {
  it('should answer a flood from one address with 429 and Retry-After, storing nothing more, and stay up', async () => {
    const collector = await startCollector('sqlite', { rateLimit: 5 });
    try {
      const statuses = [];
      for (let i = 0; i < 8; i++) statuses.push((await collector.post(payload())).status);
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429, 429, 429]);
      const limited = await collector.post(payload());
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      assert.equal((await limited.json()).error, 'rate_limited');
      assert.equal(await collector.store.count(), 5);
      assert.equal((await fetch(`${collector.url}/healthz`)).status, 200);
    } finally {
      await collector.stop();
    }
  });
});

describe('SQLite checkpoints off the request thread', () => {
  it('should copy the write-ahead log into the database file while the collector runs', async () => {
    const collector = await startCollector('sqlite', { rateLimit: 100_000 });
    try {
      const before = statSync(collector.sqliteFile).size;
      for (let i = 0; i < 40; i++) {
        await Promise.all(Array.from({ length: 25 }, () => collector.post(payload())));
      }
      // The checkpoint thread runs once a second.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const after = statSync(collector.sqliteFile).size;
      assert.ok(after > before + 200_000, `the database file grew from ${before} to ${after} bytes`);
      assert.equal(await collector.store.count(), 1000);
    } finally {
      await collector.stop();
    }
  });
});
