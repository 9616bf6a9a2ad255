// A corpus of hostile bodies, sent over real HTTP to both stores: every answer is a 2xx or a 4xx
// that names what is wrong, never a 5xx (a widget keeps a 5xx for a week and sends it again), and
// the collector still takes a good submission afterwards.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { payload, startCollector } from './helpers.mjs';

const deep = (levels) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const raw = (changes) => JSON.stringify(payload(changes));

/** [what, body, content type] */
const corpus = [
  ['an empty body', '', 'application/json'],
  ['null', 'null', 'application/json'],
  ['a number', '42', 'application/json'],
  ['a string', '"feedback"', 'text/plain'],
  ['an array of payloads', `[${raw()}]`, 'application/json'],
  ['JSON with a trailing comma', raw().replace(/}$/, ',}'), 'application/json'],
  ['a UTF-8 BOM before the JSON', `\uFEFF${raw()}`, 'application/json'],
  ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'application/json'],
  ['a NUL in the comment', raw({ comment: 'a\u0000b' }), 'application/json'],
  ['a NUL in a metadata key', raw({ metadata: { 'k\u0000': 'v' } }), 'application/json'],
  ['a lone low surrogate', raw({ comment: 'x\uDC00y' }), 'text/plain'],
  ['metadata 20 levels deep', raw({ metadata: 'DEEP' }).replace('"DEEP"', deep(20)), 'application/json'],
  ['metadata 9,000 levels deep', raw({ metadata: 'DEEP' }).replace('"DEEP"', deep(9000)), 'application/json'],
  ['an id that is not a UUID', raw({ id: "1'; DROP TABLE submissions; --" }), 'application/json'],
  ['an id as a number', raw({ id: 12345 }), 'application/json'],
  [
    'a rating of NaN-like text',
    raw({ rating: { value: 'NaN', max: 5, scale: 'faces5', label: 'x' } }),
    'application/json',
  ],
  ['a rating above its scale', raw({ rating: { value: 6, max: 5, scale: 'faces5', label: 'x' } }), 'application/json'],
  ['a negative rating', raw({ rating: { value: -1, max: 5, scale: 'faces5', label: 'x' } }), 'application/json'],
  ['an unknown channel', raw({ subject: { channel: 'carrier-pigeon' } }), 'application/json'],
  ['a createdAt that is no date', raw({ createdAt: '2026-02-30T25:61:00Z' }), 'application/json'],
  ['a year-10000 createdAt', raw({ createdAt: '+010000-01-01T00:00:00Z' }), 'application/json'],
  ['a __proto__ key', raw().replace('{', '{"__proto__":{"polluted":true},'), 'application/json'],
  ['a constructor key in metadata', raw({ metadata: { constructor: { prototype: { x: 1 } } } }), 'application/json'],
  ['a 60 KB comment', raw({ comment: '가'.repeat(20_000) }), 'application/json'],
  ['form fields with no value', 'schema=&id=&rating.value=', 'application/x-www-form-urlencoded'],
  [
    'form fields repeated',
    'schema=courtesy-feedback/v1&schema=courtesy-feedback/v1',
    'application/x-www-form-urlencoded',
  ],
  ['form fields with broken escapes', 'comment=%E0%A4%A&schema=%', 'application/x-www-form-urlencoded'],
  ['a content type with a bad charset', raw(), 'application/json; charset=ebcdic'],
  ['a content type nobody sends', raw(), 'application/xml'],
];

for (const kind of ['sqlite', 'postgres']) {
  describe(`hostile bodies (${kind})`, () => {
    let collector;
    before(async () => {
      collector = await startCollector(kind, { rateLimit: 10_000 });
    });
    after(() => collector.stop());

    for (const [what, body, type] of corpus) {
      it(`should answer ${what} with a 2xx or a 4xx that says what is wrong`, async () => {
        const response = await collector.post(body, { type });
        assert.ok(response.status < 500, `${what}: ${response.status} ${await response.clone().text()}`);
        if (response.status >= 400) {
          const answer = await response.json();
          assert.equal(typeof answer.error, 'string');
          assert.ok(answer.message.length > 0);
        }
      });
    }

    it('should still take a good submission after all of them', async () => {
      assert.equal((await collector.post(payload())).status, 201);
      assert.equal({}.polluted, undefined, 'no prototype was polluted');
    });
  });
}
