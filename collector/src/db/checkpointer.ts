// Keeps SQLite's checkpoints on their worker thread (checkpoint-worker.ts). Should the thread die
// (an I/O error, a full disk), checkpoints go back inline on the request thread at once, so the
// write-ahead log never grows without end, and the thread is started again after a pause that
// doubles with each failure (1 s … 1 min); once it runs again, inline checkpoints stop.
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

export interface CheckpointerOptions {
  path: string;
  warn: (message: string) => void;
  /** The thread's script; tests give one that fails. */
  workerUrl?: URL;
  intervalMs?: number;
  restartDelayMs?: number;
  maxRestartDelayMs?: number;
}

export interface Checkpointer {
  stop(): Promise<void>;
}

const INLINE_PAGES = 1000;

/**
 * What the thread died of. A driver's error reaches this thread as a plain object (the structured
 * clone of an Error subclass), with its code beside the message.
 */
function describe(error: unknown): string {
  const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
  const text = typeof message === 'string' && message !== '' ? message : 'an unknown error';
  return typeof code === 'string' ? `${code}: ${text}` : text;
}

export function startCheckpointer(
  db: Database.Database,
  {
    path,
    warn,
    workerUrl = new URL('./checkpoint-worker.js', import.meta.url),
    intervalMs = 1000,
    restartDelayMs = 1000,
    maxRestartDelayMs = 60_000,
  }: CheckpointerOptions
): Checkpointer {
  let worker: Worker | undefined;
  let restart: NodeJS.Timeout | undefined;
  let stopping = false;
  let delay = restartDelayMs;
  let failures = 0;

  function spawn(): void {
    const thread = new Worker(workerUrl, { workerData: { path, intervalMs } });
    worker = thread;
    let failed: unknown;
    // Not 'online', which comes before the thread has opened the database: its own word that it
    // has checkpointed once.
    thread.on('message', (message) => {
      if (message !== 'running') return;
      db.pragma('wal_autocheckpoint = 0');
      if (failures > 0) warn(`SQLite checkpoint thread restarted after ${failures} failure(s); inline checkpoints off`);
    });
    thread.on('error', (error) => {
      failed = error;
    });
    thread.once('exit', (code) => {
      worker = undefined;
      if (stopping) return;
      failures++;
      db.pragma(`wal_autocheckpoint = ${INLINE_PAGES}`);
      const why = failed ? describe(failed) : `it ended with code ${code}`;
      warn(`SQLite checkpoint thread failed (${why}); checkpointing inline, starting it again in ${delay / 1000} s`);
      restart = setTimeout(spawn, delay);
      restart.unref();
      delay = Math.min(delay * 2, maxRestartDelayMs);
    });
    // After the listeners: a 'message' listener refs the thread again, and it would then keep a
    // process alive that has nothing else to do.
    thread.unref();
  }
  spawn();

  return {
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        clearTimeout(restart);
        const thread = worker;
        if (!thread) return resolve();
        // Held by the process until it has answered and ended.
        thread.ref();
        thread.once('exit', () => resolve());
        thread.on('message', (message) => {
          if (message === 'stopped') void thread.terminate();
        });
        thread.postMessage('stop');
      }),
  };
}
