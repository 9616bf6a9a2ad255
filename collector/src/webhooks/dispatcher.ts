// Sends the outbox. Every notification was committed with its submission before any attempt, so a
// crash, a restart or a receiver outage delays it but loses none. Delivery is at least once: a
// receiver that answers too late may see an id again, and should ignore the repeat.
import { signedHeaders, signerFor } from './sign.js';
import { version } from '../version.js';
import type { ClaimedDelivery, FeedbackStore } from '../db/store.js';

export interface DispatcherSettings {
  webhookSecret: string;
  webhookTimeoutMs: number;
  webhookMaxAttempts: number;
  webhookRetryBaseMs: number;
  webhookRetryMaxMs: number;
}

export type LogLevel = 'info' | 'warn' | 'error';

export interface Dispatcher {
  /** Looks at the outbox now (a new notification was written). */
  kick(): Promise<void> | undefined;
  /** Stops, after the delivery under way. */
  stop(): Promise<void>;
}

const BATCH = 20;

/** Full jitter under a doubling ceiling, as the widget retries: spreads a recovering receiver's load. */
export function retryDelay(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  return Math.round(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
}

export function startDispatcher({
  store,
  config,
  log = () => {},
  pollMs = 1000,
}: {
  store: FeedbackStore;
  config: DispatcherSettings;
  log?: (level: LogLevel, message: string) => void;
  pollMs?: number;
}): Dispatcher {
  const signer = signerFor(config.webhookSecret);
  // Long enough for one attempt to finish, so that no other sender claims it meanwhile.
  const leaseMs = config.webhookTimeoutMs + 5000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let again = false;

  async function deliver(entry: ClaimedDelivery): Promise<void> {
    const now = new Date();
    let problem: string;
    try {
      const response = await fetch(entry.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': `courtesy-feedback-collector/${version}`,
          'webhook-event': entry.event,
          ...signedHeaders(signer, entry.id, entry.body, now),
        },
        body: entry.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(config.webhookTimeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return store.outboxDelivered(entry.seq, new Date());
      problem = `HTTP ${response.status}`;
    } catch (error) {
      const { name, cause } = error as Error;
      problem = name === 'TimeoutError' ? `no answer in ${config.webhookTimeoutMs} ms` : String(cause ?? error);
    }
    if (entry.attempts >= config.webhookMaxAttempts) {
      log(
        'warn',
        // The host only: a chat hook's address carries its secret in the path.
        `webhook ${entry.event} ${entry.id} to ${new URL(entry.url).host} failed for good after ${entry.attempts} attempts: ${problem}`
      );
      return store.outboxFailed(entry.seq, new Date(), problem);
    }
    const delay = retryDelay(entry.attempts, config.webhookRetryBaseMs, config.webhookRetryMaxMs);
    await store.outboxRetry(entry.seq, new Date(Date.now() + delay), problem);
    wakeAfter(delay);
  }

  async function drain(): Promise<void> {
    do {
      again = false;
      for (;;) {
        const now = new Date();
        const batch = await store.claimOutbox(now, new Date(now.getTime() + leaseMs), BATCH);
        if (batch.length === 0) break;
        await Promise.all(batch.map(deliver));
        if (stopped) return;
      }
    } while (again && !stopped);
  }

  /** Runs one drain at a time; a kick during a drain makes it look once more. */
  function kick(): Promise<void> | undefined {
    if (stopped) return running;
    if (running) {
      again = true;
      return running;
    }
    running = drain()
      .catch((error: Error) => log('error', `webhook outbox: ${error.message}`))
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  // A retry due before the next poll gets its own wake-up.
  let wake: NodeJS.Timeout | undefined;
  let wakeAt = Infinity;
  function wakeAfter(delay: number): void {
    const at = Date.now() + delay;
    if (stopped || at >= wakeAt || delay >= pollMs) return;
    clearTimeout(wake);
    wakeAt = at;
    wake = setTimeout(() => {
      wakeAt = Infinity;
      kick();
    }, delay + 1);
    wake.unref?.();
  }

  function schedule(): void {
    timer = setTimeout(async () => {
      await kick();
      if (!stopped) schedule();
    }, pollMs);
    timer.unref?.();
  }
  schedule();
  kick();

  return {
    kick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(wake);
      await running;
    },
  };
}
