// Cases and their audit log, for both databases: the SQL is the same but for placeholders, so one
// implementation runs on the statement runner each store gives it (as accounts.ts does). Every
// change of state and every reading of contact details writes its case_events row in the same
// transaction as the change itself.
import {
  transitions,
  type CaseAction,
  type CaseReason,
  type CaseRecord,
  type CaseState,
} from '../cases/case-states.js';
import type { Dialect, Query } from './queries.js';
import { outboxColumns, outboxInsert } from './outbox-queries.js';
import type { OutboxEntry } from './store.js';

/** A case as the dashboard and the status page read it; the sealed contact is never in it. */
export interface CaseRow {
  receipt: string;
  submission_id: string;
  reason: CaseReason;
  state: CaseState;
  assignee: string | null;
  answer: string | null;
  opened_at: string;
  acknowledged_at: string | null;
  answered_at: string | null;
  closed_at: string | null;
  updated_at: string;
  satisfied: boolean | null;
  reopened: number;
  has_contact: boolean;
  contact_removed_at: string | null;
  rating_value: number;
  rating_max: number;
  rating_label: string;
  /** Blank when a manager hid the comment. */
  comment: string;
  department: string | null;
  service: string | null;
  staff_name: string | null;
  channel: string | null;
  /** The language the visitor rated in (the payload's `locale`). */
  locale: string;
}

export interface CaseEvent {
  seq: number;
  at: string;
  actor: string;
  action: CaseRecord;
  note: string;
}

export interface CaseOpening {
  receipt: string;
  submissionId: string;
  reason: CaseReason;
  at: Date;
  contact: Buffer | null;
}

export interface CaseChange {
  actor: string;
  at: Date;
  /** The assignee of `assign`, the answer of `answer`. */
  value?: string;
  note?: string;
  /** Notifications that commit with the change (the case.answered webhook). */
  outbox?: OutboxEntry[];
}

export type CaseOutcome = 'changed' | 'refused' | 'missing';

/** A submission stored before cases existed (migration 7), its contact details still in its payload. */
export interface LegacyContact {
  id: string;
  receipt: string;
  receivedAt: string;
  payload: Record<string, unknown> & { contact: { name?: string; email?: string; phone?: string } };
}

export interface CaseStore {
  /** Opens the case of a stored submission; nothing when it is open already (a repeat). */
  open(opening: CaseOpening): Promise<void>;
  find(receipt: string): Promise<CaseRow | undefined>;
  /** Cases in the given states, oldest first. */
  list(states: readonly CaseState[], limit: number): Promise<CaseRow[]>;
  /** Every case opened in [from, to), for the evidence report. */
  openedBetween(from: Date, to: Date): Promise<CaseRow[]>;
  /** Takes an action; `refused` when the case is not in a state the action starts from. */
  change(receipt: string, action: CaseAction, change: CaseChange): Promise<CaseOutcome>;
  events(receipt: string): Promise<CaseEvent[]>;
  /** The sealed contact details, recording who read them and why; undefined when there are none. */
  readContact(
    receipt: string,
    record: 'view-contact' | 'export-contact',
    actor: string,
    at: Date
  ): Promise<Buffer | undefined>;
  /** Deletes the contact details; false when there were none. */
  removeContact(
    receipt: string,
    record: 'delete-contact' | 'purge-contact',
    actor: string,
    at: Date,
    note: string
  ): Promise<boolean>;
  /** Receipts of closed cases that still hold contact details and were closed before `before`. */
  dueForPurge(before: Date, limit: number): Promise<string[]>;
  /** Receipts of cases answered before `before` that the visitor has not rated. */
  unratedAnswers(before: Date, limit: number): Promise<string[]>;
  /** Submissions whose stored payload still holds contact details in the clear (stored before migration 7). */
  legacyContacts(limit: number): Promise<LegacyContact[]>;
  /**
   * Takes a legacy submission's contact details out of its payload (`payload`, as it is to be
   * stored) and opens the case they asked for, with them sealed, in one transaction.
   */
  sealLegacy(legacy: {
    id: string;
    receipt: string;
    payload: string;
    sealed: Buffer;
    openedAt: Date;
    at: Date;
  }): Promise<boolean>;
  /** Records something that happened to a case without changing it (a mail sent or failed). */
  record(receipt: string, record: CaseRecord, actor: string, at: Date, note: string): Promise<void>;
}

/** What a store gives: its placeholders, a query, and statements that commit together or not at all. */
export interface CaseRunner {
  dialect: Dialect;
  all<Row>(query: Query): Promise<Row[]>;
  /** Runs `first`; only when it changed a row, runs `then`, in the same transaction. Its row count. */
  guarded(first: Query, then: Query[]): Promise<number>;
}

/** Builds a statement's parameters as its text is written, so that placeholders and values agree. */
function statement(d: Dialect) {
  const params: unknown[] = [];
  return {
    params,
    p(value: unknown) {
      params.push(value);
      return d.param(params.length);
    },
    t(value: Date | null) {
      params.push(value?.toISOString() ?? null);
      return d.time(params.length);
    },
  };
}

const caseColumns = `c.receipt, c.submission_id, c.reason, c.state, c.assignee, c.answer, c.opened_at,
  c.acknowledged_at, c.answered_at, c.closed_at, c.updated_at, c.satisfied, c.reopened,
  c.contact IS NOT NULL AS has_contact, c.contact_removed_at,
  s.rating_value, s.rating_max, s.rating_label, CASE WHEN s.hidden THEN '' ELSE s.comment END AS comment,
  s.department, s.service, s.staff_name, s.channel, s.locale`;

const fromCases = 'FROM cases c JOIN submissions s ON s.id = c.submission_id';

/** SQLite gives its booleans as 0 and 1. */
const caseRow = (row: Record<string, unknown>): CaseRow =>
  ({
    ...row,
    has_contact: Boolean(row.has_contact),
    satisfied: row.satisfied === null || row.satisfied === undefined ? null : Boolean(row.satisfied),
    reopened: Number(row.reopened),
  }) as CaseRow;

export function caseStore({ dialect: d, all, guarded }: CaseRunner): CaseStore {
  const plainContact = `(${['name', 'email', 'phone'].map((field) => `${d.jsonText('payload', ['contact', field])} IS NOT NULL`).join(' OR ')})`;
  function event(receipt: string, record: CaseRecord, actor: string, at: Date, note = ''): Query {
    const q = statement(d);
    return {
      sql: `INSERT INTO case_events (receipt, at, actor, action, note) VALUES (${q.p(receipt)}, ${q.t(at)}, ${q.p(actor)}, ${q.p(record)}, ${q.p(note)})`,
      params: q.params,
    };
  }
  const enqueue = (entry: OutboxEntry): Query => ({
    sql: outboxInsert(d),
    params: outboxColumns.map((column) => entry[column]),
  });

  /** The columns an action sets beside the state, as SQL written with the statement's builder. */
  function sets(action: CaseAction, q: ReturnType<typeof statement>, { at, value }: CaseChange): string {
    const now = () => q.t(at);
    const acknowledged = () => `acknowledged_at = COALESCE(acknowledged_at, ${now()})`;
    switch (action) {
      case 'acknowledge':
        return acknowledged();
      case 'assign':
        return `assignee = ${q.p(value ?? null)}, ${acknowledged()}`;
      case 'answer':
        // The first answer's time is the one held to the target; a reply after a reopening is extra.
        return `answer = ${q.p(value ?? null)}, answered_at = COALESCE(answered_at, ${now()}), satisfied = NULL, ${acknowledged()}`;
      case 'close':
      case 'expire':
        return `closed_at = ${now()}`;
      case 'reopen':
        return `closed_at = NULL, reopened = reopened + 1`;
      case 'satisfied':
        return `satisfied = ${d.true}, closed_at = ${now()}`;
      case 'dissatisfied':
        return `satisfied = ${d.false}, reopened = reopened + 1`;
    }
  }

  const selectCases = async (where: (q: ReturnType<typeof statement>) => string): Promise<CaseRow[]> => {
    const q = statement(d);
    const sql = `SELECT ${caseColumns} ${fromCases} WHERE ${where(q)}`;
    return (await all<Record<string, unknown>>({ sql, params: q.params })).map(caseRow);
  };

  return {
    async legacyContacts(limit) {
      const q = statement(d);
      const rows = await all<{ id: string; receipt: string; received_at: string; payload: unknown }>({
        sql: `SELECT id, receipt, received_at, payload FROM submissions WHERE ${plainContact} LIMIT ${q.p(limit)}`,
        params: q.params,
      });
      // SQLite gives the JSON as text, PostgreSQL (jsonb) as an object.
      return rows.map((row) => ({
        id: String(row.id),
        receipt: row.receipt,
        receivedAt: row.received_at,
        payload: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as LegacyContact['payload'],
      }));
    },
    async sealLegacy({ id, receipt, payload, sealed, openedAt, at }) {
      const q = statement(d);
      // Guarded by the clear text still being there, so that two instances seal a row once.
      const strip = {
        sql: `UPDATE submissions SET payload = ${q.p(payload)} WHERE id = ${q.p(id)} AND ${plainContact}`,
        params: q.params,
      };
      const c = statement(d);
      const openCase = {
        sql: `INSERT INTO cases (receipt, submission_id, reason, state, opened_at, updated_at, contact)
          VALUES (${c.p(receipt)}, ${c.p(id)}, 'contact', 'received', ${c.t(openedAt)}, ${c.t(at)}, ${c.p(sealed)})
          ON CONFLICT (receipt) DO UPDATE SET contact = COALESCE(cases.contact, excluded.contact)`,
        params: c.params,
      };
      const note = 'contact details stored before cases existed, sealed';
      return (await guarded(strip, [openCase, event(receipt, 'open', 'collector', at, note)])) > 0;
    },
    async open({ receipt, submissionId, reason, at, contact }) {
      const q = statement(d);
      const sql = `INSERT INTO cases (receipt, submission_id, reason, state, opened_at, updated_at, contact)
        VALUES (${q.p(receipt)}, ${q.p(submissionId)}, ${q.p(reason)}, 'received', ${q.t(at)}, ${q.t(at)}, ${q.p(contact)})
        ON CONFLICT (receipt) DO NOTHING`;
      await guarded({ sql, params: q.params }, [event(receipt, 'open', 'visitor', at, reason)]);
    },
    async find(receipt) {
      const [row] = await selectCases((q) => `c.receipt = ${q.p(receipt)}`);
      return row;
    },
    list(states, limit) {
      return selectCases(
        (q) => `c.state IN (${states.map((state) => q.p(state)).join(', ')}) ORDER BY c.opened_at LIMIT ${q.p(limit)}`
      );
    },
    openedBetween(from, to) {
      return selectCases((q) => `c.opened_at >= ${q.t(from)} AND c.opened_at < ${q.t(to)} ORDER BY c.opened_at`);
    },
    async change(receipt, action, change) {
      const { to, from } = transitions[action];
      const q = statement(d);
      const sql = `UPDATE cases SET state = ${q.p(to)}, updated_at = ${q.t(change.at)}, ${sets(action, q, change)}
        WHERE receipt = ${q.p(receipt)} AND state IN (${from.map((state) => q.p(state)).join(', ')})`;
      const note = change.note ?? (action === 'assign' ? (change.value ?? '') : '');
      const changed = await guarded({ sql, params: q.params }, [
        event(receipt, action, change.actor, change.at, note),
        ...(change.outbox ?? []).map(enqueue),
      ]);
      if (changed > 0) return 'changed';
      return (await this.find(receipt)) ? 'refused' : 'missing';
    },
    async events(receipt) {
      const q = statement(d);
      return all<CaseEvent>({
        sql: `SELECT seq, at, actor, action, note FROM case_events WHERE receipt = ${q.p(receipt)} ORDER BY seq`,
        params: q.params,
      });
    },
    async readContact(receipt, record, actor, at) {
      // The reading is recorded first, in its own statement: a contact shown is a contact logged.
      const q = statement(d);
      const logged = await guarded(
        {
          sql: `INSERT INTO case_events (receipt, at, actor, action, note)
            SELECT receipt, ${q.t(at)}, ${q.p(actor)}, ${q.p(record)}, '' FROM cases WHERE receipt = ${q.p(receipt)} AND contact IS NOT NULL`,
          params: q.params,
        },
        []
      );
      if (logged === 0) return undefined;
      const read = statement(d);
      const [row] = await all<{ contact: Buffer | null }>({
        sql: `SELECT contact FROM cases WHERE receipt = ${read.p(receipt)}`,
        params: read.params,
      });
      return row?.contact ?? undefined;
    },
    async removeContact(receipt, record, actor, at, note) {
      const q = statement(d);
      const sql = `UPDATE cases SET contact = NULL, contact_removed_at = ${q.t(at)} WHERE receipt = ${q.p(receipt)} AND contact IS NOT NULL`;
      return (await guarded({ sql, params: q.params }, [event(receipt, record, actor, at, note)])) > 0;
    },
    async dueForPurge(before, limit) {
      const q = statement(d);
      const rows = await all<{ receipt: string }>({
        sql: `SELECT receipt FROM cases WHERE state = 'closed' AND contact IS NOT NULL AND closed_at < ${q.t(before)} ORDER BY closed_at LIMIT ${q.p(limit)}`,
        params: q.params,
      });
      return rows.map((row) => row.receipt);
    },
    async unratedAnswers(before, limit) {
      const q = statement(d);
      const rows = await all<{ receipt: string }>({
        sql: `SELECT receipt FROM cases WHERE state = 'answered' AND updated_at < ${q.t(before)} ORDER BY updated_at LIMIT ${q.p(limit)}`,
        params: q.params,
      });
      return rows.map((row) => row.receipt);
    },
    async record(receipt, record, actor, at, note) {
      const q = event(receipt, record, actor, at, note);
      await guarded(q, []);
    },
  };
}
