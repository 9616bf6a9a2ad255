import type { FeedbackPayload } from '../../payload.js';

/** The detector's masking function, as the delivery chunk borrows it from the first script's loader. */
export type Masker = (text: string) => { text: string; masked: boolean };

/** The payload with its comment masked; `piiMasked` stays true once any masking happened. */
export function maskedPayload(payload: FeedbackPayload, mask: Masker): FeedbackPayload {
  const comment = mask(payload.comment);
  return { ...payload, comment: comment.text, piiMasked: payload.piiMasked || comment.masked };
}
