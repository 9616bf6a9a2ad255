/** How hard one submission is retried before it is queued or given up. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Ceiling of the first backoff, in milliseconds; it doubles each time. */
  baseDelay: number;
  /** Largest single wait, also for a `Retry-After` the server asks for. */
  maxDelay: number;
  /** No attempt starts later than this many milliseconds after the first. */
  maxTotal: number;
}

/** Four attempts within 30 s: enough for a blip or a brief overload, short enough for a visitor to wait. */
export const defaultRetryPolicy: RetryPolicy = { attempts: 4, baseDelay: 500, maxDelay: 8000, maxTotal: 30_000 };

/**
 * `Retry-After` in milliseconds, from either form HTTP allows: delay-seconds or an HTTP date.
 * Missing or unreadable gives `undefined`.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before attempt `attempt + 1`: "full jitter" (a random wait up to the exponential ceiling,
 * which spreads a crowd of retrying visitors apart), but never less than the server's `Retry-After`,
 * and never more than `maxDelay`.
 */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfter: number | undefined,
  random: () => number = Math.random
): number {
  const ceiling = Math.min(policy.maxDelay, policy.baseDelay * 2 ** (attempt - 1));
  const jittered = Math.floor(random() * ceiling);
  return Math.min(policy.maxDelay, Math.max(jittered, retryAfter ?? 0));
}
