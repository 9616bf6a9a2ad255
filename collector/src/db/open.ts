import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { FeedbackStore, StoreOptions } from './store.js';

/** Whether a database setting names PostgreSQL rather than a SQLite file. */
export const isPostgresUrl = (databaseUrl: string): boolean => /^postgres(ql)?:\/\//.test(databaseUrl);

/** A `postgres://` (or `postgresql://`) URL opens PostgreSQL; anything else is a SQLite file path. */
export async function openStore(databaseUrl: string, options: StoreOptions = {}): Promise<FeedbackStore> {
  return isPostgresUrl(databaseUrl) ? openPostgres(databaseUrl, options) : openSqlite(databaseUrl, options);
}
