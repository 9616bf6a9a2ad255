import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrations, rowFor } from './migrations.mjs';
import { newReceipt } from '../receipt.mjs';
import { exportQuery, statsQuery, statsRow } from './queries.mjs';

const dialect = { param: () => '?', day: (column) => `substr(${column}, 1, 10)` };

const columns = Object.keys(rowFor({ rating: {}, subject: {} }, '', new Date(0)));

/** The embedded default: one SQLite file, written through one connection in WAL mode. */
export function openSqlite(path) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');

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

  const insert = db.prepare(
    `INSERT INTO submissions (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')}) ON CONFLICT(id) DO NOTHING`
  );
  const receiptOf = db.prepare('SELECT receipt FROM submissions WHERE id = ?').pluck();

  return {
    kind: 'sqlite',
    /** Stores a payload once per id: `created` false and the first receipt for a repeat. */
    async insert(payload, receivedAt = new Date()) {
      for (let tries = 0; ; tries++) {
        try {
          const result = insert.run(rowFor(payload, newReceipt(receivedAt), receivedAt));
          if (result.changes === 1) return { created: true, receipt: receiptOf.get(payload.id) };
          return { created: false, receipt: receiptOf.get(payload.id) };
        } catch (error) {
          // Another submission drew the same receipt today (1 in 32⁴): draw again.
          if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' && /receipt/.test(error.message) && tries < 5) continue;
          throw error;
        }
      }
    },
    async count() {
      return db.prepare('SELECT COUNT(*) FROM submissions').pluck().get();
    },
    async find(id) {
      return db.prepare('SELECT * FROM submissions WHERE id = ?').get(id);
    },
    /** Kindness index and counts per group, received in [from, to). */
    async stats(by, from, to) {
      return db.prepare(statsQuery(dialect, by)).all(from.toISOString(), to.toISOString()).map(statsRow);
    },
    /** Every submission received in [from, to), oldest first, hidden comments blanked. */
    async exportRows(from, to) {
      return db
        .prepare(exportQuery(dialect))
        .all(from.toISOString(), to.toISOString())
        .map((row) => ({ ...row, hidden: Boolean(row.hidden) }));
    },
    async close() {
      db.close();
    },
  };
}
