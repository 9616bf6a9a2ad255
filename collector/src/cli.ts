#!/usr/bin/env node
// The `courtesy-feedback-collector` command: `serve` (the default), `migrate`, `--help`, `--version`.
// A problem with a setting or the database ends it with one line that names the setting, never a
// stack trace.
import { readConfig, settingsHelp } from './config.js';
import { isPostgresUrl, openStore } from './db/open.js';
import { serve } from './serve.js';
import { version } from './version.js';

const commands = ['serve', 'migrate'] as const;
type Command = (typeof commands)[number];

const usage = `courtesy-feedback-collector ${version}: receives courtesy-feedback submissions and shows them to managers.

Usage: courtesy-feedback-collector [serve|migrate] [--setting value …]
  serve     run the collector (the default)
  migrate   bring the database's tables up to date, then end
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
