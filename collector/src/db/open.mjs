import { openPostgres } from './postgres.mjs';
import { openSqlite } from './sqlite.mjs';

/**
 * A `postgres://` (or `postgresql://`) URL opens PostgreSQL; anything else is a SQLite file path.
 * `timeZone` is the zone whose calendar days the reports use.
 */
export function openStore(databaseUrl, options = {}) {
  return /^postgres(ql)?:\/\//.test(databaseUrl)
    ? openPostgres(databaseUrl, options)
    : openSqlite(databaseUrl, options);
}
