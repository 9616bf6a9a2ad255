// What the history says of the answer mail, read by the case page and by its route alike.
import type { CaseEvent } from '../db/cases.js';

/** Whether the last try at mailing the answer failed, so that a manager may send it again. */
export const mailFailedLast = (events: readonly CaseEvent[]): boolean =>
  [...events].reverse().find((event) => event.action === 'mail-sent' || event.action === 'mail-failed')?.action ===
  'mail-failed';
