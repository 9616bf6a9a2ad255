// The life of a case (ISO 10002: acknowledge, answer, close), as data: which action moves a case
// from which states to which, and who may take it. Both stores and the pages read this one table.

// The states themselves are the public contract, in the widget package beside the element that reads them.
import type { CaseState } from 'courtesy-feedback/server.js';
export { caseStates, isCaseState, type CaseState } from 'courtesy-feedback/server.js';

/** The states a manager still has work in. */
export const openStates: readonly CaseState[] = ['received', 'acknowledged', 'in-progress'];

/** Why a submission became a case: it asked for a reply, or it was a low rating. */
export type CaseReason = 'contact' | 'low';

interface Transition {
  from: readonly CaseState[];
  to: CaseState;
  /** Who takes it: a manager on the dashboard, the visitor on the status page, or the collector itself. */
  by: 'manager' | 'visitor' | 'system';
}

export const transitions = {
  acknowledge: { from: ['received'], to: 'acknowledged', by: 'manager' },
  assign: { from: openStates, to: 'in-progress', by: 'manager' },
  answer: { from: openStates, to: 'answered', by: 'manager' },
  close: { from: ['answered'], to: 'closed', by: 'manager' },
  reopen: { from: ['answered', 'closed'], to: 'in-progress', by: 'manager' },
  /** "답변에 만족하셨나요?" — yes closes the case… */
  satisfied: { from: ['answered'], to: 'closed', by: 'visitor' },
  /** …and no reopens it for an extra reply. */
  dissatisfied: { from: ['answered'], to: 'in-progress', by: 'visitor' },
  /** An answer nobody rated is closed after the set number of days, so that the retention can begin. */
  expire: { from: ['answered'], to: 'closed', by: 'system' },
} as const satisfies Record<string, Transition>;

export type CaseAction = keyof typeof transitions;
export const managerActions = (Object.keys(transitions) as CaseAction[]).filter(
  (action) => transitions[action].by === 'manager'
);

/** What the audit log records besides the changes of state. */
export type CaseRecord =
  | 'open'
  | CaseAction
  | 'view-contact'
  | 'export-contact'
  | 'delete-contact'
  | 'purge-contact'
  | 'mail-sent'
  | 'mail-failed';
