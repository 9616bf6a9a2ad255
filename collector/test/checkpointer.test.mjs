// SQLite's checkpoint thread, when it dies: checkpoints go back inline at once (the write-ahead log
// never grows without end), the thread is started again after a pause that doubles, and once it
// runs inline checkpoints stop again. A real thread, a real file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import Database from 'better-sqlite3';
import { startCheckpointer } from '../dist/db/checkpointer.js';

const waitFor = async (check, what, timeoutMs = 10_000) => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the SQLite checkpoint thread', () => {
  it('should checkpoint inline while it is down, and be started again until it runs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cf-checkpoint-'));
    const path = join(folder, 'feedback.sqlite');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x TEXT)');
    const warnings = [];
    const inline = [];
    const checkpointer = startCheckpointer(db, {
      path,
      warn: (message) => {
        warnings.push(message);
        inline.push(db.pragma('wal_autocheckpoint', { simple: true }));
      },
      workerUrl: new URL('./fixtures/failing-checkpoint-worker.mjs', import.meta.url),
      intervalMs: 50,
      restartDelayMs: 100,
    });
    try {
      await waitFor(() => warnings.some((line) => line.includes('restarted')), 'no restart');
      assert.deepEqual(warnings, [
        'SQLite checkpoint thread failed (disk I/O error); checkpointing inline, starting it again in 0.1 s',
        'SQLite checkpoint thread failed (disk I/O error); checkpointing inline, starting it again in 0.2 s',
        'SQLite checkpoint thread restarted after 2 failure(s); inline checkpoints off',
      ]);
      assert.deepEqual(inline, [1000, 1000, 0], 'inline while down, off once it runs');
      // The restarted thread does its work: rows written to the log reach the database file, though
      // nothing on this connection checkpoints (without a checkpoint the file stays a few KB).
      const insert = db.prepare('INSERT INTO t VALUES (?)');
      db.transaction(() => {
        for (let j = 0; j < 1000; j++) insert.run('x'.repeat(4000));
      })();
      await waitFor(() => statSync(path).size > 4_000_000, 'the rows never reached the database file');
    } finally {
      await checkpointer.stop();
      db.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('should neither keep a process alive that has nothing else to do, nor end it before close() has finished', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cf-checkpoint-'));
    const store = new URL('../dist/db/open.js', import.meta.url).href;
    const run = (script) =>
      new Promise((resolve) =>
        execFile(process.execPath, ['--input-type=module', '-e', script], { timeout: 10_000 }, (error, stdout) =>
          resolve({ code: error ? (error.code ?? 'killed') : 0, stdout })
        )
      );
    try {
      const file = JSON.stringify(join(folder, 'feedback.sqlite'));
      const open = await run(`import { openStore } from '${store}'; await openStore(${file}); console.log('opened');`);
      assert.deepEqual([open.code, open.stdout.trim()], [0, 'opened'], 'ended on its own, with the store open');
      const closed = await run(
        `import { openStore } from '${store}'; const s = await openStore(${file}); await s.close(); console.log('closed');`
      );
      assert.deepEqual([closed.code, closed.stdout.trim()], [0, 'closed'], 'close() resolved');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
