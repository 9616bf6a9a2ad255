/**
 * The public contract of a case, as `GET /api/receipts/{receipt}` answers it (SPEC: follow-up by
 * receipt): the collector builds it and `<courtesy-feedback-status>` reads it, both from here.
 */

/** ISO 10002's steps, in order: acknowledge, handle, answer, close. */
export const caseStates = ['received', 'acknowledged', 'in-progress', 'answered', 'closed'] as const;
export type CaseState = (typeof caseStates)[number];
export const isCaseState = (value: unknown): value is CaseState => (caseStates as readonly unknown[]).includes(value);

/** What a visitor may see of their case: never the comment or anything else they wrote. */
export interface PublicStatus {
  receipt: string;
  state: CaseState;
  updatedAt: string;
  /** The manager's public answer, once answered. */
  answer: string | null;
  /** The visitor's verdict on the answer; null before they gave one. */
  satisfied: boolean | null;
  /** Whether contact details are still held: `kept`, `deleted` (on request or at the end of retention), or `none`. */
  contact: 'kept' | 'deleted' | 'none';
}
