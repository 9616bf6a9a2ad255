#!/usr/bin/env node
// The `courtesy-feedback-collector` command: `serve` (the default), `migrate`, `user …`, `--help`,
// `--version`.
// A problem with a setting or the database ends it with one line that names the setting, never a
// stack trace.
import { readConfig, settingsHelp } from './config.js';
import { isPostgresUrl, openStore } from './db/open.js';
import { serve } from './serve.js';
import { version } from './version.js';
import type { Role } from './db/accounts.js';
import type { FeedbackStore } from './db/store.js';
import { runUserCommand, takeRole, UsageError, userUsage } from './user-command.js';

const commands = ['serve', 'migrate', 'user'] as const;
type Command = (typeof commands)[number];

const usage = `courtesy-feedback-collector ${version}: receives courtesy-feedback submissions and shows them to managers.

Usage: courtesy-feedback-collector [serve|migrate|user …] [--setting value …]
  serve     run the collector (the default)
  migrate   bring the database's tables up to date, then end
${userUsage}
  --help    this text
  --version the version

Every setting is a flag or an environment variable (flags win):
${settingsHelp()}
`;

function fail(message: string, code: number): never {
  console.error(`courtesy-feedback-collector: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage);
  process.exit(0);
}
if (args.includes('--version')) {
  console.log(version);
  process.exit(0);
}
const command: Command = commands.includes(args[0] as Command) ? (args.shift() as Command) : 'serve';
// `user VERB NAME`: the words before the first setting.
const words: string[] = [];
let role: Role = 'manager';
if (command === 'user') {
  try {
    const taken = takeRole(args);
    role = taken.role;
    args.splice(0, args.length, ...taken.rest);
  } catch (error) {
    fail((error as Error).message, 2);
  }
  while (args[0] !== undefined && !args[0].startsWith('-')) words.push(args.shift()!);
}
if (args[0] !== undefined && !args[0].startsWith('-')) fail(`unknown command "${args[0]}"; try --help`, 2);

let config;
try {
  config = readConfig(args);
} catch (error) {
  fail(`${(error as Error).message} (see --help)`, 2);
}

/** Where the database is, without the password a URL may carry. */
function databaseName(url: string): string {
  if (!isPostgresUrl(url)) return url;
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.href;
}

if (command === 'user') {
  let store: FeedbackStore;
  try {
    store = await openStore(config.databaseUrl, { timeZone: config.timeZone });
  } catch (error) {
    fail(`cannot use the database ${databaseName(config.databaseUrl)} (DATABASE_URL): ${(error as Error).message}`, 1);
  }
  try {
    console.log(await runUserCommand(store, words[0], words.slice(1), role));
  } catch (error) {
    if (error instanceof UsageError) fail(error.message, 2);
    fail(`cannot use the database ${databaseName(config.databaseUrl)} (DATABASE_URL): ${(error as Error).message}`, 1);
  } finally {
    await store.close();
  }
  process.exit(0);
}

try {
  if (command === 'migrate') {
    const store = await openStore(config.databaseUrl, { timeZone: config.timeZone });
    await store.close();
    console.log(`courtesy-feedback-collector: ${databaseName(config.databaseUrl)} is up to date`);
  } else {
    await serve(config);
  }
} catch (error) {
  fail(`cannot use the database ${databaseName(config.databaseUrl)} (DATABASE_URL): ${(error as Error).message}`, 1);
}
