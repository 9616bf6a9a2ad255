// Calendar days in the agency's time zone. Managers think in local days (a rating given at 08:00 in
// Seoul belongs to that day, not to the previous UTC day), and the database stores instants in UTC.

const formatters = new Map();

function formatter(timeZone) {
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
export function checkTimeZone(timeZone) {
  try {
    formatter(timeZone);
  } catch {
    throw new Error(`time-zone must be an IANA time zone such as Asia/Seoul, got "${timeZone}"`);
  }
  // Only these characters reach PostgreSQL's AT TIME ZONE as a literal.
  if (!/^[A-Za-z0-9_/+-]+$/.test(timeZone)) throw new Error(`time-zone "${timeZone}" is not usable`);
  return timeZone;
}

function wallClock(date, timeZone) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(date)
      .map((part) => [part.type, part.value])
  );
  return parts;
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(date, timeZone) {
  const { year, month, day } = wallClock(date, timeZone);
  return `${year}-${month}-${day}`;
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(date, timeZone) {
  const { year, month, day, hour, minute, second } = wallClock(date, timeZone);
  return Date.UTC(+year, +month - 1, +day, +hour, +minute, +second) - Math.floor(date.getTime() / 1000) * 1000;
}

/** The instant a local calendar day (YYYY-MM-DD) begins in the zone, DST included. */
export function startOfLocalDay(day, timeZone) {
  const [year, month, date] = day.split('-').map(Number);
  const midnightAsUtc = Date.UTC(year, month - 1, date);
  let instant = midnightAsUtc - offsetAt(new Date(midnightAsUtc), timeZone);
  // Once more at the guess, in case an offset change lies between the two.
  instant = midnightAsUtc - offsetAt(new Date(instant), timeZone);
  return new Date(instant);
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day) {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** The day `count` days before a YYYY-MM-DD day. */
export function daysBefore(day, count) {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date - count)).toISOString().slice(0, 10);
}
