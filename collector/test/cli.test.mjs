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

/** Runs the command (with `input` on its standard input); resolves with its exit code and output whatever the code. */
function run(args, { env = {}, timeout = 20_000, input = '' } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = execFile(
      process.execPath,
      [cli, ...args],
      { env: { PATH: process.env.PATH, ...env }, timeout },
      (error, stdout, stderr) =>
        resolve({ code: error ? (error.code ?? 'killed') : 0, stdout, stderr, ms: Date.now() - started })
    );
    child.stdin.end(input);
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

  it('should document every setting in its README, as --help lists them', async () => {
    const readme = readFileSync(join(collector, 'README.md'), 'utf8');
    const { readmeWithTable } = await import('../scripts/settings-table.mjs');
    assert.equal(readme, readmeWithTable(readme), 'run node scripts/settings-table.mjs');
    for (const setting of settings)
      assert.match(readme, new RegExp(`\\| \`--${setting.flag}\`\\s*\\| \`${setting.env}\`\\s*\\|`));
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

  it('should add, list, re-password and remove manager accounts, reading the password from standard input', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cf-users-'));
    const database = ['--database-url', join(folder, 'feedback.sqlite')];
    try {
      const added = await run(['user', 'add', '김담당', ...database], { input: '창구-친절-2026-담당자\n' });
      assert.deepEqual([added.code, added.stdout.trim()], [0, 'added 김담당 (manager)']);
      const viewer = await run(['user', 'add', '감사팀', '--role', 'viewer', ...database], {
        input: 'audit-only-reading-2026\n',
      });
      assert.equal(viewer.code, 0, viewer.stderr);
      const listed = await run(['user', 'list', ...database]);
      assert.equal(listed.code, 0);
      assert.deepEqual(
        listed.stdout
          .trim()
          .split('\n')
          .map((line) => line.split(/\s+/).slice(0, 2)),
        [
          ['감사팀', 'viewer'],
          ['김담당', 'manager'],
        ]
      );
      assert.doesNotMatch(listed.stdout, /scrypt|창구-친절/, 'no hash, no password');

      const refusals = [
        [['user', 'add', '김담당'], '창구-친절-2026-담당자', /an account named 김담당 exists already/],
        [['user', 'add', '짧은암호'], 'short-2026', /at least 12 characters/],
        [['user', 'add', 'a:b'], 'long-enough-password', /cannot contain ":"/],
        [
          ['user', 'add', 'x', '--role', 'admin'],
          'long-enough-password',
          /--role must be manager or viewer, got "admin"/,
        ],
        [['user', 'remove', '없는사람'], '', /no account named 없는사람/],
        [['user', 'rename', 'x'], '', /user needs add, password, list or remove, got "rename"/],
      ];
      for (const [args, input, message] of refusals) {
        const { code, stderr } = await run([...args, ...database], { input: `${input}\n` });
        assert.equal(code, 2, args.join(' '));
        assert.equal(stderr.trim().split('\n').length, 1, stderr);
        assert.match(stderr, message);
      }

      const db = new Database(join(folder, 'feedback.sqlite'));
      const before = db.prepare('SELECT password_hash FROM managers WHERE name = ?').pluck().get('김담당');
      db.prepare(
        "INSERT INTO manager_sessions VALUES ('h', '김담당', 'c', '2026-12-02T00:00:00Z', '2026-12-02T00:00:00Z')"
      ).run();
      const changed = await run(['user', 'password', '김담당', ...database], { input: 'a-new-password-2026\n' });
      assert.equal(changed.code, 0, changed.stderr);
      assert.notEqual(db.prepare('SELECT password_hash FROM managers WHERE name = ?').pluck().get('김담당'), before);
      assert.equal(db.prepare('SELECT COUNT(*) FROM manager_sessions').pluck().get(), 0, 'signed out everywhere');
      const removed = await run(['user', 'remove', '감사팀', ...database]);
      assert.deepEqual([removed.code, removed.stdout.trim()], [0, 'removed 감사팀; signed out everywhere']);
      assert.deepEqual(db.prepare('SELECT name FROM managers').pluck().all(), ['김담당']);
      db.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
