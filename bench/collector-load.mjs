// Collector throughput: accepted submissions per second and p50/p99 latency at a fixed concurrency,
// for SQLite and PostgreSQL, with autocannon on loopback, each beside the bare baseline
// (bench/bare-fastify.mjs: Fastify and one idempotent insert) measured in the same run on the same
// database, so that the ratios hold from run to run where absolute figures do not. Every request
// carries a new id, so every one is a real insert (201), with validation, CORS and the rate limit on.
// Run alone: `node bench/collector-load.mjs [seconds] [connections]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { spawnCollector } from './lib.mjs';
import { payload } from '../collector/test/helpers.mjs';

const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// The collector tests' valid payload, a new id each time.
const body = () => JSON.stringify(payload());

// Bodies are made before the run, so that making them does not slow the load generator, which
// shares the machine's two cores with the collector. Enough for 20,000 a second.
function bodies(count) {
  return Array.from({ length: count }, body);
}

function load(url, { seconds, connections }) {
  const prepared = bodies(Math.min(400_000, seconds * 20_000));
  let next = 0;
  return new Promise((resolve, reject) => {
    let created = 0;
    const instance = autocannon(
      {
        url: `${url}/api/feedback`,
        method: 'POST',
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: prepared[next++ % prepared.length] }) }],
      },
      (error, result) => (error ? reject(error) : resolve({ result, created }))
    );
    instance.on('response', (_client, statusCode) => {
      if (statusCode === 201) created++;
    });
  });
}

async function measure(name, args, { seconds, connections }, server = 'collector') {
  const collector =
    server === 'collector'
      ? await spawnCollector([...args, '--rate-limit', '100000000', '--allowed-origins', 'https://www.example.go.kr'])
      : await spawnCollector(args, {}, 'bench/bare-fastify.mjs');
  try {
    await load(collector.url, { seconds: 2, connections }); // warm-up: JIT, caches, pool
    const { result, created } = await load(collector.url, { seconds, connections });
    return {
      database: name,
      server,
      connections,
      seconds,
      acceptedPerSecond: Math.round(created / result.duration),
      p50: result.latency.p50,
      p99: result.latency.p99,
      refused: result.non2xx,
      errors: result.errors + result.timeouts,
    };
  } finally {
    await collector.stop();
  }
}

/** Two runs' rows as one: the mean throughput and latencies, the sums of refusals and errors. */
function mean(runs) {
  const average = (key) => Math.round(runs.reduce((sum, run) => sum + run[key], 0) / runs.length);
  const total = (key) => runs.reduce((sum, run) => sum + run[key], 0);
  return {
    ...runs[0],
    seconds: total('seconds'),
    acceptedPerSecond: average('acceptedPerSecond'),
    p50: average('p50'),
    p99: average('p99'),
    refused: total('refused'),
    errors: total('errors'),
  };
}

/**
 * The collector's row and the baseline's, with the ratios the issue holds it to. Measured in turns,
 * collector, bare, collector, bare, so that a slow moment of the shared machine falls on both.
 */
async function pair(name, args, bareArgs, options) {
  const collectorRuns = [];
  const bareRuns = [];
  for (let round = 0; round < 2; round++) {
    collectorRuns.push(await measure(name, args, options));
    bareRuns.push(await measure(name, bareArgs, options, 'bare Fastify + insert'));
  }
  const collector = mean(collectorRuns);
  const bare = mean(bareRuns);
  collector.throughputRatio = Math.round((collector.acceptedPerSecond / bare.acceptedPerSecond) * 100) / 100;
  collector.p99Ratio = Math.round((collector.p99 / Math.max(1, bare.p99)) * 100) / 100;
  return [collector, bare];
}

export async function collectorLoad({ seconds = 10, connections = 50 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'cf-bench-'));
  const schema = `bench_${Date.now()}`;
  const rows = [];
  try {
    rows.push(
      ...(await pair(
        'SQLite',
        ['--database-url', join(folder, 'bench.sqlite')],
        ['--database-url', join(folder, 'bare.sqlite')],
        { seconds, connections }
      ))
    );
    // A schema of its own, dropped afterwards: the bench never touches other data.
    const url = new URL(POSTGRES_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      rows.push(
        ...(await pair('PostgreSQL', ['--database-url', url.href], ['--database-url', url.href], {
          seconds,
          connections,
        }))
      );
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [seconds, connections] = process.argv.slice(2).map(Number);
  console.table(await collectorLoad({ seconds: seconds || 10, connections: connections || 50 }));
}
