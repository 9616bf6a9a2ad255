import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormConfig } from '../config.js';
import {
  FeedbackDroppedEvent,
  FeedbackErrorEvent,
  FeedbackQueuedEvent,
  FeedbackSentEvent,
  FeedbackSubmitEvent,
  type FailureReason,
} from '../events.js';
import type { FeedbackPayload } from '../payload.js';
import type { RetryPolicy } from '../transport/backoff.js';
import type { QueueReport } from '../transport/queue.js';
import { loadDelivery } from '../transport/load-delivery.js';
import type { PayloadTransform } from '../transport/request.js';
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
  /** The page's anti-abuse hook: its token goes in the `X-Feedback-Token` header. */
  tokenProvider: TokenProvider | undefined;
}

/** Returns an anti-abuse token (from a CAPTCHA-free service, a session, …) for one submission. */
export type TokenProvider = () => Promise<string> | string;

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
    const abort = (this.__abort = new AbortController());
    // Loaded as soon as a widget is on the page, without holding up its first render: a flush of what
    // earlier pages left behind needs it, and a visitor who goes offline before sending still has it.
    void loadDelivery()
      .then((delivery) => {
        if (!abort.signal.aborted) delivery.widgetConnected(this.host, this.host.queue !== 'off', this.__report);
      })
      .catch(() => undefined);
  }

  hostDisconnected() {
    this.__abort.abort();
    void loadDelivery()
      .then((delivery) => delivery.widgetDisconnected(this.host))
      .catch(() => undefined);
  }

  /** A flush's outcome, told to the page as the events a live send fires. */
  private readonly __report = (report: QueueReport) => {
    for (const { payload, status, receipt } of report.sent)
      this.host.dispatchEvent(new FeedbackSentEvent(payload, status, receipt));
    for (const { payload, status } of report.rejected)
      this.host.dispatchEvent(new FeedbackErrorEvent(payload, status, 'rejected'));
    for (const { payload, reason } of report.dropped)
      this.host.dispatchEvent(new FeedbackDroppedEvent(payload, reason));
  };

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
    this.__setState({ phase: 'sending' });
    let headers = options.headers;
    if (options.tokenProvider) {
      let token: unknown;
      try {
        token = await options.tokenProvider();
      } catch (error) {
        token = error;
      }
      if (typeof token !== 'string' || !token) {
        console.error('<courtesy-feedback> tokenProvider gave no token; nothing was sent.', token);
        return this.__fail(payload, 'token', null);
      }
      headers = { ...headers, 'X-Feedback-Token': token };
    }
    let result;
    try {
      const delivery = await loadDelivery();
      result = await delivery.deliverSubmission({
        ...options,
        headers,
        payload,
        priorAttempts: draft.attempts,
        signal: this.__abort.signal,
        report: this.__report,
      });
    } catch (error) {
      // The delivery chunk could not be loaded: offline before it ever came, or blocked.
      console.error('<courtesy-feedback> could not load its delivery module; nothing was sent.', error);
      return this.__fail(payload, 'network', null);
    }
    if (result.kind === 'transform-failed') {
      console.error('<courtesy-feedback> the transform property threw; nothing was sent.', result.error);
      return this.__fail(payload, 'rejected', null);
    }
    const { outcome, attempts, queued } = result;
    draft.attempts += attempts;
    const sentPayload = withAttempt(payload, draft.attempts);
    if (outcome.ok) {
      this.__draft = undefined;
      this.__setState({ phase: 'sent', receipt: outcome.receipt });
      this.host.dispatchEvent(new FeedbackSentEvent(sentPayload, outcome.status, outcome.receipt));
      // The endpoint is answering: a good moment to send whatever waits in the queue.
      if (options.queue) (await loadDelivery()).scheduleFlush();
    } else if (queued) {
      this.__draft = undefined;
      this.__setState({ phase: 'queued', reason: outcome.reason });
      this.host.dispatchEvent(new FeedbackQueuedEvent(payload, outcome.reason));
    } else {
      return this.__fail(sentPayload, outcome.reason, outcome.status);
    }
    return this.state;
  }

  private __fail(payload: FeedbackPayload, reason: FailureReason, status: number | null): SubmitState {
    this.__setState({ phase: 'failed', reason, status });
    this.host.dispatchEvent(new FeedbackErrorEvent(payload, status, reason));
    return this.state;
  }

  /**
   * Shows the thank-you without sending anything: what an obvious bot (honeypot filled, sent faster
   * than a person can) gets, so that it learns nothing. No event fires.
   */
  discard(): SubmitState {
    this.__draft = undefined;
    this.__setState({ phase: 'sent', receipt: null });
    return this.state;
  }

  /** Ends a send that could not start (a module it needs did not load): nothing was built or sent. */
  refuse(reason: FailureReason) {
    this.__setState({ phase: 'failed', reason, status: null });
  }

  reset() {
    this.__draft = undefined;
    this.__setState({ phase: 'idle' });
  }
}
