// `npm run bench`: size, page cost, submission latency, collector throughput, and the alternative,
// in one run on this machine. Prints one table and writes it to bench/RESULTS.md. Timings are
// medians (and p99 where asked); they are noisy on a shared 2-core machine, ratios less so.
import { writeFileSync } from 'node:fs';
import { BUDGET_BROTLI_BYTES, embedSizes } from '../scripts/lib/sizes.mjs';
import { alternative } from './alternative.mjs';
import { collectorLoad } from './collector-load.mjs';
import { machine, repo } from './lib.mjs';
import { pageCost } from './page-cost.mjs';
import { submitLatency } from './submit-latency.mjs';

const RUNS = 20;
const ms = (value) => `${value.toFixed(1)} ms`;
const bytes = (value) => `${value.toLocaleString('en')} B`;
const verdict = (ok) => (ok ? 'met' : 'missed');

const step = (name) => console.error(`bench: ${name}…`);
step('embed size');
const { entry: embed, chunks } = embedSizes(`${repo}dist/`);
step(`page cost (${RUNS} runs each)`);
const page = await pageCost({ runs: RUNS });
step('click to stored (200 submissions)');
const submit = await submitLatency({ count: 200 });
step('collector load beside bare Fastify + insert (2 × 8 s each, in turns, at 50 connections)');
const load = await collectorLoad({ seconds: 8, connections: 50 });
step('the alternative');
const alt = await alternative({ runs: RUNS });

const find = (database, server) => load.find((row) => row.database === database && row.server === server);
const sqlite = find('SQLite', 'collector');
const postgres = find('PostgreSQL', 'collector');
const bareSqlite = find('SQLite', 'bare Fastify + insert');
const barePostgres = find('PostgreSQL', 'bare Fastify + insert');
const throughput = (row) =>
  `${row.acceptedPerSecond.toLocaleString('en')} accepted/s, p50 ${row.p50} ms, p99 ${row.p99} ms`;
const rows = [
  [
    'Embed’s first script `dist/courtesy-feedback.min.js` (Lit included)',
    `${bytes(embed.brotli)} brotli (${bytes(embed.raw)} raw, ${bytes(embed.gzip)} gzip)`,
    `< ${bytes(BUDGET_BROTLI_BYTES)} brotli`,
    verdict(embed.brotli < BUDGET_BROTLI_BYTES),
  ],
  ...chunks.map((chunk) => [
    `Chunk loaded on demand: ${chunk.name}`,
    `${bytes(chunk.brotli)} brotli (${bytes(chunk.raw)} raw, ${bytes(chunk.gzip)} gzip)`,
    '—',
    '—',
  ]),
  [
    'Script arrived → form rendered and interactive, 1 widget (median)',
    `${ms(page.oneMs)} (a fresh tab's first load: ${ms(page.oneFirstMs)})`,
    '< 10 ms',
    verdict(page.oneMs < 10),
  ],
  ['Same, 50 widgets on one page (median)', ms(page.fiftyMs), '< 60 ms', verdict(page.fiftyMs < 60)],
  [
    'Long tasks during start-up (all runs after the first)',
    `${page.longTasksOne} with 1 widget, ${page.longTasksFifty} with 50 (first load: ${page.longTasksFirst})`,
    '0',
    verdict(page.longTasksOne === 0 && page.longTasksFifty === 0),
  ],
  [
    'Layout shift caused by the widget, with the README’s reserved height',
    `${page.layoutShift.toFixed(4)} (without it: ${page.layoutShiftUnreserved.toFixed(4)})`,
    '0',
    verdict(page.layoutShift === 0),
  ],
  ['JS heap after load, 1 widget (after GC)', bytes(page.heapAfterLoad), '—', '—'],
  [
    'Heap growth over 1,000 mount/unmount cycles (after GC)',
    `${bytes(page.cycles.growth)} in the first 1,000, ${bytes(page.cycles.secondGrowth)} in the next 1,000`,
    'no growth beyond noise',
    verdict(page.cycles.secondGrowth < 50_000),
  ],
  [
    'Click on send → row stored (201), 200 submissions on loopback',
    `median ${ms(submit.medianMs)}, p99 ${ms(submit.p99Ms)}`,
    '< 20 ms median',
    verdict(submit.medianMs < 20),
  ],
  [
    `Collector, SQLite, ${sqlite.connections} connections, ${sqlite.seconds} s in two turns`,
    `${throughput(sqlite)}; bare Fastify + insert beside it: ${throughput(bareSqlite)}; ratio ${sqlite.throughputRatio}×, p99 ${sqlite.p99Ratio}×`,
    '≥ 1× the bare throughput',
    verdict(sqlite.throughputRatio >= 1),
  ],
  [
    `Collector, PostgreSQL, ${postgres.connections} connections, ${postgres.seconds} s in two turns`,
    `${throughput(postgres)}; bare Fastify + insert beside it: ${throughput(barePostgres)}; ratio ${postgres.throughputRatio}×, p99 ${postgres.p99Ratio}×`,
    '≥ 0.8× the bare throughput, p99 ≤ 1.5× its p99',
    verdict(postgres.throughputRatio >= 0.8 && postgres.p99Ratio <= 1.5),
  ],
  [
    `Alternative: ${alt.name}, minimal esbuild bundle`,
    `${bytes(alt.sizes.brotli)} brotli (${bytes(alt.sizes.raw)} raw): ${(alt.sizes.brotli / embed.brotli).toFixed(1)}× ours`,
    '—',
    '—',
  ],
  [
    'Alternative: script arrived → its launcher button rendered (median)',
    `${ms(alt.startMs)}: ${(alt.startMs / page.oneMs).toFixed(1)}× our full form`,
    '—',
    '—',
  ],
];

const table = [
  '| measure | result | target | |',
  '|---|---|---|---|',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
console.log(table);

const report = `# Benchmark results

Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, by \`npm run bench\`, on ${machine()}.
Headless Debian Chromium; everything on loopback; page timings are medians of ${RUNS} loads with the HTTP
cache off (so the script is parsed and compiled each time, as on a first visit).

${table}

How each figure is taken:

- **Size**: \`scripts/lib/sizes.mjs\` (gzip level 9, brotli quality 11); the tests enforce the budget.
- **Start-up** (\`bench/page-cost.mjs\`, \`bench/pages/start.js\`): a page whose markup already holds the
  widgets loads the embed; the time runs from the script's \`responseEnd\` (resource timing) to every
  widget's \`updateComplete\` with its radios in the shadow root. Long tasks and layout shift come from
  \`PerformanceObserver\`. The reserved height is \`bench/pages/reserve.css\`, as in the README.
- **Heap**: \`performance.metrics().JSHeapUsedSize\` after \`gc()\`; 100 warm-up cycles, then 1,000 and
  1,000 more mount/unmount cycles. A leak grows in both rounds; one-off caches only in the first.
- **Click to stored** (\`bench/submit-latency.mjs\`): in the page, from \`click()\` on the send button to
  \`feedback-sent\`, which fires only on the collector's 201, sent only after the commit; the stored rows
  are counted afterwards.
- **Collector** (\`bench/collector-load.mjs\`): the collector in its own process, beside a bare Fastify app
  that makes one idempotent insert per request (\`bench/bare-fastify.mjs\`) on the same database in the same
  run; autocannon posting new
  ids at a fixed concurrency after a 2 s warm-up; "accepted" counts 201 answers. The load generator
  shares the two cores with the collector (and, for PostgreSQL, with the database server).
- **Alternative** (\`bench/alternative.mjs\`): \`@sentry/browser\` with only \`feedbackIntegration\`,
  \`defaultIntegrations: false\`, minified by esbuild; its start-up is measured as ours, to its button.
`;
writeFileSync(`${repo}bench/RESULTS.md`, report);
console.error('bench: wrote bench/RESULTS.md');
