import { stringify } from 'csv-stringify/sync';
import type { ExportRow } from '../db/store.js';

/**
 * Spreadsheets treat a cell that begins with =, +, -, @ (or their full-width forms, which Excel
 * reads alike), a tab or a carriage return as a formula (OWASP "CSV injection"), also after leading
 * spaces. A leading apostrophe makes it plain text, shown as typed.
 */
const formulaStart = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function neutralise(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return formulaStart.test(text) ? `'${text}` : text;
}

export const exportColumns: (keyof ExportRow)[] = [
  'receipt',
  'received_at',
  'created_at',
  'rating_value',
  'rating_max',
  'scale',
  'rating_label',
  'comment',
  'hidden',
  'service',
  'department',
  'staff_id',
  'staff_name',
  'channel',
  'locale',
];

/**
 * RFC 4180: UTF-8 with a byte-order mark (so that Excel opens Korean text correctly), CRLF between
 * records, and every field that holds a quote, a comma or any line break quoted. csv-stringify
 * quotes a lone CR or LF only when told to (`quoted_match`); unquoted, a reader that takes either as
 * a record's end would start a row with what follows it.
 */
export function csvOf<Column extends string>(columns: readonly Column[], rows: Record<Column, unknown>[]): string {
  const body = stringify(
    rows.map((row) => columns.map((column) => neutralise(row[column]))),
    { header: true, columns: [...columns], record_delimiter: 'windows', quoted_match: /[\r\n]/ }
  );
  return `\uFEFF${body}`;
}

export const toCsv = (rows: ExportRow[]): string => csvOf(exportColumns, rows);
