// Collector settings: command-line flags win over environment variables, which win over the
// defaults. `settings` below is the one list of them: `--help` prints it, and a test checks that
// collector/README.md documents every one.
import { parseArgs } from 'node:util';
import { CONTACT_RETENTION_YEARS } from 'courtesy-feedback/server.js';
import { accountNameProblem } from './lib/account-name.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './lib/password.js';
import { contactKey, type ContactKey } from './lib/contact-seal.js';
import { checkTimeZone } from './lib/time-zone.js';
import { koreanHolidays } from './lib/working-days.js';
import { checkSecret, parseWebhookSecrets } from './webhooks/sign.js';

/** How far to believe X-Forwarded-For: not at all, every hop, a number of hops, or these proxy addresses. */
export type TrustProxy = boolean | number | string[];

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface Config {
  port: number;
  host: string;
  /** A SQLite file path, or a postgres:// URL for several instances sharing one database. */
  databaseUrl: string;
  /** Origins allowed to post cross-origin (CORS); same-origin pages need no entry. */
  allowedOrigins: string[];
  /** Request headers a cross-origin page may send besides the widget's own. */
  allowedHeaders: string[];
  /** Largest request body in bytes; the widget's payloads are a few KB. */
  bodyLimit: number;
  /** Submissions per client address per minute. */
  rateLimit: number;
  /** Shares the rate limits between instances; unset keeps them in each instance's memory. */
  redisUrl: string | undefined;
  trustProxy: TrustProxy;
  /** A manager account created, or given this password, at start; others come from `user add`. */
  adminUser: string | undefined;
  adminPassword: string | undefined;
  /** A dashboard session ends after this long without a request… */
  sessionIdleTimeoutMs: number;
  /** …and this long after its sign-in, however busy. */
  sessionMaxAgeMs: number;
  /** The zone whose calendar days the reports, the dashboard and the period filters use. */
  timeZone: string;
  /** Receivers of praise (a top rating with a comment). */
  praiseWebhooks: string[];
  /** Receivers of low ratings (lower half of the scale). */
  lowRatingWebhooks: string[];
  /** A receiver's own signing keys (the newest first), given after its URL; by URL. */
  receiverSecrets: Record<string, string[]>;
  /** The keys that sign for every receiver without its own; required when one has none. */
  webhookSecret: string | undefined;
  /** Attempts per notification before it is marked failed; retries back off from 2 s to 2 h. */
  webhookMaxAttempts: number;
  webhookRetryBaseMs: number;
  webhookRetryMaxMs: number;
  /** How long a webhook receiver may take to answer. */
  webhookTimeoutMs: number;
  logLevel: LogLevel;
  /** How long a stop may wait for requests under way before the process ends anyway. */
  shutdownTimeoutMs: number;
  /** How long a client may take to send one whole request (headers and body). */
  requestTimeoutMs: number;
  /** How long a kept-alive connection may sit idle between requests. */
  keepAliveTimeoutMs: number;
  /** Seal contact details and derive check codes; the first seals, all open. None: no follow-up. */
  contactKeys: ContactKey[];
  /** Days contact details are kept after their case is closed (the consent notice says one year). */
  contactRetentionDays: number;
  /** Working days within which a case is to be acknowledged, and answered. */
  acknowledgeWorkingDays: number;
  answerWorkingDays: number;
  /** Days after which an answer the visitor did not rate closes by itself. */
  closeUnratedAfterDays: number;
  /** Days not worked besides weekends (YYYY-MM-DD). */
  holidays: string[];
  /** Where answers are mailed from: smtp(s)://user:password@host:port, and the From address. */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** Receivers told when a case is answered (case.answered). */
  caseWebhooks: string[];
  /** The collector's public address, for the status link in a receipt; unset: the request's own. */
  publicUrl: string | undefined;
  /** Receipt lookups (and status-page actions) per client address per minute. */
  lookupRateLimit: number;
  /** How often the collector closes unrated answers and purges expired contact details. */
  housekeepingIntervalMs: number;
}

export const defaults: Config = {
  port: 8787,
  host: '127.0.0.1',
  databaseUrl: '.data/feedback.sqlite',
  allowedOrigins: [],
  allowedHeaders: [],
  bodyLimit: 64 * 1024,
  rateLimit: 60,
  redisUrl: undefined,
  trustProxy: false,
  adminUser: undefined,
  adminPassword: undefined,
  // ASVS 3.3.2 (level 2): 30 minutes idle, 12 hours at most.
  sessionIdleTimeoutMs: 30 * 60_000,
  sessionMaxAgeMs: 12 * 60 * 60_000,
  timeZone: 'Asia/Seoul',
  praiseWebhooks: [],
  lowRatingWebhooks: [],
  receiverSecrets: {},
  webhookSecret: undefined,
  // 36 attempts, from 2 s doubling up to 2 h, each at least half its ceiling: over a day at the least.
  webhookMaxAttempts: 36,
  webhookRetryBaseMs: 2000,
  webhookRetryMaxMs: 2 * 60 * 60 * 1000,
  webhookTimeoutMs: 10_000,
  logLevel: 'info',
  shutdownTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  // Longer than a proxy's own idle timeout (nginx's 60 s), so that the proxy, not the collector,
  // closes an idle upstream connection and never sends on one being closed.
  keepAliveTimeoutMs: 72_000,
  contactKeys: [],
  contactRetentionDays: 365 * CONTACT_RETENTION_YEARS,
  acknowledgeWorkingDays: 1,
  answerWorkingDays: 7,
  closeUnratedAfterDays: 14,
  holidays: koreanHolidays,
  smtpUrl: undefined,
  mailFrom: undefined,
  caseWebhooks: [],
  publicUrl: undefined,
  lookupRateLimit: 10,
  housekeepingIntervalMs: 60 * 60_000,
};

const list = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  }
  return number;
}

/**
 * A comma list of receivers, each a URL and, after a space, its own signing keys (several during a
 * rotation, the newest first): `https://a.example/hook whsec_…, https://b.example/in`.
 */
function webhookReceivers(config: Config, name: string, value: string): string[] {
  return list(value).map((item, index) => {
    const [address = '', ...secrets] = item.split(/\s+/);
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new Error(`${name} must be a comma-separated list of http(s) URLs, got an entry that is not a URL`);
    }
    // The entry itself is not repeated: a chat hook's address is its secret.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`${name} must be a comma-separated list of http(s) URLs, got a ${url.protocol} address`);
    }
    if (secrets.length > 0) {
      config.receiverSecrets[url.href] = secrets.map((secret, at) =>
        checkSecret(secret, `${name} entry ${index + 1}, secret ${at + 1}`)
      );
    }
    return url.href;
  });
}

function checkPassword(name: string, value: string): string {
  const problem = passwordProblem(value);
  if (problem) throw new Error(`${name}: ${problem}`);
  return value;
}

function checkAccountName(name: string, value: string): string {
  const problem = accountNameProblem(value);
  if (problem) throw new Error(`${name}: ${problem}`);
  return value;
}

function holidays(value: string): string[] {
  const days = list(value);
  const wrong = days.find((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)));
  if (wrong !== undefined) throw new Error(`holidays must be a comma list of YYYY-MM-DD days, got "${wrong}"`);
  return days;
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must be an http(s) URL`);
  return url.href.replace(/\/$/, '');
}

function smtpUrl(value: string): string {
  if (!/^smtps?:\/\/[^/]+/.test(value)) {
    throw new Error('smtp-url must look like smtp://user:password@mail.example.go.kr:587 (or smtps:// for port 465)');
  }
  return value;
}

function trustProxy(value: string): TrustProxy {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return positiveInteger('trust-proxy', value);
  const addresses = list(value);
  if (addresses.length === 0)
    throw new Error('trust-proxy must be true, false, a number of hops or a list of addresses');
  return addresses;
}

function logLevel(value: string): LogLevel {
  if (!(logLevels as readonly string[]).includes(value)) {
    throw new Error(`log-level must be one of ${logLevels.join(', ')}, got "${value}"`);
  }
  return value as LogLevel;
}

interface Setting {
  flag: string;
  env: string;
  /** The default as the README and --help say it. */
  shown: string;
  help: string;
  apply(config: Config, value: string): void;
}

/** Every setting, in the order --help and the README list them. */
export const settings: Setting[] = [
  {
    flag: 'port',
    env: 'PORT',
    shown: '8787',
    help: 'TCP port',
    apply: (c, v) => (c.port = positiveInteger('port', v)),
  },
  { flag: 'host', env: 'HOST', shown: '127.0.0.1', help: 'address to listen on', apply: (c, v) => (c.host = v) },
  {
    flag: 'database-url',
    env: 'DATABASE_URL',
    shown: '.data/feedback.sqlite',
    help: 'a SQLite file path, or a postgres:// URL',
    apply: (c, v) => (c.databaseUrl = v),
  },
  {
    flag: 'allowed-origins',
    env: 'ALLOWED_ORIGINS',
    shown: 'none',
    help: 'comma list of origins allowed to post cross-origin (CORS); same-origin pages need no entry',
    apply: (c, v) => (c.allowedOrigins = list(v)),
  },
  {
    flag: 'allowed-headers',
    env: 'ALLOWED_HEADERS',
    shown: 'none',
    help: "request headers allowed besides the widget's own (e.g. those of its `headers` property)",
    apply: (c, v) => (c.allowedHeaders = list(v)),
  },
  {
    flag: 'body-limit',
    env: 'BODY_LIMIT',
    shown: '65536',
    help: 'largest body in bytes (413 above it)',
    apply: (c, v) => (c.bodyLimit = positiveInteger('body-limit', v)),
  },
  {
    flag: 'rate-limit',
    env: 'RATE_LIMIT',
    shown: '60',
    help: 'submissions per client address per minute (429 with Retry-After above it)',
    apply: (c, v) => (c.rateLimit = positiveInteger('rate-limit', v)),
  },
  {
    flag: 'redis-url',
    env: 'REDIS_URL',
    shown: 'none',
    help: 'a redis:// URL: instances then share their rate limits; unset, each counts in its own memory',
    apply: (c, v) => (c.redisUrl = v),
  },
  {
    flag: 'trust-proxy',
    env: 'TRUST_PROXY',
    shown: 'false',
    help: 'behind a reverse proxy: true, a number of proxy hops, or a comma list of proxy addresses, so that the client address comes from X-Forwarded-For',
    apply: (c, v) => (c.trustProxy = trustProxy(v)),
  },
  {
    flag: 'admin-user',
    env: 'ADMIN_USER',
    shown: 'none',
    help: 'a manager account (role manager) that start-up creates, or gives ADMIN_PASSWORD; add the others with `user add`',
    apply: (c, v) => (c.adminUser = checkAccountName('admin-user', v)),
  },
  {
    flag: 'admin-password',
    env: 'ADMIN_PASSWORD',
    shown: 'none',
    help: `its password, ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
    apply: (c, v) => (c.adminPassword = checkPassword('admin-password', v)),
  },
  {
    flag: 'session-idle-timeout',
    env: 'SESSION_IDLE_TIMEOUT',
    shown: '1800',
    help: 'seconds without a request after which a dashboard session ends',
    apply: (c, v) => (c.sessionIdleTimeoutMs = positiveInteger('session-idle-timeout', v) * 1000),
  },
  {
    flag: 'session-max-age',
    env: 'SESSION_MAX_AGE',
    shown: '43200',
    help: 'seconds after signing in at which a dashboard session ends however busy (12 hours)',
    apply: (c, v) => (c.sessionMaxAgeMs = positiveInteger('session-max-age', v) * 1000),
  },
  {
    flag: 'time-zone',
    env: 'TIME_ZONE',
    shown: 'Asia/Seoul',
    help: 'IANA zone whose calendar days the reports, filters and dashboard use',
    apply: (c, v) => (c.timeZone = checkTimeZone(v)),
  },
  {
    flag: 'praise-webhooks',
    env: 'PRAISE_WEBHOOKS',
    shown: 'none',
    help: 'comma list of URLs told of praise (a top rating with a comment), each optionally followed by its own signing keys after a space: `https://a.example/hook whsec_…`',
    apply: (c, v) => (c.praiseWebhooks = webhookReceivers(c, 'praise-webhooks', v)),
  },
  {
    flag: 'low-rating-webhooks',
    env: 'LOW_RATING_WEBHOOKS',
    shown: 'none',
    help: 'comma list of URLs told of low ratings (the lower half of the scale), each optionally followed by its own signing keys, as above',
    apply: (c, v) => (c.lowRatingWebhooks = webhookReceivers(c, 'low-rating-webhooks', v)),
  },
  {
    flag: 'webhook-secret',
    env: 'WEBHOOK_SECRET',
    shown: 'none',
    help: 'signing keys for every receiver without its own (then required): a comma list (the newest first; all sign during a rotation) of Standard Webhooks whsec_… secrets of 24+ random bytes, or texts of 32+ characters',
    apply: (c, v) => (c.webhookSecret = v),
  },
  {
    flag: 'webhook-max-attempts',
    env: 'WEBHOOK_MAX_ATTEMPTS',
    shown: '36',
    help: 'attempts per notification before it is marked failed (36 spread the retries over more than a day)',
    apply: (c, v) => (c.webhookMaxAttempts = positiveInteger('webhook-max-attempts', v)),
  },
  {
    flag: 'webhook-timeout',
    env: 'WEBHOOK_TIMEOUT',
    shown: '10',
    help: 'seconds a receiver may take to answer',
    apply: (c, v) => (c.webhookTimeoutMs = positiveInteger('webhook-timeout', v) * 1000),
  },
  {
    flag: 'log-level',
    env: 'LOG_LEVEL',
    shown: 'info',
    help: `JSON log lines on standard output from this level up: ${logLevels.join(', ')}`,
    apply: (c, v) => (c.logLevel = logLevel(v)),
  },
  {
    flag: 'shutdown-timeout',
    env: 'SHUTDOWN_TIMEOUT',
    shown: '10',
    help: 'seconds a stop (SIGTERM, SIGINT) waits for requests under way before the process ends anyway',
    apply: (c, v) => (c.shutdownTimeoutMs = positiveInteger('shutdown-timeout', v) * 1000),
  },
  {
    flag: 'request-timeout',
    env: 'REQUEST_TIMEOUT',
    shown: '30',
    help: 'seconds a client may take to send a whole request (headers within 10 s); a body sent a byte at a time is cut off then',
    apply: (c, v) => (c.requestTimeoutMs = positiveInteger('request-timeout', v) * 1000),
  },
  {
    flag: 'keep-alive-timeout',
    env: 'KEEP_ALIVE_TIMEOUT',
    shown: '72',
    help: "seconds a kept-alive connection may sit idle between requests (keep it above a proxy's own, nginx's 60)",
    apply: (c, v) => (c.keepAliveTimeoutMs = positiveInteger('keep-alive-timeout', v) * 1000),
  },
  {
    flag: 'contact-key',
    env: 'CONTACT_KEY',
    shown: 'none',
    help: 'seals contact details at rest (AES-256-GCM) and makes the check codes of receipts: 32 random bytes in base64 (`openssl rand -base64 32`); a comma list during a rotation, the new key first. Unset: contact details are not kept and receipts carry no check',
    apply: (c, v) => (c.contactKeys = list(v).map(contactKey)),
  },
  {
    flag: 'contact-retention-days',
    env: 'CONTACT_RETENTION_DAYS',
    shown: String(365 * CONTACT_RETENTION_YEARS),
    help: `days contact details are kept after their case is closed, then deleted by the collector itself: by default what the widget's consent notice says (${CONTACT_RETENTION_YEARS} year); change both together`,
    apply: (c, v) => (c.contactRetentionDays = positiveInteger('contact-retention-days', v)),
  },
  {
    flag: 'acknowledge-working-days',
    env: 'ACKNOWLEDGE_WORKING_DAYS',
    shown: '1',
    help: 'working days within which a case is to be acknowledged (weekends and holidays do not count)',
    apply: (c, v) => (c.acknowledgeWorkingDays = positiveInteger('acknowledge-working-days', v)),
  },
  {
    flag: 'answer-working-days',
    env: 'ANSWER_WORKING_DAYS',
    shown: '7',
    help: 'working days within which a case is to be answered',
    apply: (c, v) => (c.answerWorkingDays = positiveInteger('answer-working-days', v)),
  },
  {
    flag: 'close-unrated-after-days',
    env: 'CLOSE_UNRATED_AFTER_DAYS',
    shown: '14',
    help: 'days after which an answer the visitor has not rated closes by itself (the retention then begins)',
    apply: (c, v) => (c.closeUnratedAfterDays = positiveInteger('close-unrated-after-days', v)),
  },
  {
    flag: 'holidays',
    env: 'HOLIDAYS',
    shown: 'Korean public holidays of 2026–2027',
    help: 'comma list of YYYY-MM-DD days that are not worked besides weekends (substitute and election days included)',
    apply: (c, v) => (c.holidays = holidays(v)),
  },
  {
    flag: 'smtp-url',
    env: 'SMTP_URL',
    shown: 'none',
    help: 'mail server that sends answers to visitors who left an e-mail address: smtp://user:password@host:587 (STARTTLS) or smtps://…:465',
    apply: (c, v) => (c.smtpUrl = smtpUrl(v)),
  },
  {
    flag: 'mail-from',
    env: 'MAIL_FROM',
    shown: 'none',
    help: 'the From address of those mails, e.g. "민원여권과 <no-reply@example.go.kr>" (required with smtp-url)',
    apply: (c, v) => (c.mailFrom = v),
  },
  {
    flag: 'case-webhooks',
    env: 'CASE_WEBHOOKS',
    shown: 'none',
    help: 'comma list of URLs told when a case is answered (case.answered), each optionally followed by its own signing keys, as above',
    apply: (c, v) => (c.caseWebhooks = webhookReceivers(c, 'case-webhooks', v)),
  },
  {
    flag: 'public-url',
    env: 'PUBLIC_URL',
    shown: "the request's own",
    help: "the collector's public address, for the status link given with a receipt (set it behind a proxy that rewrites Host)",
    apply: (c, v) => (c.publicUrl = httpUrl('public-url', v)),
  },
  {
    flag: 'lookup-rate-limit',
    env: 'LOOKUP_RATE_LIMIT',
    shown: '10',
    help: 'receipt lookups and status-page actions per client address per minute (what keeps check codes from being guessed)',
    apply: (c, v) => (c.lookupRateLimit = positiveInteger('lookup-rate-limit', v)),
  },
];

/** Reads flags (`--port 9000`) and environment variables (`PORT=9000`); throws a clear error on bad input. */
export function readConfig(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Config {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(settings.map((setting) => [setting.flag, { type: 'string' as const }])),
    strict: true,
  });
  const config: Config = { ...defaults, receiverSecrets: {} };
  for (const setting of settings) {
    const value = (values[setting.flag] as string | undefined) ?? env[setting.env];
    if (value !== undefined && value !== '') setting.apply(config, value);
  }
  checkWebhookSecret(config);
  if ((config.smtpUrl === undefined) !== (config.mailFrom === undefined)) {
    throw new Error('smtp-url (SMTP_URL) and mail-from (MAIL_FROM) go together; set both or neither');
  }
  if ((config.adminUser === undefined) !== (config.adminPassword === undefined)) {
    throw new Error('admin-user (ADMIN_USER) and admin-password (ADMIN_PASSWORD) go together; set both or neither');
  }
  return config;
}

/** Webhooks are never sent unsigned: a receiver could not tell them from a forgery. */
export function checkWebhookSecret(config: Config): void {
  const unkeyed = [...config.praiseWebhooks, ...config.lowRatingWebhooks, ...config.caseWebhooks].filter(
    (url) => !config.receiverSecrets[url]?.length
  );
  if (unkeyed.length === 0) return;
  if (!config.webhookSecret || parseWebhookSecrets(config.webhookSecret).length === 0) {
    throw new Error(
      'webhook-secret (WEBHOOK_SECRET) is required when a webhook has no secret of its own after its URL'
    );
  }
}

/** The settings as --help prints them. */
export function settingsHelp(): string {
  return settings
    .map((setting) => `  --${setting.flag} <value>   ${setting.env}, default ${setting.shown}\n      ${setting.help}`)
    .join('\n');
}
