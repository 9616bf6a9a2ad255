export { CourtesyFeedback } from './courtesy-feedback.js';
export { tagName } from './define.js';
export {
  FeedbackDroppedEvent,
  FeedbackErrorEvent,
  FeedbackQueuedEvent,
  FeedbackRateEvent,
  FeedbackSentEvent,
  FeedbackSubmitEvent,
  type FailureReason,
} from './events.js';
export {
  SCHEMA_ID,
  aspectNames,
  type Aspect,
  type ContactDetails,
  type FeedbackPayload,
  type Rating,
  type Subject,
} from './payload.js';
export type { Messages, MessageOverrides } from './i18n/messages.js';
export { scaleNames, type ScaleName } from './rating/scales.js';
export type { Channel, CommentRule, ContentType, CredentialMode, Method } from './config.js';
export type { PayloadTransform } from './transport/request.js';
export type { RetryPolicy } from './transport/backoff.js';
export { MAX_QUEUED, MAX_QUEUE_AGE } from './transport/queue.js';
export { VERSION } from './version.js';
