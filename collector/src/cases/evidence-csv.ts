// The handling figures of a period as a spreadsheet, for the agency's own 민원서비스 종합평가 working:
// the same rows as the case list's table, counts rather than shares (a spreadsheet computes those),
// with the same safe CSV as the export of submissions.
import { csvOf } from '../lib/csv.js';
import type { EvidenceRow } from './evidence.js';

const columns = [
  'department',
  'received',
  'acknowledged_in_time',
  'answered_in_time',
  'median_answer_days',
  'rated',
  'satisfied',
  'reopened',
] as const;

/** One line per department, then the total; `labels` names the rows without a department and the total. */
export function evidenceCsv(
  { departments, total }: { departments: EvidenceRow[]; total: EvidenceRow },
  labels: { none: string; all: string }
): string {
  const line = (row: EvidenceRow, department: string) => ({
    department,
    received: row.received,
    acknowledged_in_time: row.acknowledgedInTime,
    answered_in_time: row.answeredInTime,
    median_answer_days: row.medianAnswerDays ?? '',
    rated: row.rated,
    satisfied: row.satisfied,
    reopened: row.reopened,
  });
  return csvOf(columns, [
    ...departments.map((row) => line(row, row.department ?? labels.none)),
    line(total, labels.all),
  ]);
}
