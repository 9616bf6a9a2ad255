// Writes the vocabulary's enums into the published JSON Schema (one source: src/vocabulary.ts):
// the scales with their maxima, the aspects, the channels. `node scripts/schema.mjs --check` exits
// 1 when the schema is out of date; the tests run that. Needs the build (dist/vocabulary.js).
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { aspectNames, channels, scaleNames, scales } from '../dist/vocabulary.js';

const schemaUrl = new URL('../schema/courtesy-feedback-v1.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));

const maxima = [...new Set(scaleNames.map((name) => scales[name].max))].sort((a, b) => a - b);
const byMax = new Map();
for (const name of scaleNames) byMax.set(scales[name].max, [...(byMax.get(scales[name].max) ?? []), name]);
const one = (names) => (names.length === 1 ? { const: names[0] } : { enum: names });

/** Each generated part: where it lives in the schema, and what it must hold. */
const parts = [
  [['properties', 'rating', 'properties', 'value', 'maximum'], Math.max(...maxima)],
  [['properties', 'rating', 'properties', 'max'], { enum: maxima }],
  [['properties', 'rating', 'properties', 'scale'], { enum: scaleNames }],
  [
    ['properties', 'rating', 'allOf'],
    [...byMax.entries()]
      .sort(([a], [b]) => b - a)
      .map(([max, names]) => ({
        if: { properties: { scale: one(names) } },
        then: {
          properties:
            max === Math.max(...maxima)
              ? { max: { const: max } }
              : { max: { const: max }, value: { type: 'integer', maximum: max } },
        },
      })),
  ],
  [['properties', 'aspects', 'maxItems'], aspectNames.length],
  [['properties', 'aspects', 'items'], { enum: [...aspectNames] }],
  [['properties', 'subject', 'properties', 'channel'], { enum: [...channels] }],
];

const stale = [];
for (const [path, expected] of parts) {
  const parent = path.slice(0, -1).reduce((node, key) => node[key], schema);
  const key = path.at(-1);
  if (!isDeepStrictEqual(parent[key], expected)) {
    stale.push(path.join('.'));
    parent[key] = expected;
  }
}

if (process.argv.includes('--check')) {
  if (stale.length) {
    console.error(
      `The schema is out of date with src/vocabulary.ts (${stale.join(', ')}): run node scripts/schema.mjs`
    );
    process.exit(1);
  }
  console.log('schema/courtesy-feedback-v1.schema.json matches src/vocabulary.ts');
} else {
  writeFileSync(
    schemaUrl,
    await format(JSON.stringify(schema), { ...(await resolveConfig(schemaUrl.pathname)), parser: 'json' })
  );
  console.log(stale.length ? `schema: wrote ${stale.join(', ')}` : 'schema: already up to date');
}
