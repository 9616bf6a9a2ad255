// Contact details at rest: AES-256-GCM under the key in CONTACT_KEY, so that a copy of the database
// (a backup, a stolen file) holds no name, phone number or e-mail address anyone can read. The
// setting is a list for rotation: the first key seals, every key opens; a sealed value names the
// key it was sealed with by a short fingerprint. The same keys derive the visitor's check codes.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/** What a visitor left to be answered, as the widget's payload carries it. */
export interface ContactFields {
  name?: string;
  email?: string;
  phone?: string;
}

export interface ContactKey {
  /** 4 bytes of the key's SHA-256, stored before each sealed value. */
  id: Buffer;
  seal: Buffer;
  check: Buffer;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** One key from its base64 form: 32 random bytes (`openssl rand -base64 32`). */
export function contactKey(base64: string): ContactKey {
  const raw = Buffer.from(base64.trim(), 'base64');
  if (raw.length !== 32 || raw.toString('base64') !== base64.trim()) {
    throw new Error(
      'contact-key must be 32 random bytes in base64 (openssl rand -base64 32), comma-separated for rotation'
    );
  }
  // Separate keys for separate jobs, from the one secret.
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), info, 32));
  return {
    id: createHash('sha256').update(raw).digest().subarray(0, 4),
    seal: derive('courtesy-feedback contact details'),
    check: derive('courtesy-feedback check code'),
  };
}

/** A fresh key for the demo (`npm start`): what an agency makes once and keeps in its secrets. */
export const newContactKey = (): string => randomBytes(32).toString('base64');

/** version ‖ key id ‖ IV ‖ tag ‖ ciphertext. The receipt is bound in as associated data. */
export function sealContact(contact: ContactFields, receipt: string, [key]: readonly ContactKey[]): Buffer {
  if (!key) throw new Error('no contact key');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.seal, iv);
  cipher.setAAD(Buffer.from(receipt));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(contact), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), key.id, iv, cipher.getAuthTag(), sealed]);
}

/** The contact details, or an error naming why they cannot be opened (an unknown key, a changed byte). */
export function openContact(sealed: Buffer, receipt: string, keys: readonly ContactKey[]): ContactFields {
  if (sealed[0] !== VERSION) throw new Error('sealed contact of an unknown version');
  const id = sealed.subarray(1, 5);
  const key = keys.find((candidate) => candidate.id.equals(id));
  if (!key) throw new Error('sealed with a contact key that is no longer in CONTACT_KEY');
  const iv = sealed.subarray(5, 5 + IV_BYTES);
  const tag = sealed.subarray(5 + IV_BYTES, 5 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key.seal, iv);
  decipher.setAAD(Buffer.from(receipt));
  decipher.setAuthTag(tag);
  const plain = Buffer.concat([decipher.update(sealed.subarray(5 + IV_BYTES + TAG_BYTES)), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as ContactFields;
}

// Crockford's base32 without I, L, O and U, as the receipt: easy to read out on the phone.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_LENGTH = 8;

/**
 * The check code of a receipt: 8 characters (40 bits) of an HMAC under the first key. Derived, not
 * stored, so that a repeat of a submission gets the same code and the database holds nothing to
 * look a case up by.
 */
export function checkCode(receipt: string, key: ContactKey): string {
  const mac = createHmac('sha256', key.check).update(receipt).digest();
  let code = '';
  for (let i = 0; i < CHECK_LENGTH; i++) code += alphabet.charAt(mac[i]! & 31);
  return code;
}

/** Whether `check` is the receipt's code under any key (codes given before a rotation still work). */
export function checkMatches(receipt: string, check: string, keys: readonly ContactKey[]): boolean {
  const given = Buffer.from(check.trim().toUpperCase());
  if (given.length !== CHECK_LENGTH) return false;
  return keys.some((key) => timingSafeEqual(given, Buffer.from(checkCode(receipt, key))));
}
