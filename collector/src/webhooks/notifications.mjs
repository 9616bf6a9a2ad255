// Which submissions are passed on, and what the receiver gets. Praise (a top rating with a comment)
// reaches the staff member it is about; a low rating (lower half of the scale) reaches whoever answers
// for service quality, promptly (ISO 10002 responsiveness).
import { randomUUID } from 'node:crypto';

export const webhookEvents = {
  praise: 'feedback.praise',
  lowRating: 'feedback.low_rating',
};

export function isPraise(payload) {
  return payload.rating.value === payload.rating.max && payload.comment.trim() !== '';
}

export function isLowRating(payload) {
  return payload.rating.value * 2 <= payload.rating.max;
}

/**
 * The body a receiver gets. Contact details are left out: they were given for a reply from the
 * agency, and a chat channel or a ticket system is not where they should travel.
 */
export function webhookBody(event, deliveryId, payload, receipt, receivedAt) {
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

/**
 * The outbox rows for a new submission, one per receiver, from its receipt; none when no webhook is
 * configured or the submission is neither praise nor a low rating. Undefined when no webhook is set.
 */
export function notificationsFor(config) {
  if (config.praiseWebhooks.length === 0 && config.lowRatingWebhooks.length === 0) return undefined;
  return (payload, receivedAt) => (receipt) => {
    const targets = [
      ...(isPraise(payload) ? config.praiseWebhooks.map((url) => [webhookEvents.praise, url]) : []),
      ...(isLowRating(payload) ? config.lowRatingWebhooks.map((url) => [webhookEvents.lowRating, url]) : []),
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
