// What every store does, declared once: SQLite (sqlite.ts) and PostgreSQL (postgres.ts) implement
// this interface, and test/store-contract.test.mjs runs one suite against both.
import type { FeedbackPayload } from 'courtesy-feedback/server.js';
import type { AccountStore } from './accounts.js';
import type { CaseStore } from './cases.js';

export const groupingNames = ['department', 'staff', 'service', 'channel', 'day'] as const;
/** What a report can be grouped by. */
export type Grouping = (typeof groupingNames)[number];

export const toneNames = ['praise', 'low', 'other'] as const;
/** The tones of the 좋아요 / 아쉬워요 board: the top of the scale, its lower half, and the rest. */
export type Tone = (typeof toneNames)[number];

export const filterNames = ['department', 'service', 'staff', 'channel'] as const;
/** The optional filters of a report, beside its period. */
export type FilterName = (typeof filterNames)[number];

/** A period of local calendar days (both ends included) and, optionally, one value per filter. */
export interface Filters extends Partial<Record<FilterName, string>> {
  fromDay: string;
  toDay: string;
  timeZone: string;
  /** The instant `fromDay` begins, and the instant the day after `toDay` begins. */
  from: Date;
  to: Date;
}

export interface StatsRow {
  key: string | null;
  label: string | null;
  responses: number;
  /** 0–100, one decimal; null without responses. */
  kindness: number | null;
  top: number;
  low: number;
}

/** A comment on the board: what a manager reads, never the contact details. */
export interface BoardComment {
  id: string;
  receipt: string;
  received_at: string;
  rating_value: number;
  rating_max: number;
  rating_label: string;
  comment: string;
  service: string | null;
  department: string | null;
  staff_id: string | null;
  staff_name: string | null;
  channel: string | null;
}

export interface Choice {
  value: string;
  label: string | null;
}

export interface ExportRow {
  receipt: string;
  received_at: string;
  created_at: string;
  rating_value: number;
  rating_max: number;
  scale: string;
  rating_label: string;
  /** Blank when hidden. */
  comment: string;
  hidden: boolean;
  service: string | null;
  department: string | null;
  staff_id: string | null;
  staff_name: string | null;
  channel: string | null;
  locale: string;
}

/** A stored submission's row. */
export interface StoredSubmission extends Omit<ExportRow, 'hidden'> {
  id: string;
  payload: unknown;
  hidden: boolean | number;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: 'hide' | 'restore';
  reason: string;
  id: string;
  receipt: string;
  received_at: string;
  rating_label: string;
  comment: string;
  department: string | null;
  staff_name: string | null;
  hidden: boolean;
}

/** A webhook notification to write with its submission. */
export interface OutboxEntry {
  id: string;
  event: string;
  url: string;
  body: string;
  created_at: string;
  next_attempt_at: string;
}

/** A notification claimed for one delivery attempt (its lease has begun). */
export interface ClaimedDelivery {
  seq: number;
  id: string;
  event: string;
  url: string;
  body: string;
  attempts: number;
}

/** A delivery that failed for good, as the dashboard lists it. */
export interface FailedDelivery extends ClaimedDelivery {
  failed_at: string;
  last_error: string | null;
}

/** A receiver that said 410 Gone: nothing is sent to it until a delivery of its is sent again. */
export interface DisabledReceiver {
  url: string;
  disabled_at: string;
  reason: string;
}

export interface OutboxCounts {
  pending: number;
  delivered: number;
  failed: number;
}

export interface InsertOptions {
  receivedAt?: Date;
  /** The notifications of a new submission, from its receipt; they commit with it. */
  outbox?: ((receipt: string) => OutboxEntry[]) | undefined;
}

export interface InsertOutcome {
  /** False for a repeat of an id already stored. */
  created: boolean;
  /** The receipt of the first copy. */
  receipt: string;
}

export type VisibilityOutcome = 'changed' | 'unchanged' | 'missing';

export interface VisibilityChange {
  actor: string;
  reason: string;
  at?: Date;
}

export interface FeedbackStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Manager accounts and their dashboard sessions. */
  readonly accounts: AccountStore;
  /** Cases (follow-up by receipt) and their audit log. */
  readonly cases: CaseStore;
  /** Stores a payload once per id: `created` false and the first receipt for a repeat. */
  insert(payload: FeedbackPayload, options?: InsertOptions): Promise<InsertOutcome>;
  count(): Promise<number>;
  find(id: string): Promise<StoredSubmission | undefined>;
  /** Kindness index and counts per group for the filters. */
  stats(by: Grouping, filters: Filters): Promise<StatsRow[]>;
  summary(filters: Filters): Promise<StatsRow>;
  /** The most recent comments of one tone that no manager has hidden, newest first. */
  board(tone: Tone, filters: Filters, limit: number): Promise<BoardComment[]>;
  /** The values seen in the period, for the dashboard's filter lists. */
  choices(name: FilterName, filters: Filters): Promise<Choice[]>;
  /** Every submission for the filters, oldest first, hidden comments blanked. */
  exportRows(filters: Filters): Promise<ExportRow[]>;
  /** Hides or restores a comment and logs who did it and why. */
  setHidden(id: string, hide: boolean, change: VisibilityChange): Promise<VisibilityOutcome>;
  /** The audit log, newest first, with the comment as written. */
  audit(limit?: number): Promise<AuditEntry[]>;
  /** Claims up to `limit` due notifications, leased until `leaseUntil`. */
  claimOutbox(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]>;
  outboxDelivered(seq: number, at: Date): Promise<void>;
  outboxRetry(seq: number, at: Date, error: string): Promise<void>;
  outboxFailed(seq: number, at: Date, error: string): Promise<void>;
  outboxCounts(): Promise<OutboxCounts>;
  /** The deliveries that failed for good, newest first. */
  outboxFailures(limit: number): Promise<FailedDelivery[]>;
  /**
   * Makes a failed delivery due now with a fresh count of attempts, and enables its receiver again
   * (a manager asking to send it is asking to try that receiver). Undefined when it had not failed.
   */
  outboxResend(seq: number, at: Date): Promise<{ body: string } | undefined>;
  disableReceiver(url: string, at: Date, reason: string): Promise<void>;
  disabledReceivers(): Promise<DisabledReceiver[]>;
  /** Resolves when the database takes a write; rejects otherwise (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** The zone whose calendar days the reports use. */
  timeZone?: string;
  /** PostgreSQL only: the tables' own schema, e.g. one per test run. */
  schema?: string | undefined;
  /** Where the store reports a problem it recovered from itself (the app's log when serving). */
  warn?: (message: string) => void;
}
