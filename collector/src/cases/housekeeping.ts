// What the collector does by itself, at start and then every hour: closes answers the visitor did
// not rate within the set days (so that the retention can begin), and deletes the contact details
// of cases closed longer ago than the retention, as the consent notice promised. Bounded per run;
// the next run takes the rest.
import type { Config } from '../config.js';
import type { FeedbackStore } from '../db/store.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const PER_RUN = 500;

export interface HousekeepingReport {
  closed: number;
  purged: number;
}

export async function housekeep(
  store: FeedbackStore,
  config: Pick<Config, 'closeUnratedAfterDays' | 'contactRetentionDays'>,
  now: Date
): Promise<HousekeepingReport> {
  let closed = 0;
  for (const receipt of await store.cases.unratedAnswers(
    new Date(now.getTime() - config.closeUnratedAfterDays * DAY_MS),
    PER_RUN
  )) {
    const note = `not rated within ${config.closeUnratedAfterDays} days`;
    if ((await store.cases.change(receipt, 'expire', { actor: 'collector', at: now, note })) === 'changed') closed++;
  }
  let purged = 0;
  const retention = `retention of ${config.contactRetentionDays} days after closing ended`;
  for (const receipt of await store.cases.dueForPurge(
    new Date(now.getTime() - config.contactRetentionDays * DAY_MS),
    PER_RUN
  )) {
    if (await store.cases.removeContact(receipt, 'purge-contact', 'collector', now, retention)) purged++;
  }
  return { closed, purged };
}
