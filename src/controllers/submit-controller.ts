import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormConfig } from '../config.js';
import { FeedbackErrorEvent, FeedbackSentEvent, FeedbackSubmitEvent, type FailureReason } from '../events.js';
import type { FeedbackPayload } from '../payload.js';
import { buildRequest, type PayloadTransform } from '../transport/request.js';
import { sendOnce } from '../transport/send.js';
import { randomId } from '../uuid.js';

/** Where a submission is. Each phase holds exactly what the form needs to show it. */
export type SubmitState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'sending' }
  | { readonly phase: 'sent'; readonly receipt: string | null }
  | { readonly phase: 'failed'; readonly reason: FailureReason; readonly status: number | null }
  | { readonly phase: 'cancelled' };

export interface SubmitOptions {
  config: FormConfig;
  headers: Record<string, string> | undefined;
  transform: PayloadTransform | undefined;
}

/**
 * Owns the request state machine of one form: one submission at a time, the `feedback-submit`,
 * `feedback-sent` and `feedback-error` events, and the id that a retry of unchanged answers keeps so
 * that an endpoint which stored the first attempt can recognise the second.
 */
export class SubmitController implements ReactiveController {
  state: SubmitState = { phase: 'idle' };
  private readonly host: ReactiveControllerHost & HTMLElement;
  /** The id of the answers last tried and not yet accepted, and how many times they were tried. */
  private draft: { id: string; answers: string; attempts: number } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {}

  get busy(): boolean {
    return this.state.phase === 'sending';
  }

  private setState(state: SubmitState) {
    this.state = state;
    this.host.requestUpdate();
  }

  /**
   * Sends the answers once. `answers` identifies what the visitor entered: the same answers tried
   * again keep their id; changed answers are a new submission with a new id.
   */
  async submit(
    answers: string,
    buildPayload: (id: string, attempt: number) => FeedbackPayload,
    options: SubmitOptions
  ): Promise<SubmitState> {
    if (this.busy) return this.state;
    if (this.draft?.answers !== answers) this.draft = { id: randomId(), answers, attempts: 0 };
    const draft = this.draft;
    const submitEvent = new FeedbackSubmitEvent(buildPayload(draft.id, draft.attempts + 1));
    if (!this.host.dispatchEvent(submitEvent)) {
      this.setState({ phase: 'cancelled' });
      return this.state;
    }
    const payload = submitEvent.detail.payload;
    draft.attempts++;
    this.setState({ phase: 'sending' });
    const outcome = await sendOnce(
      buildRequest(payload, options.config, location.origin, options.headers, options.transform)
    );
    if (outcome.ok) {
      this.draft = undefined;
      this.setState({ phase: 'sent', receipt: outcome.receipt });
      this.host.dispatchEvent(new FeedbackSentEvent(payload, outcome.status, outcome.receipt));
    } else {
      this.setState({ phase: 'failed', reason: outcome.reason, status: outcome.status });
      this.host.dispatchEvent(new FeedbackErrorEvent(payload, outcome.status, outcome.reason));
    }
    return this.state;
  }

  reset() {
    this.draft = undefined;
    this.setState({ phase: 'idle' });
  }
}
