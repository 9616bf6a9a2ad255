// Target times in working days, as Korean agencies count them for 민원: Saturdays, Sundays and the
// public holidays (a setting, since substitute holidays and election days are announced each year)
// do not count. A case opened on a Friday evening with one working day to acknowledge is due by the
// end of Monday, or of Tuesday when Monday is a holiday.
import { localDay, nextDay, startOfLocalDay } from './time-zone.js';

export interface WorkingCalendar {
  timeZone: string;
  /** YYYY-MM-DD days that are not worked besides weekends. */
  holidays: ReadonlySet<string>;
}

function isWorkingDay(day: string, { holidays }: WorkingCalendar): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * The instant a target of `workingDays` working days after `from` ends: the end (local midnight) of
 * the last of those days. The day `from` falls on does not count, as the day of receipt does not.
 */
export function dueAfter(from: Date, workingDays: number, calendar: WorkingCalendar): Date {
  let day = localDay(from, calendar.timeZone);
  let left = workingDays;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) left--;
  }
  return startOfLocalDay(nextDay(day), calendar.timeZone);
}

/**
 * The years whose targets the holiday list cannot count right because it holds none of their days:
 * this year's, and in December also the next's (a case opened then falls due in January). Korea has
 * public holidays every year, so a year without any in the list is a list not yet brought up to date.
 */
export function yearsWithoutHolidays(now: Date, calendar: WorkingCalendar): number[] {
  const [year, month] = localDay(now, calendar.timeZone).split('-').map(Number) as [number, number];
  const years = month === 12 ? [year, year + 1] : [year];
  return years.filter((each) => ![...calendar.holidays].some((day) => day.startsWith(`${each}-`)));
}

/** Korean public holidays of 2026 and 2027 with their substitute days; agencies check each year's list. */
export const koreanHolidays = [
  // 2026
  '2026-01-01',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-03-02',
  '2026-05-05',
  '2026-05-25',
  '2026-06-03',
  '2026-08-17',
  '2026-09-24',
  '2026-09-25',
  '2026-10-05',
  '2026-10-09',
  '2026-12-25',
  // 2027
  '2027-01-01',
  '2027-02-08',
  '2027-02-09',
  '2027-03-01',
  '2027-05-05',
  '2027-05-13',
  '2027-08-16',
  '2027-09-14',
  '2027-09-15',
  '2027-09-16',
  '2027-10-04',
  '2027-10-11',
  '2027-12-27',
];
