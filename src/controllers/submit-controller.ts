import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormConfig } from '../config.js';
import type { FailureReason } from '../events.js';
import type { FeedbackPayload } from '../payload.js';
import type { RetryPolicy } from '../transport/backoff.js';
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

/** The answers last tried and not yet accepted: their id, kept across sends, and their attempts. */
export interface Draft {
  id: string;
  answers: string;
  attempts: number;
}

/**
 * Owns the request state of one form: one submission at a time, and the id that a retry of
 * unchanged answers keeps so that an endpoint which stored an earlier attempt recognises the next.
 * The sending itself (events, retries, the offline queue) is the delivery chunk's `sendDraft`.
 */
export class SubmitController implements ReactiveController {
  state: SubmitState = { phase: 'idle' };
  private readonly host: ReactiveControllerHost & HTMLElement & { queue?: string };
  private __draft: Draft | undefined;
  /** Ends the waits between retries when the form is reset or removed. */
  private __abort = new AbortController();

  constructor(host: ReactiveControllerHost & HTMLElement & { queue?: string }) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {
    const abort = (this.__abort = new AbortController());
    // Loaded once the widget has rendered, so that it does not compete with the first render: a flush
    // of what earlier pages left behind needs it, and a visitor who goes offline before sending still
    // has it.
    void this.host.updateComplete
      .then(loadDelivery)
      .then((delivery) => {
        if (!abort.signal.aborted) delivery.widgetConnected(this.host, this.host.queue !== 'off');
      })
      .catch(() => undefined);
  }

  hostDisconnected() {
    this.__abort.abort();
    void loadDelivery()
      .then((delivery) => delivery.widgetDisconnected(this.host))
      .catch(() => undefined);
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
    this.__setState({ phase: 'sending' });
    let state: SubmitState;
    try {
      const delivery = await loadDelivery();
      state = await delivery.sendDraft(this.host, draft, buildPayload, options, this.__abort.signal);
    } catch (error) {
      // The delivery chunk could not be loaded (offline before it ever came, or blocked): no event,
      // since nothing was built; the visitor is told and may send again.
      console.error('<courtesy-feedback> could not load its delivery module; nothing was sent.', error);
      state = { phase: 'failed', reason: 'network', status: null };
    }
    if (state.phase === 'sent' || state.phase === 'queued') this.__draft = undefined;
    this.__setState(state);
    return state;
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
