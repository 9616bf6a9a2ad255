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
export type { PayloadTransform } from './chunks/delivery/request.js';
export type { RetryPolicy } from './chunks/delivery/backoff.js';
export { MAX_QUEUED, MAX_QUEUE_AGE } from './chunks/delivery/queue.js';
export { VERSION } from './version.js';
