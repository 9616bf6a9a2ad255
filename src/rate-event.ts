/** How every `feedback-*` event travels: up through the page, out of shadow roots. */
export const eventInit = { bubbles: true, composed: true } as const;

/**
 * The visitor picked a rating (never fired when `reset()` or a property changes it). Apart from the
 * other events (`events.ts`): this one fires from the element itself, the others from the delivery
 * chunk, and the embed build keeps each module in one of them.
 */
export class FeedbackRateEvent extends Event {
  static readonly eventName = 'feedback-rate';
  readonly detail: { readonly rating: number };
  constructor(rating: number) {
    super(FeedbackRateEvent.eventName, eventInit);
    this.detail = { rating };
  }
}
