// What a manager's view or report covers: a period of local calendar days (both ends included) and,
// optionally, one department, service, staff member or channel. Shared by the JSON API, the CSV
// export and the dashboard, so that the same query string means the same rows everywhere. The query
// string's shape is checked by Fastify with `filtersQuerySchema`; what needs a calendar is checked here.
import { channels } from 'courtesy-feedback/server.js';
import { InputError } from '../errors.js';
import { filterNames, type FilterName, type Filters } from '../db/store.js';
import { daysBefore, localDay, nextDay, startOfLocalDay } from './time-zone.js';

/** The period shown when none is asked for: the last 30 days, today included. */
export const DEFAULT_DAYS = 30;

/** Query parameter → submissions column. A whitelist: no request text reaches the SQL. */
export const filterColumns: Record<FilterName, string> = {
  department: 'department',
  service: 'service',
  staff: 'staff_id',
  channel: 'channel',
};

/** The query-string parameters of every filtered view, as Fastify validates them. An empty value means "all". */
export const filtersQueryProperties = {
  from: { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' },
  to: { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' },
  department: { type: 'string', maxLength: 200 },
  service: { type: 'string', maxLength: 200 },
  staff: { type: 'string', maxLength: 200 },
  channel: { type: 'string', enum: ['', ...channels] },
  lang: { type: 'string' },
} as const;

export type FiltersQuery = Partial<Record<keyof typeof filtersQueryProperties, string>>;

function isCalendarDay(text: string): boolean {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The period and filters of a checked query string; throws InputError for a day that does not exist. */
export function readFilters(
  query: FiltersQuery,
  { timeZone, now = new Date() }: { timeZone: string; now?: Date }
): Filters {
  const day = (name: 'from' | 'to', fallback: string): string => {
    const value = query[name];
    if (value === undefined || value === '') return fallback;
    if (!isCalendarDay(value)) throw new InputError(400, 'invalid', name, `${name} must be a date such as 2026-11-01`);
    return value;
  };
  const toDay = day('to', localDay(now, timeZone));
  const fromDay = day('from', daysBefore(toDay, DEFAULT_DAYS - 1));
  if (fromDay > toDay) throw new InputError(400, 'invalid', 'from', 'from must not be after to');

  const filters: Filters = {
    fromDay,
    toDay,
    timeZone,
    from: startOfLocalDay(fromDay, timeZone),
    to: startOfLocalDay(nextDay(toDay), timeZone),
  };
  for (const name of filterNames) {
    const value = query[name];
    if (value !== undefined && value !== '') filters[name] = value;
  }
  return filters;
}

/** The query string that reproduces these filters (for links between views and the export). */
export function filterQuery(filters: Filters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams({ from: filters.fromDay, to: filters.toDay });
  for (const name of filterNames) {
    const value = filters[name];
    if (value !== undefined) params.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) params.set(name, value);
  return params.toString();
}
