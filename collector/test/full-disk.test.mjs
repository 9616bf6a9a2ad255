// A SQLite file on a disk that fills up (a 1 MB tmpfs, mounted as root, as CI runs): submissions
// that cannot be written get 503 with Retry-After, never a 201 for something not stored; /readyz
// says 503; with room again, it is ready and takes submissions without a restart.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { payload, startCollector } from './helpers.mjs';

describe('a full disk under the SQLite file', () => {
  let mountPoint;
  before(() => {
    assert.equal(process.getuid?.(), 0, 'this test mounts a tmpfs, which needs root (CI runs as root)');
    mountPoint = mkdtempSync(join(tmpdir(), 'cf-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]);
  });
  after(() => {
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('should refuse with 503 what it cannot store, say it is not ready, and recover when there is room', async () => {
    const collector = await startCollector(
      'sqlite',
      { rateLimit: 100_000 },
      { sqliteFile: join(mountPoint, 'feedback.sqlite') }
    );
    try {
      assert.equal((await fetch(`${collector.url}/readyz`)).status, 200);
      // Fill what is left, then send until the database can take no more.
      const filler = join(mountPoint, 'filler');
      try {
        writeFileSync(filler, Buffer.alloc(1024 * 1024));
      } catch {
        // ENOSPC: the disk is full, as wanted.
      }
      // A refusal may still leave room for the next write (the checkpoint thread can free pages of
      // the write-ahead log meanwhile, and a smaller submission then fits): sent until neither a
      // submission nor the readiness write fits.
      const created = [];
      const refusals = [];
      let unready = false;
      for (let i = 0; i < 2000 && !unready; i++) {
        const body = payload({ comment: '가'.repeat(1000) });
        const response = await collector.post(body);
        if (response.status === 201) created.push(body.id);
        else {
          refusals.push(response);
          unready = (await fetch(`${collector.url}/readyz`)).status === 503;
        }
      }
      assert.ok(refusals.length > 0, 'the disk filled up');
      assert.ok(unready, '/readyz said 503 once nothing more could be written');
      for (const refused of refusals) {
        assert.equal(refused.status, 503);
        assert.ok(Number(refused.headers.get('retry-after')) > 0);
      }
      for (const id of created) assert.ok(await collector.store.find(id), 'every 201 was stored');

      rmSync(filler, { force: true });
      const again = payload();
      assert.equal((await fetch(`${collector.url}/readyz`)).status, 200);
      assert.equal((await collector.post(again)).status, 201);
      assert.ok(await collector.store.find(again.id));
    } finally {
      await collector.stop({ keepData: true });
    }
  });
});
