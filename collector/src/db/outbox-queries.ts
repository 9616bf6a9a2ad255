// The webhook outbox's SQL, shared by SQLite and PostgreSQL. A notification is written in the same
// transaction as its submission, then claimed, sent and marked; a claim is a lease (next_attempt_at
// moved ahead), so that a collector that dies mid-send leaves the row to be claimed again.

import type { Dialect } from './queries.js';
import type { OutboxEntry } from './store.js';

export const outboxColumns: (keyof OutboxEntry)[] = ['id', 'event', 'url', 'body', 'created_at', 'next_attempt_at'];

export function outboxInsert(dialect: Dialect): string {
  return `INSERT INTO outbox (${outboxColumns.join(', ')})
    VALUES (${dialect.param(1)}, ${dialect.param(2)}, ${dialect.param(3)}, ${dialect.param(4)},
      ${dialect.time(5)}, ${dialect.time(6)})`;
}

/** Claims up to `limit` due rows in one statement; instances sharing PostgreSQL skip each other's. */
export function outboxClaim(dialect: Dialect): string {
  return `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ${dialect.time(2)}
    WHERE seq IN (
      SELECT seq FROM outbox
      WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ${dialect.time(1)}
      ORDER BY next_attempt_at, seq
      LIMIT ${dialect.param(3)}
      ${dialect.skipLocked}
    )
    RETURNING seq, id, event, url, body, attempts`;
}

export function outboxDelivered(dialect: Dialect): string {
  return `UPDATE outbox SET delivered_at = ${dialect.time(2)}, last_error = NULL WHERE seq = ${dialect.param(1)}`;
}

export function outboxRetry(dialect: Dialect): string {
  return `UPDATE outbox SET next_attempt_at = ${dialect.time(2)}, last_error = ${dialect.param(3)}
    WHERE seq = ${dialect.param(1)}`;
}

export function outboxFailed(dialect: Dialect): string {
  return `UPDATE outbox SET failed_at = ${dialect.time(2)}, last_error = ${dialect.param(3)}
    WHERE seq = ${dialect.param(1)}`;
}

/** Counts by state, for /healthz and the tests. */
export function outboxCounts(): string {
  return `SELECT
      SUM(CASE WHEN delivered_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END) AS pending,
      SUM(CASE WHEN delivered_at IS NOT NULL THEN 1 ELSE 0 END) AS delivered,
      SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END) AS failed
    FROM outbox`;
}

/** The deliveries that failed for good, newest first, with what the receiver last said. */
export function outboxFailures(dialect: Dialect): string {
  return `SELECT seq, id, event, url, body, attempts, failed_at, last_error FROM outbox
    WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, seq DESC LIMIT ${dialect.param(1)}`;
}

/** A failed delivery due again now, with a fresh count of attempts. */
export function outboxResend(dialect: Dialect): string {
  return `UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = ${dialect.time(2)}, last_error = NULL
    WHERE seq = ${dialect.param(1)} AND failed_at IS NOT NULL RETURNING url, body`;
}

export function receiverDisable(dialect: Dialect): string {
  return `INSERT INTO webhook_receivers_disabled (url, disabled_at, reason)
    VALUES (${dialect.param(1)}, ${dialect.time(2)}, ${dialect.param(3)}) ON CONFLICT (url) DO NOTHING`;
}

export function receiverEnable(dialect: Dialect): string {
  return `DELETE FROM webhook_receivers_disabled WHERE url = ${dialect.param(1)}`;
}

export const receiversDisabled = 'SELECT url, disabled_at, reason FROM webhook_receivers_disabled ORDER BY disabled_at';
