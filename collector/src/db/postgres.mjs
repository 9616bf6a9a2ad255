import pg from 'pg';
import { migrations, rowFor } from './migrations.mjs';
import { newReceipt } from '../receipt.mjs';
import { exportQuery, statsQuery, statsRow } from './queries.mjs';

const dialect = {
  param: (n) => `$${n}::timestamptz`,
  day: (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
};

const columns = Object.keys(rowFor({ rating: {}, subject: {} }, '', new Date(0)));
// Several instances may start at once: one advisory lock makes them migrate one after another.
const MIGRATION_LOCK = 727_001;

/**
 * PostgreSQL, for agencies running several collector instances: the database's unique key on the
 * payload id is what makes them behave as one (ON CONFLICT DO NOTHING, then read the first receipt).
 * `schema` (optional) puts the tables in their own PostgreSQL schema, e.g. one per test run.
 */
export async function openPostgres(url, { schema } = {}) {
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
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

  const insertSql = `INSERT INTO submissions (${columns.join(', ')})
    VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
    ON CONFLICT (id) DO NOTHING RETURNING receipt`;

  return {
    kind: 'postgres',
    async insert(payload, receivedAt = new Date()) {
      for (let tries = 0; ; tries++) {
        const row = rowFor(payload, newReceipt(receivedAt), receivedAt);
        try {
          const inserted = await pool.query(
            insertSql,
            columns.map((column) => row[column])
          );
          if (inserted.rowCount === 1) return { created: true, receipt: inserted.rows[0].receipt };
          const existing = await pool.query('SELECT receipt FROM submissions WHERE id = $1', [payload.id]);
          return { created: false, receipt: existing.rows[0].receipt };
        } catch (error) {
          if (error.code === '23505' && error.constraint === 'submissions_receipt_key' && tries < 5) continue;
          throw error;
        }
      }
    },
    async count() {
      const { rows } = await pool.query('SELECT COUNT(*)::int AS n FROM submissions');
      return rows[0].n;
    },
    async find(id) {
      const { rows } = await pool.query('SELECT * FROM submissions WHERE id = $1', [id]);
      return rows[0];
    },
    async stats(by, from, to) {
      const { rows } = await pool.query(statsQuery(dialect, by), [from.toISOString(), to.toISOString()]);
      return rows.map(statsRow);
    },
    async exportRows(from, to) {
      const { rows } = await pool.query(exportQuery(dialect), [from.toISOString(), to.toISOString()]);
      return rows.map((row) => ({
        ...row,
        received_at: row.received_at.toISOString(),
        created_at: row.created_at.toISOString(),
      }));
    },
    async close() {
      await pool.end();
    },
  };
}
