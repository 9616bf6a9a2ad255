import { flushQueue, type QueueReport } from './queue.js';
import { sendOnce, type SendRequest } from './send.js';

/** Bodies above this cannot go with `keepalive` (the browser's in-flight limit); they stay queued. */
export const KEEPALIVE_LIMIT = 64 * 1024;
/** Pause after the first widget appears before the queue is flushed, so page load goes first. */
const FLUSH_AFTER_LOAD_MS = 300;

/** A widget on the page, as delivery knows it: told what a flush of the queue did (it fires the events). */
export interface QueueListener {
  report(report: QueueReport): void;
}

/**
 * The one page-wide part of delivery: it knows the widgets on the page, flushes the queue when the
 * page loads, when the browser comes back online and after any widget sent successfully, and hands
 * pending submissions to `fetch(…, { keepalive })` when the page is hidden or unloaded.
 */
const widgets = new Set<QueueListener>();
const pending = new Map<string, () => SendRequest>();
let listening = false;
let flushedAfterLoad = false;
let flushTimer: ReturnType<typeof setTimeout> | undefined;

function sendPendingWithKeepalive() {
  for (const [id, requestFor] of pending) {
    const request = requestFor();
    const size = typeof request.body === 'string' ? new Blob([request.body]).size : Infinity;
    // The entry is already in the queue (write-ahead), so a failure here loses nothing: the next page
    // load sends it, and the endpoint keeps one copy per id.
    if (size <= KEEPALIVE_LIMIT) void sendOnce({ ...request, keepalive: true });
    pending.delete(id);
  }
}

/** After a flush that left entries behind, try again every 5 s for a minute. */
const FLUSH_RETRY_MS = 5000;
const FLUSH_RETRIES = 12;

/**
 * Flushes soon; several triggers in a row make one flush. A flush that could not send everything
 * (a network that is still coming back, an endpoint still down) is retried a few times, since the
 * trigger that started it ('online', a success) will not come again by itself.
 */
export function scheduleFlush(delay = 0, retry = 0) {
  clearTimeout(flushTimer);
  flushTimer = setTimeout(async () => {
    const report = await flushQueue();
    // The first widget still on the page fires the events, as a live send does.
    if (report) widgets.values().next().value?.report(report);
    if (report?.stalled && retry < FLUSH_RETRIES) {
      scheduleFlush(FLUSH_RETRY_MS, retry + 1);
    }
  }, delay);
}

function listen() {
  if (listening) return;
  listening = true;
  addEventListener('online', () => scheduleFlush());
  addEventListener('pagehide', sendPendingWithKeepalive);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') sendPendingWithKeepalive();
  });
}

/** Once per page load, the first widget with the queue on sends what earlier pages left behind. */
export function widgetConnected(widget: QueueListener, queueEnabled: boolean) {
  widgets.add(widget);
  listen();
  if (queueEnabled && !flushedAfterLoad) {
    flushedAfterLoad = true;
    scheduleFlush(FLUSH_AFTER_LOAD_MS);
  }
}

export function widgetDisconnected(widget: QueueListener) {
  widgets.delete(widget);
}

/** A submission under way that should be handed to keepalive if the page goes away. */
export function trackPending(id: string, requestFor: () => SendRequest) {
  pending.set(id, requestFor);
}

export function untrackPending(id: string) {
  pending.delete(id);
}
