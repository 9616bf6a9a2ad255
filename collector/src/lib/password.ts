// Manager passwords: the policy a new one must meet, and scrypt (memory-hard, in node:crypto) to
// keep it. A stored hash names its own parameters, so that raising them later leaves old hashes
// readable and `needsRehash` says which to replace at the next sign-in.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keyLength: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  );

/**
 * OWASP's scrypt row of 32 MiB: N = 2^15, r = 8, p = 3 (as hard as 2^17 with p = 1, in a quarter of
 * the memory, so that a burst of sign-ins on a small server cannot exhaust it; libuv's four threads
 * bound how many run at once).
 */
const current = { N: 2 ** 15, r: 8, p: 3 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a new password is refused, or null. Length only, as NIST 800-63B and ASVS 2.1 ask. */
export function passwordProblem(password: string): string | null {
  // Characters as people count them (a Hangul syllable is one), not UTF-16 units.
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) return `a password needs at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `a password may have at most ${PASSWORD_MAX_LENGTH} characters`;
  return null;
}

interface Parsed {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): Parsed | null {
  const [name, N, r, p, salt, key] = stored.split('$');
  if (name !== 'scrypt' || !N || !r || !p || !salt || !key) return null;
  return {
    N: Number(N),
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt, 'base64'),
    key: Buffer.from(key, 'base64'),
  };
}

const memoryFor = ({ N, r }: { N: number; r: number }) => 256 * N * r;

/** `scrypt$N$r$p$salt$key`, salt and key in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_BYTES, { ...current, maxmem: memoryFor(current) });
  return ['scrypt', current.N, current.r, current.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Compares in constant time. A hash it cannot read never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await scrypt(password, parsed.salt, parsed.key.length, {
    N: parsed.N,
    r: parsed.r,
    p: parsed.p,
    maxmem: memoryFor(parsed),
  });
  return timingSafeEqual(key, parsed.key);
}

/** A hash made with weaker parameters than today's. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N < current.N || parsed.r < current.r || parsed.p < current.p;
}

/**
 * A hash of nobody's password, checked when the name is unknown, so that the time taken does not
 * tell which names exist.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword(randomBytes(18).toString('base64')));
