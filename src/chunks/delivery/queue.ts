import type { FeedbackPayload } from '../../payload.js';
import { withAttempt } from './attempt.js';
import { openQueueStore, type QueuedSubmission } from './queue-store.js';
import { sendOnce, type SendOutcome, type SendRequest } from './send.js';
import { encodeBody, mediaTypes } from './encode.js';

/** At most this many submissions wait in one browser profile for one site; the oldest go first. */
export const MAX_QUEUED = 50;
/** A submission not accepted within a week is dropped: the visit it rates is long past. */
export const MAX_QUEUE_AGE = 7 * 24 * 60 * 60 * 1000;
/** How long a widget may hold an entry it is sending before others may try it. */
export const LEASE_MS = 60_000;

export type DropReason = 'expired' | 'overflow';

export interface QueueReport {
  /** The flush stopped at an entry that could not be sent yet (network or endpoint still failing). */
  stalled?: boolean;
  sent: { payload: FeedbackPayload; status: number; receipt: string | null }[];
  rejected: { payload: FeedbackPayload; status: number | null }[];
  dropped: { payload: FeedbackPayload; reason: DropReason }[];
}

/** The request for a stored entry; the attempt number is written into a payload-built body. */
export function requestForEntry(entry: QueuedSubmission, attempt: number, keepalive = false): SendRequest {
  const payload = withAttempt(entry.payload, attempt);
  return {
    url: entry.url,
    method: entry.method,
    credentials: entry.credentials,
    headers: { 'Content-Type': mediaTypes[entry.contentType], ...entry.headers },
    body: entry.body ?? encodeBody(payload, entry.contentType),
    timeout: entry.timeout,
    keepalive,
  };
}

/** Drops what is too old, then the oldest beyond the limit; returns what was dropped. */
async function prune(now: number, keep?: string): Promise<QueueReport['dropped']> {
  const store = await openQueueStore();
  const entries = (await store.all()).sort((a, b) => a.queuedAt - b.queuedAt);
  const dropped: QueueReport['dropped'] = [];
  for (const entry of entries) {
    if (now - entry.queuedAt > MAX_QUEUE_AGE && entry.id !== keep)
      dropped.push({ payload: entry.payload, reason: 'expired' });
  }
  const fresh = entries.filter((entry) => !dropped.some((drop) => drop.payload.id === entry.id));
  for (const entry of fresh.slice(0, Math.max(0, fresh.length - MAX_QUEUED))) {
    if (entry.id !== keep) dropped.push({ payload: entry.payload, reason: 'overflow' });
  }
  for (const { payload } of dropped) await store.delete(payload.id);
  return dropped;
}

/** Saves (or updates) an entry and enforces the bounds; returns what had to be dropped. */
export async function saveEntry(entry: QueuedSubmission): Promise<QueueReport['dropped']> {
  const store = await openQueueStore();
  await store.put(entry);
  return prune(Date.now(), entry.id);
}

export async function removeEntry(id: string): Promise<void> {
  await (await openQueueStore()).delete(id);
}

export async function releaseEntry(entry: QueuedSubmission): Promise<void> {
  await (await openQueueStore()).put({ ...entry, leaseUntil: 0 });
}

const LOCK_NAME = 'courtesy-feedback-queue';
const FALLBACK_LOCK_KEY = 'courtesy-feedback:flush-lock';
let flushingInThisPage = false;

/**
 * Runs `task` only if no other widget, in this tab or another, is flushing: Web Locks where the
 * browser has them, otherwise a short-lived lease in localStorage. Returns undefined when busy.
 */
async function withFlushLock<T>(task: () => Promise<T>): Promise<T | undefined> {
  if (flushingInThisPage) return undefined;
  flushingInThisPage = true;
  try {
    if (navigator.locks) {
      return await navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => (lock ? task() : undefined));
    }
    const now = Date.now();
    const holder = Number(localStorage.getItem(FALLBACK_LOCK_KEY) ?? 0);
    if (holder > now) return undefined;
    localStorage.setItem(FALLBACK_LOCK_KEY, String(now + LEASE_MS));
    try {
      return await task();
    } finally {
      localStorage.removeItem(FALLBACK_LOCK_KEY);
    }
  } catch {
    return undefined;
  } finally {
    flushingInThisPage = false;
  }
}

/**
 * Sends every queued entry that no widget is sending now, oldest first, one attempt each. Accepted
 * and finally rejected entries leave the queue; on the first retryable failure the flush stops, as
 * the endpoint or the network is still down. Entries too old or beyond the bound are dropped.
 */
export async function flushQueue(): Promise<QueueReport | undefined> {
  return withFlushLock(async () => {
    const report: QueueReport = { sent: [], rejected: [], dropped: await prune(Date.now()) };
    const store = await openQueueStore();
    const entries = (await store.all()).sort((a, b) => a.queuedAt - b.queuedAt);
    for (const entry of entries) {
      if (entry.leaseUntil > Date.now()) continue;
      const leased = { ...entry, leaseUntil: Date.now() + LEASE_MS };
      await store.put(leased);
      const attempt = entry.payload.client.attempt + 1;
      const outcome: SendOutcome = await sendOnce(requestForEntry(entry, attempt));
      if (outcome.ok) {
        await store.delete(entry.id);
        report.sent.push({ payload: entry.payload, status: outcome.status, receipt: outcome.receipt });
      } else if (!outcome.retryable) {
        await store.delete(entry.id);
        report.rejected.push({ payload: entry.payload, status: outcome.status });
      } else {
        await store.put({ ...entry, leaseUntil: 0, payload: withAttempt(entry.payload, attempt) });
        // The network or the endpoint is still down: the coordinator tries the flush again later.
        report.stalled = true;
        break;
      }
    }
    return report;
  });
}
