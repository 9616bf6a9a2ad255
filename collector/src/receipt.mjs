import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O and U: nothing a visitor can misread or mishear on the phone.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short tracking number a visitor can read out: CF-20261125-4F7K (date in UTC, 32⁴ per day). */
export function newReceipt(date = new Date()) {
  const day = date.toISOString().slice(0, 10).replace(/-/g, '');
  let code = '';
  for (let i = 0; i < 4; i++) code += alphabet[randomInt(alphabet.length)];
  return `CF-${day}-${code}`;
}

export const receiptPattern = /^CF-\d{8}-[0-9A-HJKMNP-TV-Z]{4}$/;
