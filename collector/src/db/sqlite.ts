import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { FeedbackPayload } from 'courtesy-feedback/server.js';
import { accountStore } from './accounts.js';
import { caseStore } from './cases.js';
import { startCheckpointer } from './checkpointer.js';
import { migrations, rowFor, submissionColumns } from './migrations.js';
import { newReceipt } from '../lib/receipt.js';
import { localDay } from '../lib/time-zone.js';
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
  type Dialect,
  type Query,
} from './queries.js';
import {
  outboxClaim,
  outboxColumns,
  outboxCounts,
  outboxDelivered,
  outboxFailed,
  outboxInsert,
  outboxRetry,
  outboxFailures,
  outboxResend,
  receiverDisable,
  receiverEnable,
  receiversDisabled,
} from './outbox-queries.js';
import type {
  AuditEntry,
  BoardComment,
  Choice,
  ClaimedDelivery,
  DisabledReceiver,
  ExportRow,
  FailedDelivery,
  FeedbackStore,
  InsertOptions,
  InsertOutcome,
  StoreOptions,
  StoredSubmission,
  VisibilityOutcome,
} from './store.js';

// Timestamps are ISO strings of one length, so comparing them as text orders them in time.
const dialect: Dialect = {
  param: (n) => `@p${n}`,
  time: (n) => `@p${n}`,
  day: (column) => `local_day(${column})`,
  true: '1',
  false: '0',
  skipLocked: '',
  jsonText: (column, path) => `json_extract(${column}, '$.${path.join('.')}')`,
};

/** As many bytes as a large submission (the widget's are a few KB; the body limit is 64 KB). */
const healthWrite = `INSERT INTO health (id, checked_at, probe) VALUES (1, @p1, zeroblob(16384))
  ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at, probe = excluded.probe`;

/** better-sqlite3 binds named parameters from an object: @p1, @p2… */
const bind = (params: unknown[]) => Object.fromEntries(params.map((value, i) => [`p${i + 1}`, value]));

interface Waiting extends InsertOptions {
  payload: FeedbackPayload;
  receivedAt: Date;
  resolve(outcome: InsertOutcome): void;
  reject(error: unknown): void;
}

/** Applies the migrations not yet recorded in schema_migrations. */
function migrate(db: Database.Database): void {
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
}

const asBoolean = <T extends { hidden: unknown }>(row: T) => ({ ...row, hidden: Boolean(row.hidden) });

/**
 * The embedded default: one SQLite file, written through one connection in WAL mode. Transactions
 * are synchronous (better-sqlite3), so no other request's statements can slip into one.
 */
export function openSqlite(
  path: string,
  { timeZone = 'UTC', warn = (message) => console.error(`courtesy-feedback-collector: ${message}`) }: StoreOptions = {}
): FeedbackStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.function('local_day', { deterministic: true }, (iso: unknown) => localDay(new Date(String(iso)), timeZone));
  migrate(db);

  const checkpointer = path === ':memory:' ? undefined : startCheckpointer(db, { path, warn });

  const insert = db.prepare(
    `INSERT INTO submissions (${submissionColumns.join(', ')}) VALUES (${submissionColumns.map((c) => '@' + c).join(', ')}) ON CONFLICT(id) DO NOTHING`
  );
  const receiptOf = db.prepare<[string], string>('SELECT receipt FROM submissions WHERE id = ?').pluck();
  const enqueue = db.prepare(outboxInsert(dialect));
  // A submission and its notifications: written in the caller's transaction.
  function writeOne({ payload, receivedAt, outbox }: Waiting): InsertOutcome {
    for (let tries = 0; ; tries++) {
      let result: Database.RunResult;
      try {
        result = insert.run(rowFor(payload, newReceipt(receivedAt, timeZone), receivedAt));
      } catch (error) {
        // Another submission drew the same receipt today (1 in 32⁴): the failed statement alone is
        // undone; draw again.
        const { code, message } = error as { code?: string; message: string };
        if (code === 'SQLITE_CONSTRAINT_UNIQUE' && /receipt/.test(message) && tries < 5) continue;
        throw error;
      }
      const receipt = receiptOf.get(payload.id)!;
      if (result.changes === 1) {
        for (const row of outbox?.(receipt) ?? []) enqueue.run(bind(outboxColumns.map((column) => row[column])));
      }
      return { created: result.changes === 1, receipt };
    }
  }
  const writeBatch = db.transaction((batch: Waiting[]) => batch.map(writeOne));
  const writeAlone = db.transaction(writeOne);

  // Group commit: the submissions that arrive in one turn of the event loop share one transaction,
  // since the commit, not the insert, is what costs. None is answered before the commit that holds
  // it. Should the batch fail, each is tried in a transaction of its own, so that one bad write
  // fails only its own request.
  let waiting: Waiting[] = [];
  function flush(): void {
    const batch = waiting;
    waiting = [];
    let outcomes: InsertOutcome[];
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
    batch.forEach((item, i) => item.resolve(outcomes[i]!));
  }

  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const all = <Row>({ sql, params }: Query): Row[] => prepared(sql).all(bind(params)) as Row[];
  const run = (sql: string, params: unknown[]) => prepared(sql).run(bind(params));

  const setHidden = db.transaction(
    (id: string, hide: boolean, actor: string, reason: string, at: Date): VisibilityOutcome => {
      if (receiptOf.get(id) === undefined) return 'missing';
      if (run(visibilityUpdate(dialect, hide), [id]).changes === 0) return 'unchanged';
      run(auditInsert(dialect), [at.toISOString(), actor, hide ? 'hide' : 'restore', id, reason]);
      return 'changed';
    }
  );

  const guarded = db.transaction((first: Query, then: Query[]): number => {
    const { changes } = run(first.sql, first.params);
    if (changes > 0) for (const query of then) run(query.sql, query.params);
    return changes;
  });

  const resend = db.transaction((seq: number, at: Date): { body: string } | undefined => {
    const [row] = all<{ url: string; body: string }>({ sql: outboxResend(dialect), params: [seq, at.toISOString()] });
    if (!row) return undefined;
    run(receiverEnable(dialect), [row.url]);
    return { body: row.body };
  });

  return {
    kind: 'sqlite',
    accounts: accountStore({
      dialect,
      all: async (sql, params) => all({ sql, params }),
      run: async (sql, params) => run(sql, params).changes,
    }),
    cases: caseStore({
      dialect,
      all: async (query) => all(query),
      guarded: async (first, then) => guarded(first, then),
    }),
    insert(payload, { receivedAt = new Date(), outbox } = {}) {
      return new Promise((resolve, reject) => {
        waiting.push({ payload, receivedAt, outbox, resolve, reject });
        if (waiting.length === 1) setImmediate(flush);
      });
    },
    async count() {
      return db.prepare<[], number>('SELECT COUNT(*) FROM submissions').pluck().get() ?? 0;
    },
    async find(id) {
      return db.prepare<[string], StoredSubmission>('SELECT * FROM submissions WHERE id = ?').get(id);
    },
    async stats(by, filters) {
      return all<Record<string, unknown>>(statsQuery(dialect, by, filters)).map(statsRow);
    },
    async summary(filters) {
      return statsRow(all<Record<string, unknown>>(summaryQuery(dialect, filters))[0]);
    },
    async board(tone, filters, limit) {
      return all<BoardComment>(boardQuery(dialect, tone, filters, limit));
    },
    async choices(name, filters) {
      return all<Choice>(choicesQuery(dialect, name, filters));
    },
    async exportRows(filters) {
      return all<ExportRow>(exportQuery(dialect, filters)).map(asBoolean);
    },
    async setHidden(id, hide, { actor, reason, at = new Date() }) {
      return setHidden(id, hide, actor, reason, at);
    },
    async audit(limit = 200) {
      return all<AuditEntry>({ sql: auditQuery(dialect), params: [limit] }).map(asBoolean);
    },
    async claimOutbox(now, leaseUntil, limit) {
      return all<ClaimedDelivery>({
        sql: outboxClaim(dialect),
        params: [now.toISOString(), leaseUntil.toISOString(), limit],
      });
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
      const row = db.prepare(outboxCounts()).get() as Record<string, number | null>;
      return { pending: row.pending ?? 0, delivered: row.delivered ?? 0, failed: row.failed ?? 0 };
    },
    async outboxFailures(limit) {
      return all<FailedDelivery>({ sql: outboxFailures(dialect), params: [limit] });
    },
    async outboxResend(seq, at) {
      return resend(seq, at);
    },
    async disableReceiver(url, at, reason) {
      run(receiverDisable(dialect), [url, at.toISOString(), reason]);
    },
    async disabledReceivers() {
      return all<DisabledReceiver>({ sql: receiversDisabled, params: [] });
    },
    async ping() {
      // A committed write, as a submission's would be: it fails on a full disk or a read-only file.
      prepared(healthWrite).run({ p1: new Date().toISOString() });
    },
    async close() {
      await checkpointer?.stop();
      db.close();
    },
  };
}
