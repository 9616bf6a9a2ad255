// SQL shared by SQLite and PostgreSQL; `dialect` supplies what differs: placeholders, booleans and
// the local calendar day of a timestamp. Every identifier comes from a whitelist in this file.
import { filterColumns } from '../lib/filters.js';
import { filterNames, type FilterName, type Filters, type Grouping, type StatsRow, type Tone } from './store.js';

/** What differs between the two databases. */
export interface Dialect {
  /** The nth placeholder (1-based). */
  param(n: number): string;
  /** The nth placeholder holding an ISO timestamp. */
  time(n: number): string;
  /** The local calendar day (YYYY-MM-DD) of a timestamp column. */
  day(column: string): string;
  true: string;
  false: string;
  /** Row locking for the outbox claim, where the database has it. */
  skipLocked: string;
  /** The text at a path of a JSON column, or NULL where there is none. */
  jsonText(column: string, path: readonly string[]): string;
}

export interface Query {
  sql: string;
  params: unknown[];
}

/**
 * The kindness index of a group: the mean of its ratings, each scaled to 0–100 as
 * (value − 1) / (max − 1) × 100, so that 5 of 5, 3 of 3 and 좋아요 (2 of 2) are 100 and the lowest
 * choice of any scale is 0. Scales can then be mixed in one index.
 */
export const KINDNESS = 'AVG((rating_value - 1) * 100.0 / (rating_max - 1))';

/** The tones of the 좋아요 / 아쉬워요 board: the top of the scale, its lower half, and the rest. */
export const tones: Record<Tone, string> = {
  praise: 'rating_value = rating_max',
  low: 'rating_value * 2 <= rating_max',
  other: 'rating_value < rating_max AND rating_value * 2 > rating_max',
};

const counts = `COUNT(*) AS responses, ${KINDNESS} AS kindness,
      SUM(CASE WHEN ${tones.praise} THEN 1 ELSE 0 END) AS top,
      SUM(CASE WHEN ${tones.low} THEN 1 ELSE 0 END) AS low`;

/** What a report can be grouped by. */
export const groupings: Record<Grouping, { key: string | null; label: string | null }> = {
  department: { key: 'department', label: 'department' },
  staff: { key: 'staff_id', label: 'MAX(staff_name)' },
  service: { key: 'service', label: 'service' },
  channel: { key: 'channel', label: 'channel' },
  day: { key: null, label: null },
};

/** The WHERE clause and its parameters for a period and the optional filters (see filters.mjs). */
export function whereFor(
  dialect: Dialect,
  filters: Pick<Filters, 'from' | 'to' | FilterName>,
  params: unknown[] = []
): { where: string; params: unknown[] } {
  params.push(filters.from.toISOString(), filters.to.toISOString());
  const parts = [`received_at >= ${dialect.time(params.length - 1)}`, `received_at < ${dialect.time(params.length)}`];
  for (const name of filterNames) {
    const value = filters[name];
    if (value === undefined) continue;
    params.push(value);
    parts.push(`${filterColumns[name]} = ${dialect.param(params.length)}`);
  }
  return { where: parts.join(' AND '), params };
}

export function statsQuery(dialect: Dialect, by: Grouping, filters: Filters): Query {
  const grouping = groupings[by];
  const key = grouping.key ?? dialect.day('received_at');
  const label = grouping.label ?? key;
  const { where, params } = whereFor(dialect, filters);
  return {
    sql: `SELECT ${key} AS key, ${label} AS label, ${counts}
      FROM submissions WHERE ${where}
      GROUP BY ${key}
      ORDER BY ${by === 'day' ? 'key' : 'responses DESC, key'}`,
    params,
  };
}

export function summaryQuery(dialect: Dialect, filters: Filters): Query {
  const { where, params } = whereFor(dialect, filters);
  return { sql: `SELECT ${counts} FROM submissions WHERE ${where}`, params };
}

/** The most recent comments of one tone that no manager has hidden. */
export function boardQuery(dialect: Dialect, tone: Tone, filters: Filters, limit: number): Query {
  const { where, params } = whereFor(dialect, filters);
  params.push(limit);
  return {
    sql: `SELECT id, receipt, received_at, rating_value, rating_max, rating_label, comment,
        service, department, staff_id, staff_name, channel
      FROM submissions
      WHERE ${where} AND hidden = ${dialect.false} AND comment <> '' AND ${tones[tone]}
      ORDER BY received_at DESC, receipt
      LIMIT ${dialect.param(params.length)}`,
    params,
  };
}

/** The values seen in the period, for the dashboard's filter lists. */
export function choicesQuery(dialect: Dialect, name: FilterName, filters: Filters): Query {
  const column = filterColumns[name];
  const label = name === 'staff' ? 'MAX(staff_name)' : column;
  const { where, params } = whereFor(dialect, { from: filters.from, to: filters.to });
  return {
    sql: `SELECT ${column} AS value, ${label} AS label FROM submissions
      WHERE ${where} AND ${column} IS NOT NULL GROUP BY ${column} ORDER BY ${column} LIMIT 500`,
    params,
  };
}

export function exportQuery(dialect: Dialect, filters: Filters): Query {
  const { where, params } = whereFor(dialect, filters);
  return {
    sql: `SELECT receipt, received_at, created_at, rating_value, rating_max, scale, rating_label,
        CASE WHEN hidden THEN '' ELSE comment END AS comment, hidden,
        service, department, staff_id, staff_name, channel, locale
      FROM submissions WHERE ${where}
      ORDER BY received_at`,
    params,
  };
}

/** Hiding or restoring changes the row only if it is not already so; the caller logs the change. */
export function visibilityUpdate(dialect: Dialect, hide: boolean): string {
  return `UPDATE submissions SET hidden = ${hide ? dialect.true : dialect.false}
    WHERE id = ${dialect.param(1)} AND hidden = ${hide ? dialect.false : dialect.true}`;
}

export function auditInsert(dialect: Dialect): string {
  return `INSERT INTO audit_log (at, actor, action, submission_id, reason)
    VALUES (${dialect.time(1)}, ${dialect.param(2)}, ${dialect.param(3)}, ${dialect.param(4)}, ${dialect.param(5)})`;
}

/** The audit log, newest first, with the comment as it was written: the one view that shows hidden ones. */
export function auditQuery(dialect: Dialect): string {
  return `SELECT a.seq, a.at, a.actor, a.action, a.reason, s.id, s.receipt, s.received_at, s.rating_label,
      s.comment, s.department, s.staff_name, s.hidden
    FROM audit_log a JOIN submissions s ON s.id = a.submission_id
    ORDER BY a.seq DESC
    LIMIT ${dialect.param(1)}`;
}

/** Rows as the API answers them, whichever driver read them. */
export function statsRow(row: Record<string, unknown> | undefined): StatsRow {
  if (!row) return { key: null, label: null, responses: 0, kindness: null, top: 0, low: 0 };
  return {
    key: (row.key as string | null | undefined) ?? null,
    label: (row.label as string | null | undefined) ?? null,
    responses: Number(row.responses),
    kindness: row.kindness === null || row.kindness === undefined ? null : Math.round(Number(row.kindness) * 10) / 10,
    top: Number(row.top ?? 0),
    low: Number(row.low ?? 0),
  };
}
