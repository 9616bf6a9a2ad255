import type { OutboxAccess } from '../../transport/outbox.js';
import { scheduleFlush, type QueueListener } from './coordinator.js';
import { enqueueSubmission, type DeliveryJob } from './delivery-job.js';
import { MAX_QUEUE_AGE } from './queue.js';

/**
 * Moves what the first script's outbox holds for `job`'s endpoint into the queue (masked, with this
 * widget's token and transform), then flushes: answers written offline, on a page that could not
 * load its chunks, or in a tab closed before they went. Entries older than the outbox keeps are
 * dropped and reported (the queue's own age limit: one fact for both); one that cannot be queued yet (no detector, no token) waits for next time.
 */
export async function drainOutbox(
  outbox: OutboxAccess,
  job: Omit<DeliveryJob, 'payload' | 'mask' | 'priorAttempts'>,
  listener: QueueListener
): Promise<void> {
  const endpoint = job.config.endpoint.href;
  // Not an entry its page is still sending (leased; `!(… > now)` also takes entries without a lease).
  const entries = outbox.read().filter((entry) => entry.endpoint === endpoint && !(entry.leaseUntil > Date.now()));
  for (const { payload, mask, at } of entries) {
    if (Date.now() - at > MAX_QUEUE_AGE) {
      outbox.remove(payload.id);
      listener.report({ sent: [], rejected: [], dropped: [{ payload, reason: 'expired' }] });
      continue;
    }
    const { kept, dropped } = await enqueueSubmission({
      ...job,
      payload,
      mask,
      priorAttempts: payload.client.attempt - 1,
    });
    listener.report({ sent: [], rejected: [], dropped });
    if (kept) outbox.remove(payload.id);
  }
  if (entries.length) scheduleFlush();
}
