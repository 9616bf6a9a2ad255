// The handling figures as a chart: for the whole period and for each department, three bars, the
// shares acknowledged in time, answered in time and satisfied with the answer, each on a track of
// 100 %. Every bar is labelled in words and figures beside it, so nothing rests on colour alone, and
// the table after it (evidence-table.ts) carries the same figures for screen readers and print.
// Drawn on the server as SVG, as the trend chart is: no script, nothing inline for the CSP to refuse.
import { html } from '@lit-labs/ssr';
import type { EvidenceRow } from '../cases/evidence.js';
import type { CaseMessages } from './case-messages.js';
import type { View } from './layout.js';

/** The departments drawn, most cases first; the table lists them all. */
export const CHARTED_DEPARTMENTS = 8;

const width = 720;
// The department's name on a line of its own above its bars, so that a long name never runs into them.
const columns = { department: 0, measure: 16, track: 220, trackWidth: 420 };
const barHeight = 16;
const rowHeight = 24;
const groupGap = 16;

type Measure = 'acknowledged' | 'answered' | 'satisfied';
const measures: readonly Measure[] = ['acknowledged', 'answered', 'satisfied'];

/** A share as a whole percentage, or null when there is nothing to take it of. */
const percent = (count: number, of: number): number | null => (of === 0 ? null : Math.round((count * 100) / of));

function sharesOf(row: EvidenceRow): Record<Measure, number | null> {
  return {
    acknowledged: percent(row.acknowledgedInTime, row.received),
    answered: percent(row.answeredInTime, row.received),
    satisfied: percent(row.satisfied, row.rated),
  };
}

/** `captionId` names the figcaption that describes the chart. */
export function evidenceChart({
  words,
  departments,
  total,
  allLabel,
  noneLabel,
  captionId,
}: {
  words: CaseMessages;
  departments: EvidenceRow[];
  total: EvidenceRow;
  allLabel: string;
  noneLabel: string;
  captionId: string;
}): View {
  const names: Record<Measure, string> = {
    acknowledged: words.acknowledgedInTime,
    answered: words.answeredInTime,
    satisfied: words.satisfiedShare,
  };
  const groups = [
    { label: allLabel, row: total },
    ...departments.slice(0, CHARTED_DEPARTMENTS).map((row) => ({ label: row.department ?? noneLabel, row })),
  ];
  const groupHeight = (measures.length + 1) * rowHeight + groupGap;
  const height = groups.length * groupHeight;

  return html`<svg
    class="chart evidence-chart"
    viewBox="0 0 ${width} ${height}"
    role="img"
    aria-labelledby=${captionId}
    focusable="false"
  >
    ${groups.map(({ label, row }, groupIndex) => {
      const shares = sharesOf(row);
      const top = groupIndex * groupHeight;
      return html`<g data-department=${label}>
        <text class="label department" x=${columns.department} y=${top + barHeight - 2}>${label}</text>
        ${measures.map((measure, index) => {
          const y = top + (index + 1) * rowHeight;
          const share = shares[measure];
          const barWidth = share === null ? 0 : (share / 100) * columns.trackWidth;
          const figure = share === null ? '–' : `${share}%`;
          return html`<text class="label" x=${columns.measure} y=${y + barHeight - 2}>${names[measure]}</text
            ><rect class="track" x=${columns.track} y=${y} width=${columns.trackWidth} height=${barHeight}></rect
            ><rect
              class="bar"
              data-measure=${measure}
              x=${columns.track}
              y=${y}
              width=${barWidth.toFixed(1)}
              height=${barHeight}
              ><title>${label}, ${names[measure]}: ${figure}</title></rect
            ><text class="label figure" x=${columns.track + columns.trackWidth + 8} y=${y + barHeight - 2}
              >${figure}</text
            >`;
        })}
      </g>`;
    })}
  </svg>`;
}
