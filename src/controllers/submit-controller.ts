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
import type { ChunkName, LoadFailure } from '../on-demand.js';
import type { FeedbackPayload } from '../payload.js';
import { loadPii } from '../pii/load-pii.js';
import type { RetryPolicy } from '../chunks/delivery/backoff.js';
import type { QueueListener } from '../chunks/delivery/delivery.js';
import { loadDelivery } from '../transport/load-delivery.js';
import {
  OUTBOX_LEASE,
  readOutbox,
  removeFromOutbox,
  writeOutbox,
  type OutboxAccess,
  type OutboxEntry,
} from '../transport/outbox.js';
import type { QueueReport } from '../chunks/delivery/queue.js';
import type { PayloadTransform } from '../chunks/delivery/request.js';
import type { FollowUp } from '../chunks/delivery/send.js';
import { randomId } from '../uuid.js';

/** Where a submission is. Each phase holds exactly what the form needs to show it. */
export type SubmitState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'sending' }
  | { readonly phase: 'sent'; readonly receipt: string | null; readonly follow?: FollowUp | null }
  | { readonly phase: 'queued'; readonly reason: FailureReason }
  | { readonly phase: 'failed'; readonly reason: FailureReason; readonly status: number | null }
  | { readonly phase: 'cancelled' };

export interface SubmitOptions {
  config: FormConfig;
  headers: Record<string, string> | undefined;
  transform: PayloadTransform | undefined;
  /** Keep what could not be sent in the browser and send it later (`queue="on"`, not kiosk mode). */
  queue: boolean;
  retry: Partial<RetryPolicy> | undefined;
  /** The page's anti-abuse hook: its token goes in the `X-Feedback-Token` header. */
  tokenProvider: TokenProvider | undefined;
}

/** Returns an anti-abuse token (from a CAPTCHA-free service, a session, …) for one submission. */
export type TokenProvider = () => Promise<string> | string;

/** The answers last tried and not yet accepted: their id, kept across sends, and their attempts. */
interface Draft {
  id: string;
  answers: string;
  attempts: number;
}

type Host = ReactiveControllerHost & HTMLElement;

/** What the delivery chunk may do with the outbox: it is lent, since a chunk imports nothing of the first script. */
const outbox: OutboxAccess = { read: readOutbox, remove: removeFromOutbox };

/**
 * Owns the request state of one form and every submission event. The guarantee first: the answers
 * go into the outbox (`outbox.ts`) in the same task as the press, before any chunk is needed, and
 * leave the device only masked as `pii` says. Then the chunks: the detector if the comment still
 * needs it, the delivery module to send, each loaded a bounded number of times (`on-demand.ts`).
 * The delivery module returns outcomes; this controller turns them into state and events. The id
 * of unchanged answers is kept across sends, so an endpoint that stored one attempt knows the next.
 */
export class SubmitController implements ReactiveController {
  state: SubmitState = { phase: 'idle' };
  private readonly __host: Host;
  /** The host's current sending options, or undefined while it is misconfigured. */
  private readonly __options: () => SubmitOptions | undefined;
  private __draft: Draft | undefined;
  /** Ends the waits between retries when the form is reset or removed. */
  private __abort = new AbortController();
  /** This widget as the delivery module's coordinator knows it. */
  private readonly __listener: QueueListener = { report: (report) => this.__report(report) };

  constructor(host: Host, options: () => SubmitOptions | undefined) {
    this.__host = host;
    this.__options = options;
    host.addController(this);
  }

  hostConnected() {
    this.__abort = new AbortController();
    addEventListener('online', this.__handleOnline);
    // After the first render, so that it does not compete with it: a flush of what earlier pages
    // left behind needs the delivery module, and a visitor who goes offline before sending has it.
    void this.__host.updateComplete.then(() => this.__connect(this.__abort.signal));
  }

  hostDisconnected() {
    this.__abort.abort();
    removeEventListener('online', this.__handleOnline);
    loadDelivery.current?.widgetDisconnected(this.__listener);
  }

  get busy(): boolean {
    return this.state.phase === 'sending';
  }

  /** Sent, or kept to be sent later: either way the visitor is finished with this form. */
  get done(): boolean {
    return ['sent', 'queued'].includes(this.state.phase);
  }

  /** Back online: what could not be loaded may load now, and what waits in the outbox may go. */
  private readonly __handleOnline = () => {
    loadDelivery.again();
    loadPii.again();
    void this.__connect(this.__abort.signal);
  };

  private async __connect(signal: AbortSignal) {
    const delivery = await loadDelivery().catch(() => undefined);
    const options = this.__options();
    if (!delivery || !options || signal.aborted) return;
    delivery.widgetConnected(this.__listener, options.queue);
    if (options.queue) await delivery.drainOutbox(outbox, { ...options, detector: loadPii }, this.__listener);
  }

  /** What a flush of the queue did, told with the events a live send fires. */
  private __report({ sent, rejected, dropped }: QueueReport) {
    const host = this.__host;
    for (const { payload, status, receipt } of sent)
      host.dispatchEvent(new FeedbackSentEvent(payload, status, receipt));
    for (const { payload, status } of rejected) host.dispatchEvent(new FeedbackErrorEvent(payload, status, 'rejected'));
    for (const { payload, reason } of dropped) host.dispatchEvent(new FeedbackDroppedEvent(payload, reason));
  }

  private __setState(state: SubmitState): SubmitState {
    this.state = state;
    this.__host.requestUpdate();
    return state;
  }

  /**
   * Sends the answers. `answers` identifies what the visitor entered: the same answers sent again
   * keep their id; changed answers are a new submission. `mask` says the comment in the payload is
   * as typed and must be masked before it leaves (the detector was not here yet).
   */
  async submit(
    answers: string,
    buildPayload: (id: string, attempt: number) => FeedbackPayload,
    mask: boolean,
    options: SubmitOptions
  ): Promise<SubmitState> {
    if (this.busy) return this.state;
    if (this.__draft?.answers !== answers) this.__draft = { id: randomId(), answers, attempts: 0 };
    const draft = this.__draft;
    const submitEvent = new FeedbackSubmitEvent(buildPayload(draft.id, draft.attempts + 1));
    if (!this.__host.dispatchEvent(submitEvent)) return this.__setState({ phase: 'cancelled' });
    const payload = submitEvent.detail.payload;
    // Write-ahead, in the task of the press itself: from here on the answers outlive the tab.
    const endpoint = options.config.endpoint.href;
    const entry: OutboxEntry = { payload, endpoint, mask, at: Date.now(), leaseUntil: Date.now() + OUTBOX_LEASE };
    const kept = options.queue && writeOutbox(entry);
    this.__setState({ phase: 'sending' });
    const state = await this.__outcome(draft, payload, mask, kept && entry, options);
    this.__setState(state);
    if (this.done) this.__draft = undefined;
    return state;
  }

  /** Loads what the send needs, has the delivery module send it, and fires the event of its outcome. */
  private async __outcome(
    draft: Draft,
    written: FeedbackPayload,
    mask: boolean,
    kept: OutboxEntry | false,
    options: SubmitOptions
  ): Promise<SubmitState> {
    const host = this.__host;
    const id = written.id;
    const fail = (sent: FeedbackPayload, reason: FailureReason, status: number | null, part?: ChunkName) => {
      removeFromOutbox(id);
      host.dispatchEvent(new FeedbackErrorEvent(sent, status, reason, part));
      return { phase: 'failed', reason, status } as const;
    };
    // A chunk that could not be had: kept answers wait in the outbox for this page to come back
    // online or for the next page of the site; others are reported, and stay in the form.
    const notLoaded = (part: ChunkName, failure: LoadFailure | undefined): SubmitState => {
      const reason = failure === 'offline' ? 'network' : 'load';
      if (!kept) return fail(written, reason, null, part);
      // Given up on here: a drain (this page's when back online, or another page's) may take it.
      writeOutbox({ ...kept, leaseUntil: 0 });
      host.dispatchEvent(new FeedbackQueuedEvent(written, reason));
      return { phase: 'queued', reason };
    };

    const delivery = await loadDelivery().catch(() => undefined);
    if (!delivery) return notLoaded('delivery', loadDelivery.failure);
    const result = await delivery.deliverSubmission({
      ...options,
      payload: written,
      mask,
      detector: loadPii,
      priorAttempts: draft.attempts,
      signal: this.__abort.signal,
      onKept: () => removeFromOutbox(id),
    });
    switch (result.kind) {
      case 'not-masked':
        // Never unmasked: without the detector the comment does not leave the device.
        return notLoaded('detect', loadPii.failure);
      case 'no-token':
        return fail(written, 'token', null);
      case 'transform-failed':
        console.error('<courtesy-feedback> the transform property threw; nothing was sent.', result.error);
        return fail(written, 'rejected', null);
    }
    const { outcome, queued } = result;
    draft.attempts += result.attempts;
    this.__report({ sent: [], rejected: [], dropped: result.dropped });
    if (!queued) removeFromOutbox(id);
    if (outcome.ok) {
      host.dispatchEvent(new FeedbackSentEvent(result.payload, outcome.status, outcome.receipt));
      // The endpoint is answering: a good moment to send whatever waits in the queue.
      if (options.queue) delivery.scheduleFlush();
      return { ...outcome, phase: 'sent' };
    }
    if (queued) {
      host.dispatchEvent(new FeedbackQueuedEvent(result.payload, outcome.reason));
      return { phase: 'queued', reason: outcome.reason };
    }
    return fail(result.payload, outcome.reason, outcome.status);
  }

  /**
   * Shows the thank-you without sending anything: what an obvious bot (honeypot filled, sent faster
   * than a person can) gets, so that it learns nothing. No event fires.
   */
  discard(): SubmitState {
    this.__draft = undefined;
    return this.__setState({ phase: 'sent', receipt: null });
  }

  reset() {
    this.__draft = undefined;
    this.__setState({ phase: 'idle' });
  }
}
