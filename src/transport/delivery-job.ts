import type { FormConfig } from '../config.js';
import type { FeedbackPayload } from '../payload.js';
import { defaultRetryPolicy, type RetryPolicy } from './backoff.js';
import { reportQueue, trackPending, untrackPending } from './coordinator.js';
import { deliver } from './deliver.js';
import { releaseEntry, removeEntry, saveEntry } from './queue.js';
import type { QueuedSubmission } from './queue-store.js';
import { buildRequest, type PayloadTransform } from './request.js';
import type { SendOutcome } from './send.js';

export interface DeliveryJob {
  /** The payload as `feedback-submit` listeners left it, before its attempt number is set. */
  payload: FeedbackPayload;
  /** Attempts these same answers already had, so that the count goes on across sends. */
  priorAttempts: number;
  config: FormConfig;
  headers: Record<string, string> | undefined;
  transform: PayloadTransform | undefined;
  /** Keep what could not be sent in the browser and send it later (`queue="on"`). */
  queue: boolean;
  retry: Partial<RetryPolicy> | undefined;
  /** Ends the waits between retries when the form is reset or removed. */
  signal: AbortSignal;
  /** The widget sending, told about submissions the queue had to drop to make room. */
  host: HTMLElement;
}

export type DeliveryJobResult =
  /** The host's `transform` threw: nothing was sent. */
  | { readonly kind: 'transform-failed'; readonly error: unknown }
  | {
      readonly kind: 'done';
      readonly outcome: SendOutcome;
      /** Attempts made by this job. */
      readonly attempts: number;
      /** The submission waits in the queue for a later send. */
      readonly queued: boolean;
    };

function withAttempt(payload: FeedbackPayload, attempt: number): FeedbackPayload {
  return { ...payload, client: { ...payload.client, attempt } };
}

/**
 * Sends one submission with retries. Write-ahead: the entry is in the queue before the first answer
 * comes, so closing the tab loses nothing; it leaves the queue once the endpoint has answered for
 * good, and stays (unleased) when every attempt failed in a way a later try may fix.
 */
export async function deliverSubmission(job: DeliveryJob): Promise<DeliveryJobResult> {
  const { payload, config, priorAttempts } = job;
  const policy = { ...defaultRetryPolicy, ...job.retry };
  const requestFor = (attempt: number) =>
    buildRequest(withAttempt(payload, priorAttempts + attempt), config, location.origin, job.headers, job.transform);

  let first;
  try {
    first = requestFor(1);
  } catch (error) {
    return { kind: 'transform-failed', error };
  }

  // Only a body that can be stored as text can be queued (not FormData or Blob from a transform).
  const queueable = job.queue && typeof first.body === 'string';
  const { 'Content-Type': _contentType, ...headers } = first.headers;
  const entry: QueuedSubmission = {
    id: payload.id,
    payload,
    url: first.url,
    method: first.method,
    credentials: first.credentials,
    headers,
    body: job.transform ? (first.body as string) : null,
    contentType: config.contentType,
    timeout: config.timeout,
    queuedAt: Date.now(),
    // While this widget retries, flushes elsewhere leave the entry alone.
    leaseUntil: Date.now() + policy.maxTotal + config.timeout * policy.attempts,
  };
  const saved = queueable ? saveEntry(entry).catch(() => []) : Promise.resolve([]);
  let attemptsSoFar = 0;
  trackPending(payload.id, () => requestFor(Math.max(1, attemptsSoFar)));

  const { outcome, attempts } = await deliver({
    policy,
    requestFor,
    signal: job.signal,
    onAttempt: (attempt) => (attemptsSoFar = attempt),
  });
  untrackPending(payload.id);
  const dropped = await saved;
  if (dropped.length) reportQueue({ sent: [], rejected: [], dropped }, job.host);

  const queued = !outcome.ok && outcome.retryable && queueable;
  if (queued) {
    await releaseEntry({ ...entry, payload: withAttempt(payload, priorAttempts + attempts) }).catch(() => undefined);
  } else if (queueable) {
    await removeEntry(payload.id).catch(() => undefined);
  }
  return { kind: 'done', outcome, attempts, queued };
}
