// What the collector does by itself, at start and then every hour: seals the contact details that
// submissions stored before cases existed still hold in the clear (opening the case they asked
// for), closes answers the visitor did not rate within the set days (so that the retention can
// begin), and deletes the contact details of cases closed longer ago than the retention, as the
// consent notice promised. Bounded per run; the next run takes the rest.
import type { Config } from '../config.js';
import type { FeedbackStore } from '../db/store.js';
import type { FeedbackPayload } from 'courtesy-feedback/server.js';
import { storedPayload } from '../db/migrations.js';
import { sealContact } from '../lib/contact-seal.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const PER_RUN = 500;

export interface HousekeepingReport {
  /** Legacy contact details sealed onto a case. */
  sealed: number;
  /** Legacy contact details still in the clear because no CONTACT_KEY is set (a lower bound, one run's worth). */
  unsealed: number;
  closed: number;
  purged: number;
}

export async function housekeep(
  store: FeedbackStore,
  config: Pick<Config, 'closeUnratedAfterDays' | 'contactRetentionDays' | 'contactKeys'>,
  now: Date
): Promise<HousekeepingReport> {
  let sealed = 0;
  const legacy = await store.cases.legacyContacts(PER_RUN);
  // Without a key there is nowhere safe to move them: they stay, and the collector says so.
  if (config.contactKeys.length > 0) {
    for (const { id, receipt, receivedAt, payload } of legacy) {
      const { name, email, phone } = payload.contact;
      const stripped = JSON.stringify(storedPayload(payload as unknown as FeedbackPayload));
      const seal = sealContact({ name, email, phone }, receipt, config.contactKeys);
      if (
        await store.cases.sealLegacy({
          id,
          receipt,
          payload: stripped,
          sealed: seal,
          openedAt: new Date(receivedAt),
          at: now,
        })
      )
        sealed++;
    }
  }
  const unsealed = config.contactKeys.length > 0 ? 0 : legacy.length;
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
  return { sealed, unsealed, closed, purged };
}
