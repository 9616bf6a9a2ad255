import type { FeedbackPayload } from '../../payload.js';

/** The payload as attempt `attempt` (1-based) sends it: the only field that changes between tries. */
export function withAttempt(payload: FeedbackPayload, attempt: number): FeedbackPayload {
  return { ...payload, client: { ...payload.client, attempt } };
}
