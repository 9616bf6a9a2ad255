// Which submissions become cases, and what the visitor is given to follow one: the receipt's check
// code and the link to the status page.
import { isLowRating, matchLocale, type FeedbackPayload } from 'courtesy-feedback/server.js';
import type { Config } from '../config.js';
import { checkCode, sealContact } from '../lib/contact-seal.js';
import type { CaseOpening } from '../db/cases.js';
import type { CaseReason } from './case-states.js';

/** A reply asked for (an e-mail address or a phone number left), or a low rating; otherwise none. */
export function caseReason(payload: FeedbackPayload): CaseReason | undefined {
  if (payload.contact && (payload.contact.email || payload.contact.phone)) return 'contact';
  if (isLowRating(payload.rating.scale, payload.rating.value)) return 'low';
  return undefined;
}

/**
 * The case a new submission opens, its contact details sealed; undefined when it is not a case.
 * Without a contact key the details are not kept at all (the log says so at start).
 */
export function caseOpening(
  payload: FeedbackPayload,
  receipt: string,
  at: Date,
  { contactKeys }: Pick<Config, 'contactKeys'>
): CaseOpening | undefined {
  const reason = caseReason(payload);
  if (!reason) return undefined;
  const { name, email, phone } = payload.contact ?? {};
  const contact =
    reason === 'contact' && contactKeys.length > 0
      ? sealContact({ ...(name && { name }), ...(email && { email }), ...(phone && { phone }) }, receipt, contactKeys)
      : null;
  return { receipt, submissionId: payload.id, reason, at, contact };
}

/**
 * What the 201 adds for a case: the check code and the status page's address, when there is a key.
 * The address opens the page in the language the visitor rated in (`locale`), Korean needing none.
 */
export function followUp(receipt: string, base: string, { contactKeys }: Pick<Config, 'contactKeys'>, locale?: string) {
  const [key] = contactKeys;
  if (!key) return {};
  const check = checkCode(receipt, key);
  const query = new URLSearchParams({ receipt, check });
  const lang = matchLocale(locale);
  if (lang !== 'ko') query.set('lang', lang);
  return { check, statusUrl: `${base}/status?${query}` };
}
