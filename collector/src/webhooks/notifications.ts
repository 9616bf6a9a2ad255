// Which submissions are passed on, and what the receiver gets. Praise (a top rating with a comment)
// reaches the staff member it is about; a low rating (lower half of the scale, the widget package's
// own rule) reaches whoever answers for service quality, promptly (ISO 10002 responsiveness).
import { randomUUID } from 'node:crypto';
import { isLowRating, type FeedbackPayload } from 'courtesy-feedback/server.js';
import type { OutboxEntry } from '../db/store.js';

export const webhookEvents = {
  praise: 'feedback.praise',
  lowRating: 'feedback.low_rating',
  caseAnswered: 'case.answered',
} as const;
export type WebhookEvent = (typeof webhookEvents)[keyof typeof webhookEvents];

export function isPraise(payload: FeedbackPayload): boolean {
  return payload.rating.value === payload.rating.max && payload.comment.trim() !== '';
}

/**
 * The body a receiver gets. Contact details are left out: they were given for a reply from the
 * agency, and a chat channel or a ticket system is not where they should travel.
 */
export function webhookBody(
  event: WebhookEvent,
  deliveryId: string,
  payload: FeedbackPayload,
  receipt: string,
  receivedAt: Date
): string {
  return JSON.stringify({
    type: event,
    timestamp: receivedAt.toISOString(),
    data: {
      deliveryId,
      id: payload.id,
      receipt,
      receivedAt: receivedAt.toISOString(),
      createdAt: payload.createdAt,
      rating: payload.rating,
      aspects: payload.aspects,
      comment: payload.comment,
      piiMasked: payload.piiMasked,
      subject: payload.subject,
      page: payload.page,
      locale: payload.locale,
    },
  });
}

/** The receipt a notification body is about, or '' when it cannot be read. */
export function receiptInBody(body: string): string {
  try {
    return String((JSON.parse(body) as { data?: { receipt?: unknown } }).data?.receipt ?? '');
  } catch {
    return '';
  }
}

export interface WebhookTargets {
  praiseWebhooks: string[];
  lowRatingWebhooks: string[];
}

/** The outbox rows of one new submission, from its receipt. */
export type Notifications = (payload: FeedbackPayload, receivedAt: Date) => (receipt: string) => OutboxEntry[];

/**
 * The outbox rows for a new submission, one per receiver; none when the submission is neither praise
 * nor a low rating. Undefined when no webhook is set.
 */
export function notificationsFor(config: WebhookTargets): Notifications | undefined {
  if (config.praiseWebhooks.length === 0 && config.lowRatingWebhooks.length === 0) return undefined;
  return (payload, receivedAt) => (receipt) => {
    const targets: [WebhookEvent, string][] = [
      ...(isPraise(payload)
        ? config.praiseWebhooks.map((url): [WebhookEvent, string] => [webhookEvents.praise, url])
        : []),
      ...(isLowRating(payload.rating.scale, payload.rating.value)
        ? config.lowRatingWebhooks.map((url): [WebhookEvent, string] => [webhookEvents.lowRating, url])
        : []),
    ];
    return targets.map(([event, url]) => {
      const id = randomUUID();
      return {
        id,
        event,
        url,
        body: webhookBody(event, id, payload, receipt, receivedAt),
        created_at: receivedAt.toISOString(),
        next_attempt_at: receivedAt.toISOString(),
      };
    });
  };
}

/** What the agency's own systems learn of an answered case: the answer and where it stands, no contact. */
export interface AnsweredCase {
  receipt: string;
  answer: string;
  answeredBy: string;
  reopened: number;
  department: string | null;
  service: string | null;
}

/** The outbox rows of an answer, one per CASE_WEBHOOKS receiver. */
export function caseAnsweredNotifications(receivers: string[], answered: AnsweredCase, at: Date): OutboxEntry[] {
  return receivers.map((url) => {
    const id = randomUUID();
    const event = webhookEvents.caseAnswered;
    return {
      id,
      event,
      url,
      body: JSON.stringify({
        type: event,
        timestamp: at.toISOString(),
        data: { deliveryId: id, ...answered, answeredAt: at.toISOString(), state: 'answered' },
      }),
      created_at: at.toISOString(),
      next_attempt_at: at.toISOString(),
    };
  });
}
