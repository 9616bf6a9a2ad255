// Versioned schema changes, applied in order and recorded in schema_migrations. Never edit a
// released migration: add the next version. Each has its SQLite and its PostgreSQL form.
import type { FeedbackPayload } from 'courtesy-feedback/server.js';

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'submissions',
    sqlite: `
      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        receipt TEXT NOT NULL UNIQUE,
        received_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        rating_value INTEGER NOT NULL,
        rating_max INTEGER NOT NULL,
        scale TEXT NOT NULL,
        rating_label TEXT NOT NULL,
        comment TEXT NOT NULL,
        service TEXT,
        department TEXT,
        staff_id TEXT,
        staff_name TEXT,
        channel TEXT,
        locale TEXT NOT NULL,
        payload TEXT NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX submissions_received_at ON submissions (received_at);
      CREATE INDEX submissions_department ON submissions (department, received_at);`,
    postgres: `
      CREATE TABLE submissions (
        id UUID PRIMARY KEY,
        receipt TEXT NOT NULL UNIQUE,
        received_at TIMESTAMPTZ NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        rating_value SMALLINT NOT NULL,
        rating_max SMALLINT NOT NULL,
        scale TEXT NOT NULL,
        rating_label TEXT NOT NULL,
        comment TEXT NOT NULL,
        service TEXT,
        department TEXT,
        staff_id TEXT,
        staff_name TEXT,
        channel TEXT,
        locale TEXT NOT NULL,
        payload JSONB NOT NULL,
        hidden BOOLEAN NOT NULL DEFAULT FALSE
      );
      CREATE INDEX submissions_received_at ON submissions (received_at);
      CREATE INDEX submissions_department ON submissions (department, received_at);`,
  },
  {
    version: 2,
    name: 'audit log and webhook outbox',
    sqlite: `
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('hide', 'restore')),
        submission_id TEXT NOT NULL REFERENCES submissions (id),
        reason TEXT NOT NULL
      );
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        event TEXT NOT NULL,
        url TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        delivered_at TEXT,
        failed_at TEXT,
        last_error TEXT
      );
      CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;`,
    postgres: `
      CREATE TABLE audit_log (
        seq BIGSERIAL PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('hide', 'restore')),
        submission_id UUID NOT NULL REFERENCES submissions (id),
        reason TEXT NOT NULL
      );
      CREATE TABLE outbox (
        seq BIGSERIAL PRIMARY KEY,
        id UUID NOT NULL UNIQUE,
        event TEXT NOT NULL,
        url TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TIMESTAMPTZ NOT NULL,
        delivered_at TIMESTAMPTZ,
        failed_at TIMESTAMPTZ,
        last_error TEXT
      );
      CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;`,
  },
  {
    version: 3,
    name: 'health',
    // One row that the readiness check writes: a database that can be read but not written (a
    // full disk, a read-only file) is not ready to take submissions.
    sqlite: `CREATE TABLE health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL);`,
    postgres: `CREATE TABLE health (id SMALLINT PRIMARY KEY CHECK (id = 1), checked_at TIMESTAMPTZ NOT NULL);`,
  },
  {
    version: 4,
    name: 'manager accounts and sessions',
    // A session is kept by the SHA-256 of its token, so that a copy of the database signs nobody
    // in; removing an account ends its sessions.
    sqlite: `
      CREATE TABLE managers (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('manager', 'viewer')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE manager_sessions (
        token_hash TEXT PRIMARY KEY,
        name TEXT NOT NULL REFERENCES managers (name) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        created_at TEXT NOT NULL,
        seen_at TEXT NOT NULL
      );
      CREATE INDEX manager_sessions_name ON manager_sessions (name);`,
    postgres: `
      CREATE TABLE managers (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('manager', 'viewer')),
        password_hash TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE manager_sessions (
        token_hash TEXT PRIMARY KEY,
        name TEXT NOT NULL REFERENCES managers (name) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        seen_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX manager_sessions_name ON manager_sessions (name);`,
  },
  {
    version: 5,
    name: 'webhook receivers disabled',
    // A receiver that answered 410 Gone stays disabled across restarts and instances, until a
    // manager sends one of its deliveries again.
    sqlite: `CREATE TABLE webhook_receivers_disabled (url TEXT PRIMARY KEY, disabled_at TEXT NOT NULL, reason TEXT NOT NULL);`,
    postgres: `CREATE TABLE webhook_receivers_disabled (url TEXT PRIMARY KEY, disabled_at TIMESTAMPTZ NOT NULL, reason TEXT NOT NULL);`,
  },
  {
    version: 6,
    name: 'health probe of a submission size',
    // One small row can still be written on a disk too full for a submission (it fits in pages the
    // write-ahead log already has): SQLite's readiness write carries as much as a large submission.
    // (PostgreSQL's has its own disk checks; the column is there for one schema on both.)
    sqlite: `ALTER TABLE health ADD COLUMN probe BLOB;`,
    postgres: `ALTER TABLE health ADD COLUMN probe BYTEA;`,
  },
  {
    version: 7,
    name: 'cases and their audit log',
    // A submission that asks for a reply, or a low rating, is a case (cases/case-states.ts). Its
    // contact details live only here, sealed (lib/contact-seal.ts), and are set to NULL when the
    // retention ends or the visitor asks; case_events records every change and every viewing.
    sqlite: `
      CREATE TABLE cases (
        receipt TEXT PRIMARY KEY REFERENCES submissions (receipt),
        submission_id TEXT NOT NULL UNIQUE REFERENCES submissions (id),
        reason TEXT NOT NULL CHECK (reason IN ('contact', 'low')),
        state TEXT NOT NULL CHECK (state IN ('received', 'acknowledged', 'in-progress', 'answered', 'closed')),
        assignee TEXT,
        answer TEXT,
        opened_at TEXT NOT NULL,
        acknowledged_at TEXT,
        answered_at TEXT,
        closed_at TEXT,
        updated_at TEXT NOT NULL,
        satisfied INTEGER,
        reopened INTEGER NOT NULL DEFAULT 0,
        contact BLOB,
        contact_removed_at TEXT
      );
      CREATE INDEX cases_state ON cases (state, opened_at);
      CREATE TABLE case_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        receipt TEXT NOT NULL REFERENCES cases (receipt),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX case_events_receipt ON case_events (receipt, seq);`,
    postgres: `
      CREATE TABLE cases (
        receipt TEXT PRIMARY KEY REFERENCES submissions (receipt),
        submission_id UUID NOT NULL UNIQUE REFERENCES submissions (id),
        reason TEXT NOT NULL CHECK (reason IN ('contact', 'low')),
        state TEXT NOT NULL CHECK (state IN ('received', 'acknowledged', 'in-progress', 'answered', 'closed')),
        assignee TEXT,
        answer TEXT,
        opened_at TIMESTAMPTZ NOT NULL,
        acknowledged_at TIMESTAMPTZ,
        answered_at TIMESTAMPTZ,
        closed_at TIMESTAMPTZ,
        updated_at TIMESTAMPTZ NOT NULL,
        satisfied BOOLEAN,
        reopened INTEGER NOT NULL DEFAULT 0,
        contact BYTEA,
        contact_removed_at TIMESTAMPTZ
      );
      CREATE INDEX cases_state ON cases (state, opened_at);
      CREATE TABLE case_events (
        seq BIGSERIAL PRIMARY KEY,
        receipt TEXT NOT NULL REFERENCES cases (receipt),
        at TIMESTAMPTZ NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX case_events_receipt ON case_events (receipt, seq);`,
  },
];

/**
 * The payload as stored: contact details are kept only sealed, on the case (db/cases.ts); their
 * consent stays, as the record of what the visitor agreed to.
 */
export function storedPayload(payload: FeedbackPayload): unknown {
  return { ...payload, contact: payload.contact ? { consent: payload.contact.consent } : null };
}

/** The columns stored for a validated payload, in one place for both databases. */
export function rowFor(payload: FeedbackPayload, receipt: string, receivedAt: Date) {
  return {
    id: payload.id,
    receipt,
    received_at: receivedAt.toISOString(),
    created_at: payload.createdAt,
    rating_value: payload.rating.value,
    rating_max: payload.rating.max,
    scale: payload.rating.scale,
    rating_label: payload.rating.label,
    comment: payload.comment,
    service: payload.subject.service ?? null,
    department: payload.subject.department ?? null,
    staff_id: payload.subject.staffId ?? null,
    staff_name: payload.subject.staffName ?? null,
    channel: payload.subject.channel ?? null,
    locale: payload.locale,
    payload: JSON.stringify(storedPayload(payload)),
  };
}

export type SubmissionRow = ReturnType<typeof rowFor>;

/** The stored columns in insert order, taken from rowFor itself so that the two cannot drift. */
export const submissionColumns = Object.keys(
  rowFor({ rating: {}, subject: {} } as unknown as FeedbackPayload, '', new Date(0))
) as (keyof SubmissionRow)[];
