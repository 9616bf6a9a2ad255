// The sign-in throttle counted in Redis, so that instances behind one load balancer lock an address
// or an account together (each alone would allow its own five guesses, and its own lock schedule).
// Same rule as SignInThrottle; should Redis not answer, that instance's memory counts instead, so
// that an outage neither locks the managers out nor lets guesses through unthrottled.
import type { Redis } from 'ioredis';
import { SignInThrottle, defaultThrottle, type ThrottleSettings } from './sign-in-throttle.js';

/** What manager sign-in asks, whichever throttle counts. */
export interface Throttle {
  wait(keys: string[]): Promise<number>;
  failed(keys: string[]): Promise<number>;
  succeeded(keys: string[]): Promise<void>;
}

const prefix = 'courtesy-feedback:sign-in:';

export function memoryThrottle(memory = new SignInThrottle()): Throttle {
  return {
    wait: async (keys) => memory.wait(keys),
    failed: async (keys) => memory.failed(keys),
    succeeded: async (keys) => memory.succeeded(keys),
  };
}

export function sharedThrottle(
  redis: Redis,
  settings: ThrottleSettings = defaultThrottle,
  onFallback: (error: Error) => void = () => {}
): Throttle {
  const fallback = memoryThrottle(new SignInThrottle(settings));
  const guarded =
    <A extends unknown[], R>(work: (...args: A) => Promise<R>, local: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await work(...args);
      } catch (error) {
        onFallback(error as Error);
        return local(...args);
      }
    };

  const wait = async (keys: string[], now = Date.now()): Promise<number> => {
    const locks = await Promise.all(keys.map((key) => redis.hget(prefix + key, 'lockedUntil')));
    return Math.max(0, ...locks.map((until) => (until === null ? 0 : Number(until) - now)));
  };

  return {
    wait: guarded(wait, fallback.wait),
    failed: guarded(async (keys: string[]) => {
      const now = Date.now();
      const { freeFailures, baseDelayMs, maxDelayMs, forgetAfterMs } = settings;
      for (const key of keys) {
        const failures = await redis.hincrby(prefix + key, 'failures', 1);
        const over = failures - freeFailures;
        if (over > 0) {
          await redis.hset(
            prefix + key,
            'lockedUntil',
            String(now + Math.min(maxDelayMs, baseDelayMs * 2 ** (over - 1)))
          );
        }
        // A key with no failure for this long starts afresh, as in memory.
        await redis.pexpire(prefix + key, forgetAfterMs);
      }
      return wait(keys, now);
    }, fallback.failed),
    succeeded: guarded(async (keys: string[]) => {
      await redis.del(...keys.map((key) => prefix + key));
    }, fallback.succeeded),
  };
}
