// Collector configuration: command-line flags win over environment variables, which win over the
// defaults below. Every setting is listed in collector/README.md.
import { parseArgs } from 'node:util';

export const defaults = {
  port: 8787,
  host: '127.0.0.1',
  /** A SQLite file path, or a postgres:// URL for several instances sharing one database. */
  databaseUrl: '.data/feedback.sqlite',
  /** Origins allowed to post cross-origin (CORS); same-origin pages need no entry. */
  allowedOrigins: [],
  /** Request headers a cross-origin page may send besides the widget's own. */
  allowedHeaders: [],
  /** Largest request body in bytes; the widget's payloads are a few KB. */
  bodyLimit: 64 * 1024,
  /** Submissions per client address per minute. */
  rateLimit: 60,
  /** Manager credentials for the stats API and CSV export (HTTP Basic); unset disables them. */
  adminUser: undefined,
  adminPassword: undefined,
};

const options = {
  port: { type: 'string', env: 'PORT' },
  host: { type: 'string', env: 'HOST' },
  'database-url': { type: 'string', env: 'DATABASE_URL' },
  'allowed-origins': { type: 'string', env: 'ALLOWED_ORIGINS' },
  'allowed-headers': { type: 'string', env: 'ALLOWED_HEADERS' },
  'body-limit': { type: 'string', env: 'BODY_LIMIT' },
  'rate-limit': { type: 'string', env: 'RATE_LIMIT' },
  'admin-user': { type: 'string', env: 'ADMIN_USER' },
  'admin-password': { type: 'string', env: 'ADMIN_PASSWORD' },
};

const list = (value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function positiveInteger(name, value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return number;
}

/** Reads flags (`--port 9000`) and environment variables (`PORT=9000`); throws a clear error on bad input. */
export function readConfig(argv = process.argv.slice(2), env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(Object.entries(options).map(([name, { type }]) => [name, { type }])),
    strict: true,
  });
  const raw = (name) => values[name] ?? env[options[name].env];
  const config = { ...defaults };
  if (raw('port') !== undefined) config.port = positiveInteger('port', raw('port'));
  if (raw('host')) config.host = raw('host');
  if (raw('database-url')) config.databaseUrl = raw('database-url');
  if (raw('allowed-origins')) config.allowedOrigins = list(raw('allowed-origins'));
  if (raw('allowed-headers')) config.allowedHeaders = list(raw('allowed-headers'));
  if (raw('body-limit') !== undefined) config.bodyLimit = positiveInteger('body-limit', raw('body-limit'));
  if (raw('rate-limit') !== undefined) config.rateLimit = positiveInteger('rate-limit', raw('rate-limit'));
  if (raw('admin-user')) config.adminUser = raw('admin-user');
  if (raw('admin-password')) config.adminPassword = raw('admin-password');
  return config;
}
