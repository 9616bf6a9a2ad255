import { stringify } from 'csv-stringify/sync';
import type { ExportRow } from '../db/store.js';

/**
 * Excel treats a cell that begins with =, +, -, @, a tab or a carriage return as a formula (OWASP
 * "CSV injection"); a leading apostrophe makes it plain text, shown as typed.
 */
export function neutralise(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
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

/** UTF-8 with a byte-order mark, so that Excel opens Korean text correctly; CRLF line ends. */
export function toCsv(rows: ExportRow[]): string {
  const body = stringify(
    rows.map((row) => exportColumns.map((column) => neutralise(row[column]))),
    { header: true, columns: exportColumns, record_delimiter: 'windows' }
  );
  return `\uFEFF${body}`;
}
