// Collector configuration: command-line flags win over environment variables, which win over the
// defaults below. Every setting is listed in collector/README.md.
import { parseArgs } from 'node:util';
import { checkTimeZone } from './time-zone.mjs';

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
  /** The zone whose calendar days the reports, the dashboard and the period filters use. */
  timeZone: 'Asia/Seoul',
  /** Receivers of praise (a top rating with a comment), e.g. a bot that passes it on to the staff member. */
  praiseWebhooks: [],
  /** Receivers of low ratings (lower half of the scale), for a prompt response to the visitor's experience. */
  lowRatingWebhooks: [],
  /** The HMAC-SHA256 key that signs every webhook; required when any webhook is set. */
  webhookSecret: undefined,
  /** Attempts per notification before it is marked failed; retries back off from 2 s to 1 h. */
  webhookMaxAttempts: 12,
  webhookRetryBaseMs: 2000,
  webhookRetryMaxMs: 60 * 60 * 1000,
  /** How long a webhook receiver may take to answer (the flag is in seconds). */
  webhookTimeoutMs: 10_000,
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
  'time-zone': { type: 'string', env: 'TIME_ZONE' },
  'praise-webhooks': { type: 'string', env: 'PRAISE_WEBHOOKS' },
  'low-rating-webhooks': { type: 'string', env: 'LOW_RATING_WEBHOOKS' },
  'webhook-secret': { type: 'string', env: 'WEBHOOK_SECRET' },
  'webhook-max-attempts': { type: 'string', env: 'WEBHOOK_MAX_ATTEMPTS' },
  'webhook-timeout': { type: 'string', env: 'WEBHOOK_TIMEOUT' },
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
  if (raw('time-zone')) config.timeZone = checkTimeZone(raw('time-zone'));
  if (raw('praise-webhooks')) config.praiseWebhooks = webhookUrls('praise-webhooks', raw('praise-webhooks'));
  if (raw('low-rating-webhooks')) {
    config.lowRatingWebhooks = webhookUrls('low-rating-webhooks', raw('low-rating-webhooks'));
  }
  if (raw('webhook-secret')) config.webhookSecret = raw('webhook-secret');
  if (raw('webhook-max-attempts') !== undefined) {
    config.webhookMaxAttempts = positiveInteger('webhook-max-attempts', raw('webhook-max-attempts'));
  }
  if (raw('webhook-timeout') !== undefined) {
    config.webhookTimeoutMs = positiveInteger('webhook-timeout', raw('webhook-timeout')) * 1000;
  }
  checkWebhookSecret(config);
  return config;
}

function webhookUrls(name, value) {
  return list(value).map((item) => {
    let url;
    try {
      url = new URL(item);
    } catch {
      throw new Error(`${name} must be a comma-separated list of http(s) URLs, got "${item}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`${name} must be a comma-separated list of http(s) URLs, got "${item}"`);
    }
    return url.href;
  });
}

/** Webhooks are never sent unsigned: a receiver could not tell them from a forgery. */
export function checkWebhookSecret(config) {
  const anyWebhook = config.praiseWebhooks.length > 0 || config.lowRatingWebhooks.length > 0;
  if (anyWebhook && (!config.webhookSecret || config.webhookSecret.length < 16)) {
    throw new Error('webhook-secret (WEBHOOK_SECRET) of at least 16 characters is required when a webhook is set');
  }
}
