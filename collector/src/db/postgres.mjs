import pg from 'pg';
import { migrations, rowFor } from './migrations.mjs';
import { newReceipt } from '../receipt.mjs';
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

const columns = Object.keys(rowFor({ rating: {}, subject: {} }, '', new Date(0)));
const BATCH_ROWS = Math.floor(65_535 / columns.length);
// Several instances may start at once: one advisory lock makes them migrate one after another.
const MIGRATION_LOCK = 727_001;

/** Timestamps as the SQLite store gives them: ISO strings. */
function isoTimes(row) {
  const copy = { ...row };
  for (const [name, value] of Object.entries(copy)) if (value instanceof Date) copy[name] = value.toISOString();
  return copy;
}

async function migrate(pool, schema) {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)'
    );
    const { rows } = await client.query('SELECT version FROM schema_migrations');
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

/**
 * PostgreSQL, for agencies running several collector instances: the database's unique key on the
 * payload id is what makes them behave as one (ON CONFLICT DO NOTHING, then read the first receipt),
 * and SKIP LOCKED lets their webhook senders share one outbox.
 * `schema` (optional) puts the tables in their own PostgreSQL schema, e.g. one per test run.
 */
export async function openPostgres(url, { schema, timeZone = 'UTC' } = {}) {
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await migrate(pool, schema);

  // timeZone was checked by checkTimeZone(): letters, digits and _/+- only.
  const dialect = {
    param: (n) => `$${n}`,
    time: (n) => `$${n}::timestamptz`,
    day: (column) => `to_char(${column} AT TIME ZONE '${timeZone}', 'YYYY-MM-DD')`,
    true: 'TRUE',
    false: 'FALSE',
    skipLocked: 'FOR UPDATE SKIP LOCKED',
  };
  const all = async ({ sql, params }) => (await pool.query(sql, params)).rows.map(isoTimes);

  const insertSql = `INSERT INTO submissions (${columns.join(', ')})
    VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
    ON CONFLICT (id) DO NOTHING RETURNING receipt`;

  /** Runs `work(client)` in one transaction on one pooled connection. */
  async function transaction(work) {
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

  async function insertOnce(db, payload, receivedAt, outbox) {
    const row = rowFor(payload, newReceipt(receivedAt, timeZone), receivedAt);
    const inserted = await db.query(
      insertSql,
      columns.map((column) => row[column])
    );
    if (inserted.rowCount === 1) {
      const receipt = inserted.rows[0].receipt;
      for (const entry of outbox?.(receipt) ?? []) {
        await db.query(
          outboxInsert(dialect),
          outboxColumns.map((column) => entry[column])
        );
      }
      return { created: true, receipt };
    }
    const existing = await db.query('SELECT receipt FROM submissions WHERE id = $1', [payload.id]);
    return { created: false, receipt: existing.rows[0].receipt };
  }

  async function insertAlone({ payload, receivedAt, outbox }) {
    for (let tries = 0; ; tries++) {
      try {
        return outbox
          ? await transaction((client) => insertOnce(client, payload, receivedAt, outbox))
          : await insertOnce(pool, payload, receivedAt);
      } catch (error) {
        // Another submission drew the same receipt today (1 in 32⁴): draw again.
        if (error.code === '23505' && error.constraint === 'submissions_receipt_key' && tries < 5) continue;
        throw error;
      }
    }
  }

  let waiting = [];
  function flushWaiting() {
    const batch = waiting;
    waiting = [];
    // PostgreSQL takes at most 65,535 parameters per statement.
    for (let start = 0; start < batch.length; start += BATCH_ROWS) insertBatch(batch.slice(start, start + BATCH_ROWS));
  }

  async function insertBatch(batch) {
    if (batch.length === 1) return insertAlone(batch[0]).then(batch[0].resolve, batch[0].reject);
    let created;
    let existing;
    try {
      const rows = batch.map(({ payload, receivedAt }) =>
        rowFor(payload, newReceipt(receivedAt, timeZone), receivedAt)
      );
      const values = rows
        .map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
        .join(', ');
      const inserted = await pool.query(
        `INSERT INTO submissions (${columns.join(', ')}) VALUES ${values}
          ON CONFLICT (id) DO NOTHING RETURNING id, receipt`,
        rows.flatMap((row) => columns.map((column) => row[column]))
      );
      created = new Map(inserted.rows.map((row) => [row.id, row.receipt]));
      const repeats = batch.map((item) => item.payload.id.toLowerCase()).filter((id) => !created.has(id));
      existing = new Map();
      if (repeats.length > 0) {
        const found = await pool.query('SELECT id, receipt FROM submissions WHERE id = ANY($1::uuid[])', [repeats]);
        for (const row of found.rows) existing.set(row.id, row.receipt);
      }
    } catch {
      // A receipt drawn twice, or one bad row: each on its own, so that it fails only itself.
      for (const item of batch) insertAlone(item).then(item.resolve, item.reject);
      return;
    }
    // The same id twice in one batch: the first is the one stored, the second a repeat.
    const answered = new Set();
    for (const item of batch) {
      const id = item.payload.id.toLowerCase();
      if (created.has(id) && !answered.has(id)) {
        answered.add(id);
        item.resolve({ created: true, receipt: created.get(id) });
      } else {
        item.resolve({ created: false, receipt: created.get(id) ?? existing.get(id) });
      }
    }
  }

  return {
    kind: 'postgres',
    /**
     * Stores a payload once per id. Submissions without notifications that arrive in one turn of
     * the event loop go in one multi-row statement (group commit: one commit, one WAL flush, for
     * them all); with notifications, each has its own transaction with its outbox rows.
     */
    insert(payload, { receivedAt = new Date(), outbox } = {}) {
      if (outbox) return insertAlone({ payload, receivedAt, outbox });
      return new Promise((resolve, reject) => {
        waiting.push({ payload, receivedAt, resolve, reject });
        if (waiting.length === 1) setImmediate(flushWaiting);
      });
    },
    async count() {
      const { rows } = await pool.query('SELECT COUNT(*)::int AS n FROM submissions');
      return rows[0].n;
    },
    async find(id) {
      const { rows } = await pool.query('SELECT * FROM submissions WHERE id = $1', [id]);
      return rows[0];
    },
    async stats(by, filters) {
      return (await all(statsQuery(dialect, by, filters))).map(statsRow);
    },
    async summary(filters) {
      return statsRow((await all(summaryQuery(dialect, filters)))[0]);
    },
    async board(tone, filters, limit) {
      return all(boardQuery(dialect, tone, filters, limit));
    },
    async choices(name, filters) {
      return all(choicesQuery(dialect, name, filters));
    },
    async exportRows(filters) {
      return all(exportQuery(dialect, filters));
    },
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
      return all({ sql: auditQuery(dialect), params: [limit] });
    },
    async claimOutbox(now, leaseUntil, limit) {
      return (
        await all({ sql: outboxClaim(dialect), params: [now.toISOString(), leaseUntil.toISOString(), limit] })
      ).map((row) => ({ ...row, seq: Number(row.seq) }));
    },
    async outboxDelivered(seq, at) {
      await pool.query(outboxDelivered(dialect), [seq, at.toISOString()]);
    },
    async outboxRetry(seq, at, error) {
      await pool.query(outboxRetry(dialect), [seq, at.toISOString(), error]);
    },
    async outboxFailed(seq, at, error) {
      await pool.query(outboxFailed(dialect), [seq, at.toISOString(), error]);
    },
    async outboxCounts() {
      const { rows } = await pool.query(outboxCounts());
      return {
        pending: Number(rows[0].pending ?? 0),
        delivered: Number(rows[0].delivered ?? 0),
        failed: Number(rows[0].failed ?? 0),
      };
    },
    async close() {
      await pool.end();
    },
  };
}
