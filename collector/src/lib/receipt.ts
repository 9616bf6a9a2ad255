import { randomInt } from 'node:crypto';
import { localDay } from './time-zone.js';

// Crockford's base32 without I, L, O and U: nothing a visitor can misread or mishear on the phone.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A short tracking number a visitor can read out: CF-20261125-4F7K, 32⁴ per day. The date is the
 * visitor's day in the agency's time zone, so that a rating given at 08:00 in Seoul carries that
 * day, as the dashboard shows it.
 */
export function newReceipt(date = new Date(), timeZone = 'UTC'): string {
  const day = localDay(date, timeZone).replace(/-/g, '');
  let code = '';
  for (let i = 0; i < 4; i++) code += alphabet.charAt(randomInt(alphabet.length));
  return `CF-${day}-${code}`;
}

export const receiptPattern = /^CF-\d{8}-[0-9A-HJKMNP-TV-Z]{4}$/;
