import type { FeedbackPayload } from '../payload.js';

/**
 * The write-ahead log of the first script: a submission is written here synchronously, in the same
 * task as the press of the send button, before anything is downloaded or sent. It needs no chunk,
 * so the promise "nothing lost" holds offline from the first byte, with the detector or the
 * delivery chunk unreachable. A widget of the same endpoint takes an entry from here into the
 * delivery queue (masking it first, if the detector could not run when it was written), on this
 * page or a later one; `localStorage` because it is synchronous and costs a few bytes to use.
 */
export interface OutboxEntry {
  payload: FeedbackPayload;
  /** The endpoint it was written for; only a widget sending there takes it. */
  endpoint: string;
  /** The comment is still as typed: mask it before it leaves the device (`pii="mask"`). */
  mask: boolean;
  /** When it was written (ms since the epoch); past the queue's age limit it is dropped, and said so. */
  at: number;
  /**
   * The page that wrote it is sending it until then (ms since the epoch), and no other page's drain
   * takes it: two tabs of a site would otherwise both send it. 0 once that page gave up on it; a
   * page closed mid-send lets it go when the lease runs out.
   */
  leaseUntil: number;
}

const KEY = 'courtesy-feedback:outbox';
/** Longer than a send takes to reach the queue: three tries of two chunks, and the token. */
export const OUTBOX_LEASE = 60_000;
/** A full outbox refuses a new entry (the form says it could not keep it) rather than drop an old one. */
const MAX_ENTRIES = 20;

export function readOutbox(): OutboxEntry[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as OutboxEntry[];
  } catch {
    return [];
  }
}

function replace(id: string, entry?: OutboxEntry): boolean {
  try {
    const entries = readOutbox().filter((kept) => kept.payload.id !== id);
    if (entry) {
      if (entries.length >= MAX_ENTRIES) return false;
      entries.push(entry);
    }
    if (entries.length) localStorage.setItem(KEY, JSON.stringify(entries));
    else localStorage.removeItem(KEY);
    return true;
  } catch {
    // Storage denied (some private modes) or full: the caller is told it was not kept.
    return false;
  }
}

/** Writes (or rewrites) an entry; `false` when this browser would not keep it. */
export const writeOutbox = (entry: OutboxEntry): boolean => replace(entry.payload.id, entry);

export const removeFromOutbox = (id: string): void => void replace(id);

/** The outbox as the delivery chunk reaches it: lent by the first script, never imported. */
export interface OutboxAccess {
  read(): OutboxEntry[];
  remove(id: string): void;
}
