// What a manager's view or report covers: a period of local calendar days (both ends included) and,
// optionally, one department, service, staff member or channel. Shared by the JSON API, the CSV
// export and the dashboard, so that the same query string means the same rows everywhere.
import { InputError, schema } from './validate.mjs';
import { daysBefore, localDay, nextDay, startOfLocalDay } from './time-zone.mjs';

/** The period shown when none is asked for: the last 30 days, today included. */
export const DEFAULT_DAYS = 30;

/** Query parameter → submissions column. A whitelist: no request text reaches the SQL. */
export const filterColumns = {
  department: 'department',
  service: 'service',
  staff: 'staff_id',
  channel: 'channel',
};

export const channels = schema.properties.subject.properties.channel.enum;

function isCalendarDay(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads `from`, `to` (YYYY-MM-DD, local days in `timeZone`, both included) and the optional filters
 * from a query string; throws InputError naming the parameter. An empty value means "all".
 */
export function readFilters(query, { timeZone, now = new Date() }) {
  const day = (name, fallback) => {
    const value = query[name];
    if (value === undefined || value === '') return fallback;
    if (typeof value !== 'string' || !isCalendarDay(value)) {
      throw new InputError(400, 'invalid', name, `${name} must be a date such as 2026-11-01`);
    }
    return value;
  };
  const toDay = day('to', localDay(now, timeZone));
  const fromDay = day('from', daysBefore(toDay, DEFAULT_DAYS - 1));
  if (fromDay > toDay) throw new InputError(400, 'invalid', 'from', 'from must not be after to');

  const filters = {
    fromDay,
    toDay,
    timeZone,
    from: startOfLocalDay(fromDay, timeZone),
    to: startOfLocalDay(nextDay(toDay), timeZone),
  };
  for (const name of Object.keys(filterColumns)) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || value.length > 200) {
      throw new InputError(400, 'invalid', name, `${name} must be one text value of at most 200 characters`);
    }
    if (name === 'channel' && !channels.includes(value)) {
      throw new InputError(400, 'invalid', name, `channel must be one of ${channels.join(', ')}`);
    }
    filters[name] = value;
  }
  return filters;
}

/** The query string that reproduces these filters (for links between views and the export). */
export function filterQuery(filters, extra = {}) {
  const params = new URLSearchParams({ from: filters.fromDay, to: filters.toDay });
  for (const name of Object.keys(filterColumns)) if (filters[name] !== undefined) params.set(name, filters[name]);
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) params.set(name, value);
  return params.toString();
}
