import type { FeedbackPayload } from './payload.js';

import type { ChunkName } from './on-demand.js';

/**
 * Why a submission was not accepted: no answer in time, no answer at all, a final 4xx, 408/429/5xx,
 * no anti-abuse token from the page's `tokenProvider` (nothing was sent), or a part of the widget
 * that could not be loaded (`load`; `detail.part` names it).
 */
export type FailureReason = 'timeout' | 'network' | 'rejected' | 'server' | 'token' | 'load';

// Every event is built by the element's own code in the first script (the delivery chunk only
// returns outcomes), so that a chunk that never arrives can still be reported.

/** How every `feedback-*` event travels: up through the page, out of shadow roots. */
const init = { bubbles: true, composed: true } as const;

/** The visitor picked a rating (never fired when `reset()` or a property changes it). */
export class FeedbackRateEvent extends Event {
  static readonly eventName = 'feedback-rate';
  readonly detail: { readonly rating: number };
  constructor(rating: number) {
    super(FeedbackRateEvent.eventName, init);
    this.detail = { rating };
  }
}

/**
 * About to send. `preventDefault()` cancels the submission; a listener may change `detail.payload`
 * in place or replace it, and what it holds afterwards is what is sent.
 */
export class FeedbackSubmitEvent extends Event {
  static readonly eventName = 'feedback-submit';
  readonly detail: { payload: FeedbackPayload };
  constructor(payload: FeedbackPayload) {
    super(FeedbackSubmitEvent.eventName, { ...init, cancelable: true });
    this.detail = { payload };
  }
}

/** The endpoint answered 2xx. `receipt` is the tracking number from a JSON `{ "receipt": … }` body, if any. */
export class FeedbackSentEvent extends Event {
  static readonly eventName = 'feedback-sent';
  readonly detail: { readonly payload: FeedbackPayload; readonly status: number; readonly receipt: string | null };
  constructor(payload: FeedbackPayload, status: number, receipt: string | null) {
    super(FeedbackSentEvent.eventName, init);
    this.detail = { payload, status, receipt };
  }
}

/** The submission could not be sent now and is kept to be sent later. */
export class FeedbackQueuedEvent extends Event {
  static readonly eventName = 'feedback-queued';
  readonly detail: { readonly payload: FeedbackPayload; readonly reason: FailureReason };
  constructor(payload: FeedbackPayload, reason: FailureReason) {
    super(FeedbackQueuedEvent.eventName, init);
    this.detail = { payload, reason };
  }
}

/**
 * A queued submission was thrown away unsent: older than the queue's age limit (`expired`) or pushed
 * out by newer ones beyond its size limit (`overflow`). Fired so that nothing is dropped silently.
 */
export class FeedbackDroppedEvent extends Event {
  static readonly eventName = 'feedback-dropped';
  readonly detail: { readonly payload: FeedbackPayload; readonly reason: 'expired' | 'overflow' };
  constructor(payload: FeedbackPayload, reason: 'expired' | 'overflow') {
    super(FeedbackDroppedEvent.eventName, init);
    this.detail = { payload, reason };
  }
}

/**
 * The submission failed, or a part of the widget could not be loaded (`reason: 'load'`, `part`
 * naming it). `payload` is `null` when no submission was under way: a language, the dialog, the
 * contact fields or kiosk mode failed while the form was shown. `status` is the HTTP status, or
 * `null` when no response came.
 */
export class FeedbackErrorEvent extends Event {
  static readonly eventName = 'feedback-error';
  readonly detail: {
    readonly payload: FeedbackPayload | null;
    readonly status: number | null;
    readonly reason: FailureReason;
    readonly part?: ChunkName;
  };
  constructor(payload: FeedbackPayload | null, status: number | null, reason: FailureReason, part?: ChunkName) {
    super(FeedbackErrorEvent.eventName, init);
    this.detail = { payload, status, reason, part };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'feedback-rate': FeedbackRateEvent;
    'feedback-submit': FeedbackSubmitEvent;
    'feedback-sent': FeedbackSentEvent;
    'feedback-queued': FeedbackQueuedEvent;
    'feedback-error': FeedbackErrorEvent;
    'feedback-dropped': FeedbackDroppedEvent;
  }
}
