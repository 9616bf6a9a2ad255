// Password guessing made slow: each account and each client address may fail a few sign-ins freely;
// after that every further failure locks it for twice as long as the last (1 s, 2 s, 4 s … up to
// 15 minutes), and while locked no password is even checked. A success clears the account's count.
// In this instance's memory; shared-sign-in-throttle.ts counts the same in Redis for several.

export interface ThrottleSettings {
  /** Failures allowed before the first lock. */
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs: number;
}

export const defaultThrottle: ThrottleSettings = {
  freeFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

/** Keys kept at most; the oldest are dropped first (a flood of addresses cannot fill the memory). */
const MAX_KEYS = 50_000;

export class SignInThrottle {
  readonly #entries = new Map<string, Entry>();

  constructor(readonly settings: ThrottleSettings = defaultThrottle) {}

  /** Milliseconds until any of these keys may try again; 0 when all may. */
  wait(keys: string[], now = Date.now()): number {
    let longest = 0;
    for (const key of keys) {
      const entry = this.#current(key, now);
      if (entry) longest = Math.max(longest, entry.lockedUntil - now);
    }
    return longest;
  }

  /** Counts a failed sign-in against each key; returns the lock that now applies (ms, 0 for none). */
  failed(keys: string[], now = Date.now()): number {
    const { freeFailures, baseDelayMs, maxDelayMs } = this.settings;
    for (const key of keys) {
      const entry = this.#current(key, now) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
      entry.failures++;
      entry.lastFailure = now;
      const over = entry.failures - freeFailures;
      if (over > 0) entry.lockedUntil = now + Math.min(maxDelayMs, baseDelayMs * 2 ** (over - 1));
      // Re-inserted, so that the map's order is the order of last failure.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    while (this.#entries.size > MAX_KEYS) this.#entries.delete(this.#entries.keys().next().value!);
    return this.wait(keys, now);
  }

  succeeded(keys: string[]): void {
    for (const key of keys) this.#entries.delete(key);
  }

  #current(key: string, now: number): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry && now - entry.lastFailure > this.settings.forgetAfterMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
