// The command an agency runs, as a real process: --help, --version, migrate, and the one-line
// refusals of a bad setting and of a database that never answers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { settings } from '../dist/config.js';
import { migrations } from '../dist/db/migrations.js';
import { startSilentListener } from './tcp-proxy.mjs';

const collector = new URL('..', import.meta.url).pathname;
const cli = join(collector, 'dist/cli.js');
const packageVersion = JSON.parse(readFileSync(join(collector, 'package.json'), 'utf8')).version;

/** Runs the command; resolves with its exit code and output whatever the code. */
function run(args, { env = {}, timeout = 20_000 } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { PATH: process.env.PATH, ...env }, timeout },
      (error, stdout, stderr) =>
        resolve({ code: error ? (error.code ?? 'killed') : 0, stdout, stderr, ms: Date.now() - started })
    );
  });
}

describe('courtesy-feedback-collector (the command)', () => {
  it('should print its version, and a help that lists every setting', async () => {
    assert.deepEqual(await run(['--version']).then(({ code, stdout }) => [code, stdout.trim()]), [0, packageVersion]);
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    for (const setting of settings) {
      assert.match(help.stdout, new RegExp(`--${setting.flag} <value>\\s+${setting.env}\\b`), setting.flag);
    }
  });

  it('should document every setting in its README, with its environment variable', () => {
    const readme = readFileSync(join(collector, 'README.md'), 'utf8');
    for (const setting of settings) {
      assert.match(readme, new RegExp(`\\| \`--${setting.flag}\`\\s*\\| \`${setting.env}\`\\s*\\|`), setting.flag);
    }
  });

  it('should refuse a bad setting in one line that names it, with no stack trace', async () => {
    const { code, stderr } = await run(['--port', 'eighty']);
    assert.equal(code, 2);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, /port must be a positive whole number, got "eighty"/);
    const unknown = await run(['serve', 'now']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "now"/);
  });

  it('should create the tables with migrate, and end', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cf-migrate-'));
    try {
      const file = join(folder, 'feedback.sqlite');
      const { code, stdout } = await run(['migrate', '--database-url', file]);
      assert.equal(code, 0);
      assert.match(stdout, /is up to date/);
      assert.ok(existsSync(file));
      const db = new Database(file, { readonly: true });
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      db.close();
      assert.deepEqual(
        versions,
        migrations.map((migration) => migration.version)
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('should stop in bounded time, in one line naming DATABASE_URL, when the database never answers', async () => {
    const silent = await startSilentListener();
    try {
      const { code, stderr, ms } = await run([], {
        env: { DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${silent.port}/test` },
      });
      assert.equal(code, 1);
      assert.ok(ms < 15_000, `ended after ${ms} ms`);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, /DATABASE_URL/);
      assert.doesNotMatch(stderr, /secret/, 'the password in the URL is not repeated');
    } finally {
      await silent.close();
    }
  });
});
