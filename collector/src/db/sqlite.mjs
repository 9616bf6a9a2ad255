import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { migrations, rowFor } from './migrations.mjs';
import { newReceipt } from '../receipt.mjs';
import { localDay } from '../time-zone.mjs';
import {
  auditInsert,
  auditQuery,
  boardQuery,
  choicesQuery,
  exportQuery,
  statsQuery,
  statsRow,
  summaryQuery,
  visibilityUpdate,
} from './queries.mjs';
import {
  outboxClaim,
  outboxColumns,
  outboxCounts,
  outboxDelivered,
  outboxFailed,
  outboxInsert,
  outboxRetry,
} from './outbox-queries.mjs';

// Timestamps are ISO strings of one length, so comparing them as text orders them in time.
const dialect = {
  param: (n) => `@p${n}`,
  time: (n) => `@p${n}`,
  day: (column) => `local_day(${column})`,
  true: '1',
  false: '0',
  skipLocked: '',
};

/** better-sqlite3 binds named parameters from an object: @p1, @p2… */
const bind = (params) => Object.fromEntries(params.map((value, i) => [`p${i + 1}`, value]));

const columns = Object.keys(rowFor({ rating: {}, subject: {} }, '', new Date(0)));

/**
 * Checkpoints move to a worker thread; should it fail, SQLite's own automatic checkpoint resumes.
 */
function startCheckpointer(db, path) {
  const worker = new Worker(new URL('./sqlite-checkpoint-worker.mjs', import.meta.url), {
    workerData: { path, intervalMs: 1000 },
  });
  worker.unref();
  db.pragma('wal_autocheckpoint = 0');
  let exited = false;
  worker.once('exit', () => {
    exited = true;
  });
  worker.on('error', (error) => {
    console.error(
      `courtesy-feedback collector: SQLite checkpoint thread failed (${error.message}); checkpointing inline`
    );
    db.pragma('wal_autocheckpoint = 1000');
  });
  return {
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        worker.once('exit', resolve);
        worker.once('message', () => worker.terminate());
        worker.postMessage('stop');
      }),
  };
}

/**
 * The embedded default: one SQLite file, written through one connection in WAL mode. Transactions
 * are synchronous (better-sqlite3), so no other request's statements can slip into one.
 */
export function openSqlite(path, { timeZone = 'UTC' } = {}) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.function('local_day', { deterministic: true }, (iso) => localDay(new Date(iso), timeZone));

  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)'
  );
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all());
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString()
      );
    })();
  }

  const checkpointer = path === ':memory:' ? undefined : startCheckpointer(db, path);

  const insert = db.prepare(
    `INSERT INTO submissions (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')}) ON CONFLICT(id) DO NOTHING`
  );
  const receiptOf = db.prepare('SELECT receipt FROM submissions WHERE id = ?').pluck();
  const enqueue = db.prepare(outboxInsert(dialect));
  // A submission and its notifications: written in the caller's transaction.
  function writeOne({ payload, receivedAt, outbox }) {
    for (let tries = 0; ; tries++) {
      let result;
      try {
        result = insert.run(rowFor(payload, newReceipt(receivedAt, timeZone), receivedAt));
      } catch (error) {
        // Another submission drew the same receipt today (1 in 32⁴): the failed statement alone is
        // undone; draw again.
        if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' && /receipt/.test(error.message) && tries < 5) continue;
        throw error;
      }
      const receipt = receiptOf.get(payload.id);
      if (result.changes === 1) {
        for (const row of outbox?.(receipt) ?? []) enqueue.run(bind(outboxColumns.map((column) => row[column])));
      }
      return { created: result.changes === 1, receipt };
    }
  }
  const writeBatch = db.transaction((batch) => batch.map(writeOne));
  const writeAlone = db.transaction(writeOne);

  // Group commit: the submissions that arrive in one turn of the event loop share one transaction,
  // since the commit, not the insert, is what costs. None is answered before the commit that holds
  // it. Should the batch fail, each is tried in a transaction of its own, so that one bad write
  // fails only its own request.
  let waiting = [];
  function flush() {
    const batch = waiting;
    waiting = [];
    let outcomes;
    try {
      outcomes = writeBatch(batch);
    } catch {
      for (const item of batch) {
        try {
          item.resolve(writeAlone(item));
        } catch (error) {
          item.reject(error);
        }
      }
      return;
    }
    batch.forEach((item, i) => item.resolve(outcomes[i]));
  }

  const statements = new Map();
  const prepared = (sql) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const all = ({ sql, params }) => prepared(sql).all(bind(params));
  const run = (sql, params) => prepared(sql).run(bind(params));

  const setHidden = db.transaction((id, hide, actor, reason, at) => {
    if (receiptOf.get(id) === undefined) return 'missing';
    if (run(visibilityUpdate(dialect, hide), [id]).changes === 0) return 'unchanged';
    run(auditInsert(dialect), [at.toISOString(), actor, hide ? 'hide' : 'restore', id, reason]);
    return 'changed';
  });

  return {
    kind: 'sqlite',
    /**
     * Stores a payload once per id: `created` false and the first receipt for a repeat. `outbox`
     * gives the notifications of a new submission from its receipt; they commit with it.
     */
    insert(payload, { receivedAt = new Date(), outbox } = {}) {
      return new Promise((resolve, reject) => {
        waiting.push({ payload, receivedAt, outbox, resolve, reject });
        if (waiting.length === 1) setImmediate(flush);
      });
    },
    async count() {
      return db.prepare('SELECT COUNT(*) FROM submissions').pluck().get();
    },
    async find(id) {
      return db.prepare('SELECT * FROM submissions WHERE id = ?').get(id);
    },
    /** Kindness index and counts per group for the filters (see filters.mjs). */
    async stats(by, filters) {
      return all(statsQuery(dialect, by, filters)).map(statsRow);
    },
    async summary(filters) {
      return statsRow(all(summaryQuery(dialect, filters))[0]);
    },
    async board(tone, filters, limit) {
      return all(boardQuery(dialect, tone, filters, limit));
    },
    async choices(name, filters) {
      return all(choicesQuery(dialect, name, filters));
    },
    /** Every submission for the filters, oldest first, hidden comments blanked. */
    async exportRows(filters) {
      return all(exportQuery(dialect, filters)).map((row) => ({ ...row, hidden: Boolean(row.hidden) }));
    },
    /** Hides or restores a comment and logs who did it and why: 'changed', 'unchanged' or 'missing'. */
    async setHidden(id, hide, { actor, reason, at = new Date() }) {
      return setHidden(id, hide, actor, reason, at);
    },
    async audit(limit = 200) {
      return all({ sql: auditQuery(dialect), params: [limit] }).map((row) => ({ ...row, hidden: Boolean(row.hidden) }));
    },
    async claimOutbox(now, leaseUntil, limit) {
      return all({ sql: outboxClaim(dialect), params: [now.toISOString(), leaseUntil.toISOString(), limit] });
    },
    async outboxDelivered(seq, at) {
      run(outboxDelivered(dialect), [seq, at.toISOString()]);
    },
    async outboxRetry(seq, at, error) {
      run(outboxRetry(dialect), [seq, at.toISOString(), error]);
    },
    async outboxFailed(seq, at, error) {
      run(outboxFailed(dialect), [seq, at.toISOString(), error]);
    },
    async outboxCounts() {
      const row = db.prepare(outboxCounts()).get();
      return { pending: row.pending ?? 0, delivered: row.delivered ?? 0, failed: row.failed ?? 0 };
    },
    async close() {
      await checkpointer?.stop();
      db.close();
    },
  };
}
