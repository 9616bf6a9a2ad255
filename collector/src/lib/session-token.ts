// Dashboard session tokens: 256 random bits in a cookie, kept in the database only as their
// SHA-256, so that reading the sessions table signs nobody in.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

/**
 * Over TLS the cookie takes the `__Host-` prefix, which browsers accept only with Secure, Path=/
 * and no Domain, so no other host can set or shadow it; over plain HTTP (a workstation) no prefix.
 */
export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-cf-session' : 'cf-session');

/** Compares two tokens in constant time. */
export function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
