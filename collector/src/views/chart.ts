// The trend chart: one bar per day with responses, its height the day's kindness index (0–100),
// drawn on the server as SVG (no script, nothing inline for the CSP to refuse). The chart is an image
// with a text alternative; the table beside it carries the figures for screen readers and print.
import { html } from '@lit-labs/ssr';
import { nextDay } from '../lib/time-zone.js';
import type { StatsRow } from '../db/store.js';
import type { View } from './layout.js';

const width = 720;
const height = 240;
const margin = { top: 12, right: 12, bottom: 28, left: 40 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

function daysOf(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  for (let day = fromDay; day <= toDay && days.length < 1000; day = nextDay(day)) days.push(day);
  return days;
}

/** `groups` are the stats by day; `id` names the caption that describes the chart. */
export function trendChart({
  groups,
  fromDay,
  toDay,
  captionId,
  format,
}: {
  groups: StatsRow[];
  fromDay: string;
  toDay: string;
  captionId: string;
  format: (kindness: number | null) => string;
}): View {
  const days = daysOf(fromDay, toDay);
  const slot = plotWidth / days.length;
  const barWidth = Math.max(1, slot * 0.7);
  const byDay = new Map(groups.map((group) => [group.key, group]));
  const y = (value: number) => margin.top + plotHeight - (value / 100) * plotHeight;
  // Five labels at most along the bottom, so they never overlap.
  const labelEvery = Math.max(1, Math.ceil(days.length / 5));

  return html`<svg
    class="chart"
    viewBox="0 0 ${width} ${height}"
    role="img"
    aria-labelledby=${captionId}
    focusable="false"
  >
    ${[0, 50, 100].map(
      (tick) =>
        html`<line class="grid" x1=${margin.left} x2=${width - margin.right} y1=${y(tick)} y2=${y(tick)}></line
          ><text class="tick" x=${margin.left - 6} y=${y(tick) + 4} text-anchor="end">${tick}</text>`
    )}
    ${days.map((day, index) => {
      const group = byDay.get(day);
      const x = margin.left + index * slot + (slot - barWidth) / 2;
      const label =
        index % labelEvery === 0
          ? html`<text class="tick" x=${x + barWidth / 2} y=${height - 8} text-anchor="middle">${day.slice(5)}</text>`
          : '';
      if (!group || group.kindness === null) return label;
      // A zero day still shows a sliver, so that "no answers" and "all lowest" differ.
      const top = Math.min(y(group.kindness), y(0) - 2);
      return html`<rect
          class="bar"
          x=${x.toFixed(1)}
          y=${top.toFixed(1)}
          width=${barWidth.toFixed(1)}
          height=${(y(0) - top).toFixed(1)}
          ><title>${day}: ${format(group.kindness)} (${group.responses})</title></rect
        >${label}`;
    })}
  </svg>`;
}
