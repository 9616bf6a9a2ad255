import type { SubmitOptions, SubmitState, Draft } from '../controllers/submit-controller.js';
import {
  FeedbackErrorEvent,
  FeedbackQueuedEvent,
  FeedbackSentEvent,
  FeedbackSubmitEvent,
  type FailureReason,
} from '../events.js';
import type { FeedbackPayload } from '../payload.js';
import { scheduleFlush } from './coordinator.js';
import { deliverSubmission } from './delivery-job.js';

function withAttempt(payload: FeedbackPayload, attempt: number): FeedbackPayload {
  return { ...payload, client: { ...payload.client, attempt } };
}

/**
 * One send of a form's answers, everything after the element decided to send: `feedback-submit`
 * (which may cancel or change the payload), the anti-abuse token, delivery with retries and the
 * queue, and the `feedback-sent`, `-queued` or `-error` event. Counts the attempts on `draft`, so
 * that a later send of the same answers goes on counting under the same id.
 */
export async function sendDraft(
  host: HTMLElement,
  draft: Draft,
  buildPayload: (id: string, attempt: number) => FeedbackPayload,
  options: SubmitOptions,
  signal: AbortSignal
): Promise<SubmitState> {
  const submitEvent = new FeedbackSubmitEvent(buildPayload(draft.id, draft.attempts + 1));
  if (!host.dispatchEvent(submitEvent)) return { phase: 'cancelled' };
  const payload = submitEvent.detail.payload;
  const fail = (sent: FeedbackPayload, reason: FailureReason, status: number | null): SubmitState => {
    host.dispatchEvent(new FeedbackErrorEvent(sent, status, reason));
    return { phase: 'failed', reason, status };
  };

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
      return fail(payload, 'token', null);
    }
    headers = { ...headers, 'X-Feedback-Token': token };
  }

  const result = await deliverSubmission({
    ...options,
    headers,
    payload,
    priorAttempts: draft.attempts,
    signal,
    host,
  });
  if (result.kind === 'transform-failed') {
    console.error('<courtesy-feedback> the transform property threw; nothing was sent.', result.error);
    return fail(payload, 'rejected', null);
  }
  const { outcome, attempts, queued } = result;
  draft.attempts += attempts;
  const sentPayload = withAttempt(payload, draft.attempts);
  if (outcome.ok) {
    host.dispatchEvent(new FeedbackSentEvent(sentPayload, outcome.status, outcome.receipt));
    // The endpoint is answering: a good moment to send whatever waits in the queue.
    if (options.queue) scheduleFlush();
    return { phase: 'sent', receipt: outcome.receipt };
  }
  if (queued) {
    host.dispatchEvent(new FeedbackQueuedEvent(payload, outcome.reason));
    return { phase: 'queued', reason: outcome.reason };
  }
  return fail(sentPayload, outcome.reason, outcome.status);
}
