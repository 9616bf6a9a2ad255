import pg from 'pg';
import type { FeedbackPayload } from 'courtesy-feedback/server.js';
import { accountStore } from './accounts.js';
import { caseStore } from './cases.js';
import { migrations, rowFor, storedPayload, submissionColumns } from './migrations.js';
import { newReceipt } from '../lib/receipt.js';
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
  FailedDelivery,
  ExportRow,
  FeedbackStore,
  InsertOptions,
  InsertOutcome,
  StoreOptions,
  StoredSubmission,
} from './store.js';

/** A batch is one JSON parameter; this bounds its size (and so the statement's). */
const BATCH_ROWS = 1000;

/** Each stored column's PostgreSQL type, as migration 1 declares it. */
const columnTypes: Record<(typeof submissionColumns)[number], string> = {
  id: 'uuid',
  receipt: 'text',
  received_at: 'timestamptz',
  created_at: 'timestamptz',
  rating_value: 'smallint',
  rating_max: 'smallint',
  scale: 'text',
  rating_label: 'text',
  comment: 'text',
  service: 'text',
  department: 'text',
  staff_id: 'text',
  staff_name: 'text',
  channel: 'text',
  locale: 'text',
  payload: 'jsonb',
};
// Several instances may start at once: one advisory lock makes them migrate one after another.
const MIGRATION_LOCK = 727_001;

/** Timestamps as the SQLite store gives them: ISO strings. */
function isoTimes<Row>(row: Record<string, unknown>): Row {
  const copy: Record<string, unknown> = { ...row };
  for (const [name, value] of Object.entries(copy)) if (value instanceof Date) copy[name] = value.toISOString();
  return copy as Row;
}

async function migrate(pool: pg.Pool, schema: string | undefined): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)'
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [migration.version, migration.name]);
      await client.query('COMMIT');
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

interface Waiting extends InsertOptions {
  payload: FeedbackPayload;
  receivedAt: Date;
  resolve(outcome: InsertOutcome): void;
  reject(error: unknown): void;
}

type Queryable = Pick<pg.Pool, 'query'>;

/**
 * PostgreSQL, for agencies running several collector instances: the database's unique key on the
 * payload id is what makes them behave as one (ON CONFLICT DO NOTHING, then read the first receipt),
 * and SKIP LOCKED lets their webhook senders share one outbox.
 */
export async function openPostgres(
  url: string,
  { schema, timeZone = 'UTC' }: StoreOptions = {}
): Promise<FeedbackStore> {
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A database that accepts connections and never answers must not hang the start or a request.
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection that the server drops (a restart, a failover) is reported here; without a
  // listener the process would end. The pool replaces the connection on the next query.
  pool.on('error', () => undefined);
  await migrate(pool, schema);

  // timeZone was checked by checkTimeZone(): letters, digits and _/+- only.
  const dialect: Dialect = {
    param: (n) => `$${n}`,
    time: (n) => `$${n}::timestamptz`,
    day: (column) => `to_char(${column} AT TIME ZONE '${timeZone}', 'YYYY-MM-DD')`,
    true: 'TRUE',
    false: 'FALSE',
    skipLocked: 'FOR UPDATE SKIP LOCKED',
    jsonText: (column, path) => `${column} #>> '{${path.join(',')}}'`,
  };
  const all = async <Row>({ sql, params }: Query): Promise<Row[]> =>
    (await pool.query(sql, params)).rows.map((row) => isoTimes<Row>(row));

  // The rows of a batch travel as one JSON document, unpacked by the database into typed columns.
  // No conflict target: a row whose receipt another drew today is skipped like a repeat, not an
  // error that would undo the whole batch; it is found below and drawn again on its own.
  const recordsetInsertSql = `INSERT INTO submissions (${submissionColumns.join(', ')})
    SELECT ${submissionColumns.join(', ')}
    FROM jsonb_to_recordset($1::jsonb)
      AS r(${submissionColumns.map((column) => `${column} ${columnTypes[column]}`).join(', ')})
    ON CONFLICT DO NOTHING RETURNING id, receipt`;

  const insertSql = `INSERT INTO submissions (${submissionColumns.join(', ')})
    VALUES (${submissionColumns.map((_, i) => `$${i + 1}`).join(', ')})
    ON CONFLICT (id) DO NOTHING RETURNING receipt`;

  /** Runs `work(client)` in one transaction on one pooled connection. */
  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async function insertOnce(
    db: Queryable,
    payload: FeedbackPayload,
    receivedAt: Date,
    outbox?: InsertOptions['outbox']
  ): Promise<InsertOutcome> {
    const row = rowFor(payload, newReceipt(receivedAt, timeZone), receivedAt);
    const inserted = await db.query<{ receipt: string }>(
      insertSql,
      submissionColumns.map((column) => row[column])
    );
    const first = inserted.rows[0];
    if (first) {
      for (const entry of outbox?.(first.receipt) ?? []) {
        await db.query(
          outboxInsert(dialect),
          outboxColumns.map((column) => entry[column])
        );
      }
      return { created: true, receipt: first.receipt };
    }
    const existing = await db.query<{ receipt: string }>('SELECT receipt FROM submissions WHERE id = $1', [payload.id]);
    return { created: false, receipt: existing.rows[0]!.receipt };
  }

  async function insertAlone({
    payload,
    receivedAt,
    outbox,
  }: Pick<Waiting, 'payload' | 'receivedAt' | 'outbox'>): Promise<InsertOutcome> {
    for (let tries = 0; ; tries++) {
      try {
        return outbox
          ? await transaction((client) => insertOnce(client, payload, receivedAt, outbox))
          : await insertOnce(pool, payload, receivedAt);
      } catch (error) {
        // Another submission drew the same receipt today (1 in 32⁴): draw again.
        const { code, constraint } = error as { code?: string; constraint?: string };
        if (code === '23505' && constraint === 'submissions_receipt_key' && tries < 5) continue;
        throw error;
      }
    }
  }

  let waiting: Waiting[] = [];
  function flushWaiting(): void {
    const batch = waiting;
    waiting = [];
    for (let start = 0; start < batch.length; start += BATCH_ROWS) {
      void insertBatch(batch.slice(start, start + BATCH_ROWS));
    }
  }

  async function insertBatch(batch: Waiting[]): Promise<void> {
    let created: Map<string, string>;
    const existing = new Map<string, string>();
    try {
      const rows = batch.map(({ payload, receivedAt }) => ({
        ...rowFor(payload, newReceipt(receivedAt, timeZone), receivedAt),
        payload: storedPayload(payload),
      }));
      // One named statement whatever the batch size: parsed and planned once per connection.
      const inserted = await pool.query<{ id: string; receipt: string }>({
        name: 'courtesy-feedback-insert-submissions',
        text: recordsetInsertSql,
        values: [JSON.stringify(rows)],
      });
      created = new Map(inserted.rows.map((row) => [row.id, row.receipt]));
      const repeats = batch.map((item) => item.payload.id.toLowerCase()).filter((id) => !created.has(id));
      if (repeats.length > 0) {
        const found = await pool.query<{ id: string; receipt: string }>(
          'SELECT id, receipt FROM submissions WHERE id = ANY($1::uuid[])',
          [repeats]
        );
        for (const row of found.rows) existing.set(row.id, row.receipt);
      }
    } catch {
      // A receipt drawn twice, or one bad row: each on its own, so that it fails only itself.
      for (const item of batch) insertAlone(item).then(item.resolve, item.reject);
      return;
    }
    // The same id twice in one batch: the first is the one stored, the second a repeat.
    const answered = new Set<string>();
    for (const item of batch) {
      const id = item.payload.id.toLowerCase();
      const receipt = created.get(id);
      if (receipt !== undefined && !answered.has(id)) {
        answered.add(id);
        item.resolve({ created: true, receipt });
      } else if (receipt !== undefined || existing.has(id)) {
        item.resolve({ created: false, receipt: receipt ?? existing.get(id)! });
      } else {
        // Neither stored nor there before: its receipt was taken. Drawn again, alone.
        insertAlone(item).then(item.resolve, item.reject);
      }
    }
  }

  const execute = async (sql: string, params: unknown[]): Promise<void> => {
    await pool.query(sql, params);
  };

  return {
    kind: 'postgres',
    accounts: accountStore({
      dialect,
      all: (sql, params) => all({ sql, params }),
      run: async (sql, params) => (await pool.query(sql, params)).rowCount ?? 0,
    }),
    cases: caseStore({
      dialect,
      all,
      guarded: (first, then) =>
        transaction(async (client) => {
          const changed = (await client.query(first.sql, first.params)).rowCount ?? 0;
          if (changed > 0) for (const query of then) await client.query(query.sql, query.params);
          return changed;
        }),
    }),
    /**
     * Submissions without notifications that arrive in one turn of the event loop go in one
     * multi-row statement (group commit: one commit, one WAL flush, for them all); with
     * notifications, each has its own transaction with its outbox rows.
     */
    insert(payload, { receivedAt = new Date(), outbox } = {}) {
      if (outbox) return insertAlone({ payload, receivedAt, outbox });
      return new Promise((resolve, reject) => {
        waiting.push({ payload, receivedAt, resolve, reject });
        if (waiting.length === 1) setImmediate(flushWaiting);
      });
    },
    async count() {
      const { rows } = await pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM submissions');
      return rows[0]?.n ?? 0;
    },
    async find(id) {
      const { rows } = await pool.query('SELECT * FROM submissions WHERE id = $1', [id]);
      return rows[0] ? isoTimes<StoredSubmission>(rows[0]) : undefined;
    },
    async stats(by, filters) {
      return (await all<Record<string, unknown>>(statsQuery(dialect, by, filters))).map(statsRow);
    },
    async summary(filters) {
      return statsRow((await all<Record<string, unknown>>(summaryQuery(dialect, filters)))[0]);
    },
    board: (tone, filters, limit) => all<BoardComment>(boardQuery(dialect, tone, filters, limit)),
    choices: (name, filters) => all<Choice>(choicesQuery(dialect, name, filters)),
    exportRows: (filters) => all<ExportRow>(exportQuery(dialect, filters)),
    async setHidden(id, hide, { actor, reason, at = new Date() }) {
      return transaction(async (client) => {
        const found = await client.query('SELECT 1 FROM submissions WHERE id = $1 FOR UPDATE', [id]);
        if (found.rowCount === 0) return 'missing';
        if ((await client.query(visibilityUpdate(dialect, hide), [id])).rowCount === 0) return 'unchanged';
        await client.query(auditInsert(dialect), [at.toISOString(), actor, hide ? 'hide' : 'restore', id, reason]);
        return 'changed';
      });
    },
    async audit(limit = 200) {
      return (await all<AuditEntry>({ sql: auditQuery(dialect), params: [limit] })).map((row) => ({
        ...row,
        seq: Number(row.seq),
      }));
    },
    async claimOutbox(now, leaseUntil, limit) {
      const rows = await all<ClaimedDelivery>({
        sql: outboxClaim(dialect),
        params: [now.toISOString(), leaseUntil.toISOString(), limit],
      });
      return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
    },
    outboxDelivered: (seq, at) => execute(outboxDelivered(dialect), [seq, at.toISOString()]),
    outboxRetry: (seq, at, error) => execute(outboxRetry(dialect), [seq, at.toISOString(), error]),
    outboxFailed: (seq, at, error) => execute(outboxFailed(dialect), [seq, at.toISOString(), error]),
    async outboxCounts() {
      const { rows } = await pool.query<Record<string, string | null>>(outboxCounts());
      const row = rows[0] ?? {};
      return {
        pending: Number(row.pending ?? 0),
        delivered: Number(row.delivered ?? 0),
        failed: Number(row.failed ?? 0),
      };
    },
    async outboxFailures(limit) {
      const rows = await all<FailedDelivery>({ sql: outboxFailures(dialect), params: [limit] });
      return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
    },
    outboxResend: (seq, at) =>
      transaction(async (client) => {
        const { rows } = await client.query<{ url: string; body: string }>(outboxResend(dialect), [
          seq,
          at.toISOString(),
        ]);
        if (!rows[0]) return undefined;
        await client.query(receiverEnable(dialect), [rows[0].url]);
        return { body: rows[0].body };
      }),
    disableReceiver: (url, at, reason) => execute(receiverDisable(dialect), [url, at.toISOString(), reason]),
    disabledReceivers: () => all<DisabledReceiver>({ sql: receiversDisabled, params: [] }),
    async ping() {
      // A committed write, as a submission's would be: a read-only standby or a full disk fails it.
      await pool.query(
        'INSERT INTO health (id, checked_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at'
      );
    },
    async close() {
      await pool.end();
    },
  };
}
