// What a visitor may see of their case and do with it, given the receipt and its check code: the
// state, when it last changed and the public answer (never the comment or anything else they
// wrote); say whether the answer satisfied; delete the contact details they left. A wrong check
// and an unknown receipt are one and the same answer, so that neither can be probed.
import type { Config } from '../config.js';
import type { CaseRow } from '../db/cases.js';
import type { FeedbackStore } from '../db/store.js';
import { checkMatches } from '../lib/contact-seal.js';
import { receiptPattern } from '../lib/receipt.js';
import type { PublicStatus } from 'courtesy-feedback/server.js';

export type { PublicStatus } from 'courtesy-feedback/server.js';

export const publicStatus = (row: CaseRow): PublicStatus => ({
  receipt: row.receipt,
  state: row.state,
  updatedAt: row.updated_at,
  answer: row.state === 'answered' || row.state === 'closed' ? row.answer : null,
  satisfied: row.satisfied,
  contact: row.has_contact ? 'kept' : row.contact_removed_at ? 'deleted' : 'none',
});

/** The case a receipt and check open, or undefined for either kind of mismatch. */
export async function findByCheck(
  store: FeedbackStore,
  { contactKeys }: Pick<Config, 'contactKeys'>,
  receipt: string,
  check: string
): Promise<CaseRow | undefined> {
  const normalised = receipt.trim().toUpperCase();
  if (!receiptPattern.test(normalised) || !checkMatches(normalised, check, contactKeys)) return undefined;
  return store.cases.find(normalised);
}

export type VisitorAction = 'satisfied' | 'dissatisfied' | 'delete-contact';
export const visitorActions: readonly VisitorAction[] = ['satisfied', 'dissatisfied', 'delete-contact'];

/** Carries out a visitor's action; false when the case is not in a state that allows it. */
export async function visitorAct(
  store: FeedbackStore,
  row: CaseRow,
  action: VisitorAction,
  at: Date
): Promise<boolean> {
  if (action === 'delete-contact') {
    return store.cases.removeContact(row.receipt, 'delete-contact', 'visitor', at, 'asked on the status page');
  }
  return (await store.cases.change(row.receipt, action, { actor: 'visitor', at })) === 'changed';
}
