// Runs in a worker thread with its own connection: copies the write-ahead log into the database
// file once a second. A checkpoint writes and syncs megabytes; done on the request thread (SQLite's
// automatic checkpoint) it stalled every answer behind it for 20–30 ms.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { path, intervalMs } = workerData as { path: string; intervalMs: number };
const db = new Database(path);
db.pragma('busy_timeout = 5000');
// PASSIVE never waits for the writer; the log is reused from its start once fully copied.
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');
checkpoint();
// Working: the request thread may stop checkpointing inline.
parentPort?.postMessage('running');
const timer = setInterval(checkpoint, intervalMs);
parentPort?.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort?.postMessage('stopped');
});
