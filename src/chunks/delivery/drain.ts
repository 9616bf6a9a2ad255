import type { OutboxAccess } from '../../transport/outbox.js';
import { scheduleFlush, type QueueListener } from './coordinator.js';
import { enqueueSubmission, type DeliveryJob } from './delivery-job.js';

/**
 * Moves what the first script's outbox holds for `job`'s endpoint into the queue (masked, with this
 * widget's token and transform), then flushes: answers written offline, on a page that could not
 * load its chunks, or in a tab closed before they went. Entries older than the outbox keeps are
 * dropped and reported; one that cannot be queued yet (no detector, no token) waits for next time.
 */
export async function drainOutbox(
  outbox: OutboxAccess,
  job: Omit<DeliveryJob, 'payload' | 'mask' | 'priorAttempts'>,
  listener: QueueListener
): Promise<void> {
  const endpoint = job.config.endpoint.href;
  const entries = outbox.read().filter((entry) => entry.endpoint === endpoint && !outbox.sending.has(entry.payload.id));
  for (const { payload, mask, at } of entries) {
    if (Date.now() - at > outbox.maxAge) {
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
