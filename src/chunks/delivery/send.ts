import type { CredentialMode, Method } from '../../config.js';
import type { FailureReason } from '../../events.js';
import { parseRetryAfter } from './backoff.js';

export interface SendRequest {
  url: string;
  method: Method;
  credentials: CredentialMode;
  headers: Record<string, string>;
  body: BodyInit;
  /** Milliseconds before the attempt is abandoned. */
  timeout: number;
  /** Lets the request outlive the page (bodies under 64 KiB), for sending while the page unloads. */
  keepalive?: boolean;
}

/** What the visitor is given to follow their feedback: a check code and the status page's address. */
export interface FollowUp {
  readonly check: string | null;
  readonly url: string | null;
}

/** How one attempt ended. `retryable` tells the caller whether trying again could help. */
export type SendOutcome =
  | { ok: true; status: number; receipt: string | null; follow: FollowUp | null }
  | { ok: false; status: number | null; reason: FailureReason; retryable: boolean; retryAfter?: number };

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;

/** An http(s) address only: the page shows it as a link, and a javascript: one would run there. */
function webAddress(value: string | null, base: string): string | null {
  try {
    const url = new URL(value ?? '', base);
    return value && /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The receipt, check code and status link of a 2xx JSON body `{ "receipt", "check", "statusUrl" }`;
 * any other body is accepted without them.
 */
async function readReceipt(response: Response): Promise<{ receipt: string | null; follow: FollowUp | null }> {
  let body: { receipt?: unknown; check?: unknown; statusUrl?: unknown } | null = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: accepted all the same.
  }
  const check = text(body?.check, 32);
  const url = webAddress(text(body?.statusUrl, 2000), response.url);
  return { receipt: text(body?.receipt, 100), follow: check || url ? { check, url } : null };
}

/** 408 and 429 are "try later", as are server errors; every other 4xx is the endpoint's final word. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** One HTTP attempt, bounded by `timeout`. Never throws: every ending is an outcome. */
export async function sendOnce(request: SendRequest): Promise<SendOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeout);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      credentials: request.credentials,
      headers: request.headers,
      body: request.body,
      mode: 'cors',
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'strict-origin-when-cross-origin',
      keepalive: request.keepalive ?? false,
      signal: controller.signal,
    });
    if (response.ok) return { ok: true, status: response.status, ...(await readReceipt(response)) };
    const retryable = isRetryableStatus(response.status);
    return {
      ok: false,
      status: response.status,
      reason: retryable ? 'server' : 'rejected',
      retryable,
      retryAfter: parseRetryAfter(response.headers.get('Retry-After'), Date.now()),
    };
  } catch {
    // fetch rejects without a status for a refused connection, a CORS refusal, an ad blocker or an
    // abort; none of these says the endpoint stored anything, so none is reported as sent.
    return { ok: false, status: null, reason: timedOut ? 'timeout' : 'network', retryable: true };
  } finally {
    clearTimeout(timer);
  }
}
