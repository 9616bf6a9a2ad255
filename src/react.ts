// React wrapper: `import { CourtesyFeedback } from 'courtesy-feedback/react.js'`. Properties such as
// `metadata` and `transform` are set as properties (not stringified attributes) and the widget's
// events are props: onFeedbackRate, onFeedbackSubmit, onFeedbackSent, onFeedbackQueued,
// onFeedbackError, onFeedbackDropped. Needs react and @lit/react (optional peer dependencies).
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CourtesyFeedback as CourtesyFeedbackElement } from './courtesy-feedback.js';
import { tagName } from './define.js';
import type {
  FeedbackDroppedEvent,
  FeedbackErrorEvent,
  FeedbackQueuedEvent,
  FeedbackRateEvent,
  FeedbackSentEvent,
  FeedbackSubmitEvent,
} from './events.js';

export const CourtesyFeedback = createComponent({
  tagName,
  elementClass: CourtesyFeedbackElement,
  react: React,
  events: {
    onFeedbackRate: 'feedback-rate' as EventName<FeedbackRateEvent>,
    onFeedbackSubmit: 'feedback-submit' as EventName<FeedbackSubmitEvent>,
    onFeedbackSent: 'feedback-sent' as EventName<FeedbackSentEvent>,
    onFeedbackQueued: 'feedback-queued' as EventName<FeedbackQueuedEvent>,
    onFeedbackError: 'feedback-error' as EventName<FeedbackErrorEvent>,
    onFeedbackDropped: 'feedback-dropped' as EventName<FeedbackDroppedEvent>,
  },
  displayName: 'CourtesyFeedback',
});
