import { backoffDelay, type RetryPolicy } from './backoff.js';
import { sendOnce, type SendOutcome, type SendRequest } from './send.js';

export interface RetryOptions {
  policy: RetryPolicy;
  /** Builds the request for attempt n (1-based), so that the body can carry its attempt number. */
  requestFor: (attempt: number) => SendRequest;
  /** Stops waiting and attempting (the page is going away, or the form was reset). */
  signal?: AbortSignal;
  /** Told before each attempt, e.g. to renew a queue lease. */
  onAttempt?: (attempt: number) => void;
  random?: () => number;
}

export interface RetryResult {
  outcome: SendOutcome;
  attempts: number;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Sends with retries: 408, 429, 5xx, timeouts and network failures are tried again after a backoff,
 * up to `policy.attempts` times and no later than `policy.maxTotal` after the first; any other answer
 * ends it at once. Every attempt carries the same payload id, so a server keeps one copy.
 */
export async function sendWithRetries(options: RetryOptions): Promise<RetryResult> {
  const { policy, signal } = options;
  const started = Date.now();
  let attempt = 0;
  for (;;) {
    attempt++;
    options.onAttempt?.(attempt);
    const outcome = await sendOnce(options.requestFor(attempt));
    if (outcome.ok || !outcome.retryable || attempt >= policy.attempts || signal?.aborted) {
      return { outcome, attempts: attempt };
    }
    const delay = backoffDelay(attempt, policy, outcome.retryAfter, options.random);
    if (Date.now() + delay - started > policy.maxTotal) return { outcome, attempts: attempt };
    await wait(delay, signal);
    if (signal?.aborted) return { outcome, attempts: attempt };
  }
}
