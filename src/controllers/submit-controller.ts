import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormConfig } from '../config.js';
import {
  FeedbackErrorEvent,
  FeedbackQueuedEvent,
  FeedbackSentEvent,
  FeedbackSubmitEvent,
  type FailureReason,
} from '../events.js';
import type { FeedbackPayload } from '../payload.js';
import { defaultRetryPolicy, type RetryPolicy } from '../transport/backoff.js';
import {
  reportQueue,
  scheduleFlush,
  trackPending,
  untrackPending,
  widgetConnected,
  widgetDisconnected,
} from '../transport/coordinator.js';
import { deliver } from '../transport/deliver.js';
import { releaseEntry, removeEntry, saveEntry } from '../transport/queue.js';
import type { QueuedSubmission } from '../transport/queue-store.js';
import { buildRequest, type PayloadTransform } from '../transport/request.js';
import { randomId } from '../uuid.js';

/** Where a submission is. Each phase holds exactly what the form needs to show it. */
export type SubmitState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'sending' }
  | { readonly phase: 'sent'; readonly receipt: string | null }
  | { readonly phase: 'queued'; readonly reason: FailureReason }
  | { readonly phase: 'failed'; readonly reason: FailureReason; readonly status: number | null }
  | { readonly phase: 'cancelled' };

export interface SubmitOptions {
  config: FormConfig;
  headers: Record<string, string> | undefined;
  transform: PayloadTransform | undefined;
  /** Keep what could not be sent in the browser and send it later (`queue="on"`). */
  queue: boolean;
  retry: Partial<RetryPolicy> | undefined;
}

function withAttempt(payload: FeedbackPayload, attempt: number): FeedbackPayload {
  return { ...payload, client: { ...payload.client, attempt } };
}

/**
 * Owns the request state machine of one form: one submission at a time, retries, the offline queue,
 * the `feedback-*` events of a submission, and the id that a retry of unchanged answers keeps so
 * that an endpoint which stored an earlier attempt recognises the next.
 */
export class SubmitController implements ReactiveController {
  state: SubmitState = { phase: 'idle' };
  private readonly host: ReactiveControllerHost & HTMLElement & { queue?: string };
  /** The id of the answers last tried and not yet accepted, and how many attempts they had. */
  private __draft: { id: string; answers: string; attempts: number } | undefined;
  /** Ends the waits between retries when the form is reset or removed. */
  private __abort = new AbortController();

  constructor(host: ReactiveControllerHost & HTMLElement & { queue?: string }) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {
    this.__abort = new AbortController();
    widgetConnected(this.host, this.host.queue !== 'off');
  }

  hostDisconnected() {
    this.__abort.abort();
    widgetDisconnected(this.host);
  }

  get busy(): boolean {
    return this.state.phase === 'sending';
  }

  private __setState(state: SubmitState) {
    this.state = state;
    this.host.requestUpdate();
  }

  /**
   * Sends the answers, retrying what may succeed later. `answers` identifies what the visitor
   * entered: the same answers sent again keep their id; changed answers are a new submission.
   */
  async submit(
    answers: string,
    buildPayload: (id: string, attempt: number) => FeedbackPayload,
    options: SubmitOptions
  ): Promise<SubmitState> {
    if (this.busy) return this.state;
    if (this.__draft?.answers !== answers) this.__draft = { id: randomId(), answers, attempts: 0 };
    const draft = this.__draft;
    const submitEvent = new FeedbackSubmitEvent(buildPayload(draft.id, draft.attempts + 1));
    if (!this.host.dispatchEvent(submitEvent)) {
      this.__setState({ phase: 'cancelled' });
      return this.state;
    }
    const payload = submitEvent.detail.payload;
    const { config } = options;
    const policy = { ...defaultRetryPolicy, ...options.retry };
    const requestFor = (attempt: number) =>
      buildRequest(
        withAttempt(payload, draft.attempts + attempt),
        config,
        location.origin,
        options.headers,
        options.transform
      );

    let first;
    try {
      first = requestFor(1);
    } catch (error) {
      console.error('<courtesy-feedback> the transform property threw; nothing was sent.', error);
      this.__setState({ phase: 'failed', reason: 'rejected', status: null });
      this.host.dispatchEvent(new FeedbackErrorEvent(payload, null, 'rejected'));
      return this.state;
    }
    this.__setState({ phase: 'sending' });

    // Write-ahead: the entry is stored before the answer comes, so closing the tab loses nothing.
    // Only a body that can be stored as text can be queued (not FormData or Blob from a transform).
    const queueable = options.queue && typeof first.body === 'string';
    const { 'Content-Type': _contentType, ...headers } = first.headers;
    const entry: QueuedSubmission = {
      id: payload.id,
      payload,
      url: first.url,
      method: first.method,
      credentials: first.credentials,
      headers,
      body: options.transform ? (first.body as string) : null,
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
      signal: this.__abort.signal,
      onAttempt: (attempt) => (attemptsSoFar = attempt),
    });
    untrackPending(payload.id);
    draft.attempts += attempts;
    const dropped = await saved;
    if (dropped.length) reportQueue({ sent: [], rejected: [], dropped }, this.host);

    if (outcome.ok) {
      if (queueable) await removeEntry(payload.id).catch(() => undefined);
      this.__draft = undefined;
      this.__setState({ phase: 'sent', receipt: outcome.receipt });
      this.host.dispatchEvent(
        new FeedbackSentEvent(withAttempt(payload, draft.attempts), outcome.status, outcome.receipt)
      );
      // The endpoint is answering: a good moment to send whatever waits in the queue.
      if (options.queue) scheduleFlush();
    } else if (outcome.retryable && queueable) {
      await releaseEntry({ ...entry, payload: withAttempt(payload, draft.attempts) }).catch(() => undefined);
      this.__draft = undefined;
      this.__setState({ phase: 'queued', reason: outcome.reason });
      this.host.dispatchEvent(new FeedbackQueuedEvent(payload, outcome.reason));
    } else {
      if (queueable) await removeEntry(payload.id).catch(() => undefined);
      this.__setState({ phase: 'failed', reason: outcome.reason, status: outcome.status });
      this.host.dispatchEvent(
        new FeedbackErrorEvent(withAttempt(payload, draft.attempts), outcome.status, outcome.reason)
      );
    }
    return this.state;
  }

  reset() {
    this.__draft = undefined;
    this.__setState({ phase: 'idle' });
  }
}
