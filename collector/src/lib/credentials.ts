// Checking a manager's name and password, the one way both the sign-in form and HTTP Basic do it:
// throttled per address and per account before any password is checked, the same time spent on an
// unknown name as on a known one, every failure logged as a security event, and a hash made with
// older parameters replaced once the password is known to be right.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { AccountStore, StoredManager } from '../db/accounts.js';
import { InputError } from '../errors.js';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './password.js';
import type { Throttle } from './shared-sign-in-throttle.js';

/** The refusal of a locked account or address, before any password is checked. */
export function tooMany(lockMs: number): InputError {
  const seconds = Math.ceil(lockMs / 1000);
  return new InputError(
    429,
    'too_many_attempts',
    null,
    `Too many failed sign-ins; try again in ${seconds} s.`,
    seconds
  );
}

export interface Attempt {
  name: string;
  password: string;
  address: string;
  log: FastifyBaseLogger;
}

/**
 * Scripts on the manager API send their password with every request; scrypt on each would cost
 * them 0.3 s a call. A success is remembered for a minute under a keyed hash of the stored hash and
 * the password given, so that a changed password or a removed account counts at once.
 */
const REMEMBER_MS = 60_000;
const REMEMBERED_MAX = 1000;

export function credentialChecker(accounts: AccountStore, throttle: Throttle) {
  const rememberKey = randomBytes(32);
  const remembered = new Map<string, number>();
  const memo = (account: StoredManager, password: string) =>
    createHash('sha256')
      .update(rememberKey)
      .update(account.password_hash)
      .update('\0')
      .update(password)
      .digest('base64');

  /** The account, or an InputError: 401 for a wrong pair, 429 while locked. */
  async function check({ name, password, address, log }: Attempt): Promise<StoredManager> {
    const keys = [`address:${address}`, `user:${name}`];
    const locked = await throttle.wait(keys);
    if (locked > 0) throw tooMany(locked);
    const account = await accounts.find(name);
    const key = account && memo(account, password);
    if (account && key && (remembered.get(key) ?? 0) > Date.now()) return account;
    const right = await verifyPassword(password, account?.password_hash ?? (await decoyHash()));
    if (!account || !right) {
      const lock = await throttle.failed(keys);
      // Who was tried, from where; never the password.
      log.warn({ event: 'sign_in_failed', user: name.slice(0, 100), address }, 'sign-in failed');
      if (lock > 0) throw tooMany(lock);
      throw new InputError(401, 'unauthorized', null, 'Wrong user name or password.');
    }
    await throttle.succeeded([`user:${name}`]);
    if (needsRehash(account.password_hash)) {
      await accounts.setPasswordHash(name, await hashPassword(password));
    } else {
      if (remembered.size >= REMEMBERED_MAX) remembered.delete(remembered.keys().next().value!);
      remembered.set(key!, Date.now() + REMEMBER_MS);
    }
    return account;
  }

  return { check };
}
