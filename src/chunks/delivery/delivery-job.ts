import type { FormConfig } from '../../config.js';
import type { TokenProvider } from '../../controllers/submit-controller.js';
import type { FeedbackPayload } from '../../payload.js';
import { maskedPayload, type Masker } from './mask-payload.js';
import { withAttempt } from './attempt.js';
import { defaultRetryPolicy, type RetryPolicy } from './backoff.js';
import { trackPending, untrackPending } from './coordinator.js';
import { sendWithRetries } from './retries.js';
import { releaseEntry, removeEntry, saveEntry, type QueueReport } from './queue.js';
import type { QueuedSubmission } from './queue-store.js';
import { buildRequest, type PayloadTransform } from './request.js';
import type { SendOutcome, SendRequest } from './send.js';
import { withToken } from './token.js';

export interface DeliveryJob {
  /** The payload as `feedback-submit` listeners left it, before its attempt number is set. */
  payload: FeedbackPayload;
  /** Its comment is as typed: mask it with `detector` first, or send nothing (`pii="mask"`). */
  mask: boolean;
  /** The first script's loader of the personal-data detector (bounded tries, its own chunk). */
  detector: () => Promise<{ maskPersonalData: Masker }>;
  /** The page's anti-abuse hook: its token goes in the `X-Feedback-Token` header. */
  tokenProvider: TokenProvider | undefined;
  /** Attempts these same answers already had, so that the count goes on across sends. */
  priorAttempts: number;
  config: FormConfig;
  headers: Record<string, string> | undefined;
  transform: PayloadTransform | undefined;
  /** Keep what could not be sent in the browser and send it later (`queue="on"`). */
  queue: boolean;
  retry: Partial<RetryPolicy> | undefined;
  /** Ends the waits between retries when the form is reset or removed. */
  signal?: AbortSignal;
  /** Told once the submission is safe in the queue, so that the first script's outbox can let it go. */
  onKept?: () => void;
}

/** Why a job did not get as far as sending (nothing was sent). */
export type NotSent =
  /** The detector could not be loaded, so the comment could not be masked. */
  | { readonly kind: 'not-masked' }
  /** The page's `tokenProvider` gave no token. */
  | { readonly kind: 'no-token' }
  /** The host's `transform` threw. */
  | { readonly kind: 'transform-failed'; readonly error: unknown };

export type DeliveryJobResult =
  | NotSent
  | {
      readonly kind: 'done';
      readonly outcome: SendOutcome;
      /** The payload as last sent, its attempt number counted on from `priorAttempts`. */
      readonly payload: FeedbackPayload;
      /** Attempts made by this job. */
      readonly attempts: number;
      /** The submission waits in the queue for a later send. */
      readonly queued: boolean;
      /** Older submissions the queue had to let go to make room for this one. */
      readonly dropped: QueueReport['dropped'];
    };

/** The queue entry for a submission, or undefined when its body cannot be stored (FormData, Blob). */
function entryFor(job: DeliveryJob, first: SendRequest, leaseUntil: number): QueuedSubmission | undefined {
  if (!job.queue || typeof first.body !== 'string') return undefined;
  const { 'Content-Type': _contentType, ...headers } = first.headers;
  return {
    id: job.payload.id,
    payload: job.payload,
    url: first.url,
    method: first.method,
    credentials: first.credentials,
    headers,
    body: job.transform ? first.body : null,
    contentType: job.config.contentType,
    timeout: job.config.timeout,
    queuedAt: Date.now(),
    leaseUntil,
  };
}

/** The job ready to send: masked, with its token; or why it is not. */
async function prepared(job: DeliveryJob): Promise<DeliveryJob | NotSent> {
  const detector = job.mask ? await job.detector().catch(() => undefined) : undefined;
  if (job.mask && !detector) return { kind: 'not-masked' };
  const headers = await withToken(job.headers, job.tokenProvider);
  if (!headers) return { kind: 'no-token' };
  const payload = detector ? maskedPayload(job.payload, detector.maskPersonalData) : job.payload;
  return { ...job, payload, mask: false, headers, tokenProvider: undefined };
}

function requestsFor(job: DeliveryJob) {
  return (attempt: number) =>
    buildRequest(
      withAttempt(job.payload, job.priorAttempts + attempt),
      job.config,
      location.origin,
      job.headers,
      job.transform
    );
}

/**
 * Sends one submission with retries. Write-ahead: the entry is in the queue before the first answer
 * comes, so closing the tab loses nothing; it leaves the queue once the endpoint has answered for
 * good, and stays (unleased) when every attempt failed in a way a later try may fix.
 */
export async function deliverSubmission(unprepared: DeliveryJob): Promise<DeliveryJobResult> {
  const job = await prepared(unprepared);
  if ('kind' in job) return job;
  const policy = { ...defaultRetryPolicy, ...job.retry };
  const requestFor = requestsFor(job);
  let first;
  try {
    first = requestFor(1);
  } catch (error) {
    return { kind: 'transform-failed', error };
  }
  // While this widget retries, flushes elsewhere leave the entry alone.
  const entry = entryFor(job, first, Date.now() + policy.maxTotal + job.config.timeout * policy.attempts);
  const saved = entry
    ? saveEntry(entry).then(
        (dropped) => {
          job.onKept?.();
          return dropped;
        },
        () => []
      )
    : Promise.resolve([]);
  const id = job.payload.id;
  let attemptsSoFar = 0;
  trackPending(id, () => requestFor(Math.max(1, attemptsSoFar)));

  const { outcome, attempts } = await sendWithRetries({
    policy,
    requestFor,
    signal: job.signal,
    onAttempt: (attempt) => (attemptsSoFar = attempt),
  });
  untrackPending(id);
  const dropped = await saved;
  const payload = withAttempt(job.payload, job.priorAttempts + attempts);
  const queued = Boolean(entry) && !outcome.ok && outcome.retryable;
  if (queued) await releaseEntry({ ...entry!, payload }).catch(() => undefined);
  else if (entry) await removeEntry(id).catch(() => undefined);
  return { kind: 'done', outcome, payload, attempts, queued, dropped };
}

/**
 * Puts a submission in the queue without sending it now (one the outbox held since an earlier
 * page or an offline moment); the next flush sends it. `false` when it cannot be queued: a
 * `transform` that throws or gives a body that cannot be stored.
 */
export async function enqueueSubmission(
  unprepared: DeliveryJob
): Promise<{ kept: boolean; dropped: QueueReport['dropped'] }> {
  const job = await prepared(unprepared);
  if ('kind' in job) return { kept: false, dropped: [] };
  let entry;
  try {
    entry = entryFor({ ...job, queue: true }, requestsFor(job)(1), 0);
  } catch {
    entry = undefined;
  }
  if (!entry) return { kept: false, dropped: [] };
  return saveEntry(entry).then(
    (dropped) => ({ kept: true, dropped }),
    () => ({ kept: false, dropped: [] })
  );
}
