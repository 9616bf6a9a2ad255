// Calendar days in the agency's time zone. Managers think in local days (a rating given at 08:00 in
// Seoul belongs to that day, not to the previous UTC day), and the database stores instants in UTC.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Throws a clear error unless `timeZone` is an IANA zone name this Node knows. */
export function checkTimeZone(timeZone: string): string {
  try {
    formatter(timeZone);
  } catch {
    throw new Error(`time-zone must be an IANA time zone such as Asia/Seoul, got "${timeZone}"`);
  }
  // Only these characters reach PostgreSQL's AT TIME ZONE as a literal.
  if (!/^[A-Za-z0-9_/+-]+$/.test(timeZone)) throw new Error(`time-zone "${timeZone}" is not usable`);
  return timeZone;
}

type WallClock = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

function wallClock(date: Date, timeZone: string): WallClock {
  return Object.fromEntries(
    formatter(timeZone)
      .formatToParts(date)
      .map((part) => [part.type, part.value])
  ) as WallClock;
}

/** A YYYY-MM-DD day as its three numbers (the callers pass checked days). */
function dayParts(day: string): [number, number, number] {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return [year, month, date];
}

/** The last day worked out per zone, by minute: every submission asks, and Intl is slow. */
const lastDay = new Map<string, { minute: number; day: string }>();

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(date: Date, timeZone: string): string {
  // Zones change their offset on whole minutes, so one minute has one day.
  const minute = Math.floor(date.getTime() / 60_000);
  const cached = lastDay.get(timeZone);
  if (cached?.minute === minute) return cached.day;
  const { year, month, day } = wallClock(date, timeZone);
  const result = `${year}-${month}-${day}`;
  lastDay.set(timeZone, { minute, day: result });
  return result;
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(date: Date, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(date, timeZone);
  return Date.UTC(+year, +month - 1, +day, +hour, +minute, +second) - Math.floor(date.getTime() / 1000) * 1000;
}

/** The instant a local calendar day (YYYY-MM-DD) begins in the zone, DST included. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const [year, month, date] = dayParts(day);
  const midnightAsUtc = Date.UTC(year, month - 1, date);
  let instant = midnightAsUtc - offsetAt(new Date(midnightAsUtc), timeZone);
  // Once more at the guess, in case an offset change lies between the two.
  instant = midnightAsUtc - offsetAt(new Date(instant), timeZone);
  return new Date(instant);
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  const [year, month, date] = dayParts(day);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** The day `count` days before a YYYY-MM-DD day. */
export function daysBefore(day: string, count: number): string {
  const [year, month, date] = dayParts(day);
  return new Date(Date.UTC(year, month - 1, date - count)).toISOString().slice(0, 10);
}
