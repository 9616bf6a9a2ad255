// Sends the outbox. Every notification was committed with its submission before any attempt, so a
// crash, a restart or a receiver outage delays it but loses none. Delivery is at least once: a
// receiver that answers too late may see an id again, and should ignore the repeat.
import { parseWebhookSecrets, signedHeaders, signerFor } from './sign.js';
import { version } from '../version.js';
import type { ClaimedDelivery, FeedbackStore } from '../db/store.js';

export interface DispatcherSettings {
  /** The keys of every receiver without its own. */
  webhookSecret: string | undefined;
  /** A receiver's own keys, by URL (Standard Webhooks: a secret per endpoint). */
  receiverSecrets: Record<string, string[]>;
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

/**
 * "Equal jitter" under a doubling ceiling: at least half the ceiling, so that the retries are sure
 * to span their whole schedule (a day by default), and a random rest that spreads a recovering
 * receiver's load.
 */
export function retryDelay(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The longest wait a receiver's Retry-After may ask for. */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** A Retry-After header (seconds, or an HTTP date) as milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, MAX_RETRY_AFTER_MS) : undefined;
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
  const sharedSigners = config.webhookSecret ? parseWebhookSecrets(config.webhookSecret).map(signerFor) : [];
  const ownSigners = new Map(
    Object.entries(config.receiverSecrets).map(([url, secrets]) => [url, secrets.map(signerFor)])
  );
  const signersFor = (url: string) => ownSigners.get(url) ?? sharedSigners;
  // Long enough for one attempt to finish, so that no other sender claims it meanwhile.
  const leaseMs = config.webhookTimeoutMs + 5000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let again = false;

  /**
   * Receivers that answered 410 Gone, kept in the database (so across restarts and instances) and
   * read again at every look at the outbox, since a manager may enable one from the dashboard.
   */
  let gone = new Set<string>();

  async function giveUp(entry: ClaimedDelivery, problem: string): Promise<void> {
    if (!gone.has(entry.url)) {
      gone.add(entry.url);
      await store.disableReceiver(entry.url, new Date(), problem);
      // The host only: a chat hook's address carries its secret in the path.
      log(
        'warn',
        `webhook receiver at ${new URL(entry.url).host} answered 410 Gone: disabled until a delivery of its is sent again from the dashboard`
      );
    }
    await store.outboxFailed(entry.seq, new Date(), problem);
  }

  async function deliver(entry: ClaimedDelivery): Promise<void> {
    if (gone.has(entry.url)) return giveUp(entry, 'the receiver answered 410 Gone before');
    const signers = signersFor(entry.url);
    if (signers.length === 0) {
      // Its URL is no longer set with a key of its own, and no shared key is set: never unsigned.
      return store.outboxFailed(entry.seq, new Date(), 'no signing key for this receiver');
    }
    const now = new Date();
    let problem: string;
    let asked: number | undefined;
    try {
      const response = await fetch(entry.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': `courtesy-feedback-collector/${version}`,
          'webhook-event': entry.event,
          ...signedHeaders(signers, entry.id, entry.body, now),
        },
        body: entry.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(config.webhookTimeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return store.outboxDelivered(entry.seq, new Date());
      if (response.status === 410) return giveUp(entry, 'HTTP 410: the receiver says it is gone');
      problem = `HTTP ${response.status}`;
      asked = retryAfterMs(response.headers.get('retry-after'));
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
    // A receiver that names its own wait (429, 503 with Retry-After) gets at least that.
    const delay = Math.max(retryDelay(entry.attempts, config.webhookRetryBaseMs, config.webhookRetryMaxMs), asked ?? 0);
    await store.outboxRetry(entry.seq, new Date(Date.now() + delay), problem);
    wakeAfter(delay);
  }

  // Deliveries under way, each on its own: a receiver that hangs holds one of BATCH places until its
  // timeout, never the others (a batch used to wait for its slowest).
  const inFlight = new Set<Promise<void>>();
  let placeFreed: (() => void) | undefined;

  function start(entry: ClaimedDelivery): void {
    const delivery = deliver(entry)
      .catch((error: Error) => log('error', `webhook delivery: ${error.message}`))
      .finally(() => {
        inFlight.delete(delivery);
        placeFreed?.();
      });
    inFlight.add(delivery);
  }

  async function drain(): Promise<void> {
    gone = new Set((await store.disabledReceivers()).map((receiver) => receiver.url));
    do {
      again = false;
      while (!stopped) {
        const room = BATCH - inFlight.size;
        if (room <= 0) {
          await new Promise<void>((resolve) => (placeFreed = resolve));
          continue;
        }
        const now = new Date();
        const batch = await store.claimOutbox(now, new Date(now.getTime() + leaseMs), room);
        if (batch.length === 0) break;
        for (const entry of batch) start(entry);
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
      placeFreed?.();
      await running;
      await Promise.all(inFlight);
    },
  };
}
