// A case against its target times: acknowledged within N working days of receipt, answered within
// M. What is due is measured from the time the case was opened; what is late is due and not done.
import type { Config } from '../config.js';
import type { CaseRow } from '../db/cases.js';
import { dueAfter, type WorkingCalendar } from '../lib/working-days.js';

export interface CaseTargets {
  acknowledgeBy: Date;
  answerBy: Date;
  /** Done after its target, or not done and past it. */
  acknowledgeLate: boolean;
  answerLate: boolean;
  /** Still to do and already late: what the dashboard puts first. */
  overdue: boolean;
}

export const calendarOf = (config: Pick<Config, 'timeZone' | 'holidays'>): WorkingCalendar => ({
  timeZone: config.timeZone,
  holidays: new Set(config.holidays),
});

export function targetsOf(
  row: Pick<CaseRow, 'opened_at' | 'acknowledged_at' | 'answered_at'>,
  config: Pick<Config, 'acknowledgeWorkingDays' | 'answerWorkingDays'>,
  calendar: WorkingCalendar,
  now: Date
): CaseTargets {
  const opened = new Date(row.opened_at);
  const acknowledgeBy = dueAfter(opened, config.acknowledgeWorkingDays, calendar);
  const answerBy = dueAfter(opened, config.answerWorkingDays, calendar);
  const late = (done: string | null, by: Date) => (done ? new Date(done) > by : now > by);
  const acknowledgeLate = late(row.acknowledged_at, acknowledgeBy);
  const answerLate = late(row.answered_at, answerBy);
  return {
    acknowledgeBy,
    answerBy,
    acknowledgeLate,
    answerLate,
    overdue: (!row.acknowledged_at && acknowledgeLate) || (!row.answered_at && answerLate),
  };
}
