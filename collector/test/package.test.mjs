// The collector as an agency gets it: both packages packed into tarballs, installed into an empty
// folder with npm (no link to this repository), the bin run there on a SQLite file; a submission in
// each of the widget's three content types, read back through the manager API, then a clean stop.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/lib/chromium.mjs';
import { payload } from './helpers.mjs';
import { waitFor } from './receiver.mjs';

const collectorRoot = new URL('..', import.meta.url).pathname;
const widgetRoot = new URL('../..', import.meta.url).pathname;
const auth = { Authorization: `Basic ${Buffer.from('검토자:친절-2026-테스트-암호').toString('base64')}` };

/** The dotted form fields the widget sends with content-type="form". */
function formFields(value, prefix = '', fields = new URLSearchParams()) {
  if (value === null || value === undefined) return fields;
  if (Array.isArray(value)) for (const item of value) formFields(item, prefix, fields);
  else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) formFields(item, prefix ? `${prefix}.${key}` : key, fields);
  } else fields.append(prefix, String(value));
  return fields;
}

function pack(cwd, destination) {
  // Both are built by now (npm test builds first): pack exactly what would be published.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd })
  );
  return packed;
}

describe('courtesy-feedback-collector installed from its tarball', { timeout: 600_000 }, () => {
  let folder;
  let packed;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'cf-collector-pack-'));
    packed = { widget: pack(widgetRoot, folder), collector: pack(collectorRoot, folder) };
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'agency-collector', private: true }));
    execFileSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        join(folder, packed.widget.filename),
        join(folder, packed.collector.filename),
      ],
      { cwd: folder, stdio: 'ignore' }
    );
  });
  after(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('should hold its built code and deployment files, and nothing of the repository', () => {
    const files = packed.collector.files.map((file) => file.path);
    for (const file of [
      'dist/cli.js',
      'dist/index.d.ts',
      'dist/views/dashboard.css',
      'deploy/nginx.conf',
      'README.md',
    ]) {
      assert.ok(files.includes(file), file);
    }
    assert.ok(!files.some((file) => file.startsWith('src/') || file.startsWith('test/')), files.join(', '));
    const installed = JSON.parse(
      readFileSync(join(folder, 'node_modules/courtesy-feedback-collector/package.json'), 'utf8')
    );
    assert.equal(installed.dependencies['courtesy-feedback'], '^0.1.0');
    // The one copy of the widget package is the tarball's, not a link.
    assert.ok(!existsSync(join(folder, 'node_modules/courtesy-feedback-collector/node_modules/courtesy-feedback')));
  });

  it('should run as the installed command, take each content type, show them to a manager, and stop on SIGTERM', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(join(folder, 'node_modules/.bin/courtesy-feedback-collector'), ['--port', String(port)], {
      cwd: folder,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: join(folder, 'data/feedback.sqlite'),
        ADMIN_USER: '검토자',
        ADMIN_PASSWORD: '친절-2026-테스트-암호',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    try {
      await waitFor(
        () =>
          fetch(`${url}/readyz`).then(
            (response) => response.ok,
            () => false
          ),
        `the installed collector to be ready (${output})`,
        20_000
      );
      const bodies = {
        'application/json': payload({ comment: 'JSON으로 보냈어요' }),
        'text/plain': payload({ comment: '텍스트로 보냈어요' }),
        'application/x-www-form-urlencoded': payload({ comment: '폼으로 보냈어요' }),
      };
      const receipts = {};
      for (const [type, body] of Object.entries(bodies)) {
        const encoded =
          type === 'application/x-www-form-urlencoded' ? formFields(body).toString() : JSON.stringify(body);
        const response = await fetch(`${url}/api/feedback`, {
          method: 'POST',
          headers: { 'Content-Type': type },
          body: encoded,
        });
        assert.equal(response.status, 201, `${type}: ${await response.clone().text()}`);
        receipts[type] = (await response.json()).receipt;
      }
      const answer = await fetch(`${url}/api/comments?tone=praise`, { headers: auth });
      assert.equal(answer.status, 200);
      const { comments } = await answer.json();
      for (const [type, body] of Object.entries(bodies)) {
        const found = comments.find((comment) => comment.receipt === receipts[type]);
        assert.equal(found?.comment, body.comment, type);
      }
      child.kill('SIGTERM');
      assert.deepEqual(await exited, { code: 0, signal: null }, output);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
