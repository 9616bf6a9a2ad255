// The figures an ISO 10002 audit and the 민원서비스 종합평가 ask for, per department and in all, over
// the cases opened in a period: how many, how many acknowledged and answered in time, the median
// time to the first answer, satisfaction with answers, and how many were reopened.
import type { CaseRow } from '../db/cases.js';
import type { CaseTargets } from './targets.js';

export interface EvidenceRow {
  department: string | null;
  received: number;
  acknowledgedInTime: number;
  answeredInTime: number;
  /** Days from opening to the first answer, one decimal; null before any answer. */
  medianAnswerDays: number | null;
  satisfied: number;
  rated: number;
  reopened: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

function figures(department: string | null, cases: { row: CaseRow; targets: CaseTargets }[]): EvidenceRow {
  const answered = cases.filter(({ row }) => row.answered_at);
  return {
    department,
    received: cases.length,
    acknowledgedInTime: cases.filter(({ row, targets }) => row.acknowledged_at && !targets.acknowledgeLate).length,
    answeredInTime: answered.filter(({ targets }) => !targets.answerLate).length,
    medianAnswerDays: median(
      answered.map(({ row }) => (Date.parse(row.answered_at!) - Date.parse(row.opened_at)) / DAY_MS)
    ),
    satisfied: cases.filter(({ row }) => row.satisfied === true).length,
    rated: cases.filter(({ row }) => row.satisfied !== null).length,
    reopened: cases.filter(({ row }) => row.reopened > 0).length,
  };
}

/** One row per department (most cases first), then the total (department undefined). */
export function evidence(cases: { row: CaseRow; targets: CaseTargets }[]): {
  departments: EvidenceRow[];
  total: EvidenceRow;
} {
  const byDepartment = new Map<string | null, typeof cases>();
  for (const item of cases) {
    const list = byDepartment.get(item.row.department) ?? [];
    list.push(item);
    byDepartment.set(item.row.department, list);
  }
  const departments = [...byDepartment].map(([department, list]) => figures(department, list));
  departments.sort((a, b) => b.received - a.received || String(a.department).localeCompare(String(b.department)));
  return { departments, total: figures(null, cases) };
}
