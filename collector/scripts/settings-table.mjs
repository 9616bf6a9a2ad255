// The README's table of settings, made from `settings` in src/config.ts (the list --help prints),
// so that the two cannot disagree: `node scripts/settings-table.mjs` rewrites it in README.md,
// `--check` fails when it differs (test/cli.test.mjs runs the check). Needs dist/ built.
import { readFileSync, writeFileSync } from 'node:fs';
import { settings } from '../dist/config.js';

const readmeUrl = new URL('../README.md', import.meta.url);

/** `none` stays a word; a value is code. Backticks in help become code already. */
const shown = (value) => (value === 'none' ? 'none' : `\`${value}\``);

export function settingsTable() {
  const rows = [
    ['flag', 'environment', 'default', 'meaning'],
    ...settings.map((s) => [`\`--${s.flag}\``, `\`${s.env}\``, shown(s.shown), s.help.replaceAll('|', '\\|')]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => [...row[column]].length)));
  const line = (row) => `| ${row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join(' | ')} |`;
  return [
    line(rows[0]),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

/** The README with its table (the lines from `| flag` to the next blank line) made afresh. */
export function readmeWithTable(readme = readFileSync(readmeUrl, 'utf8')) {
  const start = readme.indexOf('| flag ');
  const end = readme.indexOf('\n\n', start);
  if (start < 0 || end < 0) throw new Error('README.md has no settings table beginning "| flag "');
  return readme.slice(0, start) + settingsTable() + readme.slice(end);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync(readmeUrl, 'utf8');
  const made = readmeWithTable(readme);
  if (process.argv.includes('--check')) {
    if (made !== readme) {
      console.error(
        'collector/README.md: the settings table differs from src/config.ts; run node scripts/settings-table.mjs'
      );
      process.exit(1);
    }
  } else {
    writeFileSync(readmeUrl, made);
  }
}
