// The handling figures of a period: a chart of the shares, then the table (what a 결재 report
// carries), one row per department and the total, each count with its share.
import { html } from '@lit-labs/ssr';
import type { EvidenceRow } from '../cases/evidence.js';
import type { CaseMessages } from './case-messages.js';
import type { Messages } from './messages.js';
import type { View } from './layout.js';
import { evidenceChart } from './evidence-chart.js';
import { langSuffix } from '../lib/language.js';

const share = (count: number, of: number) => (of === 0 ? '–' : `${count} (${Math.round((count * 100) / of)}%)`);

export function evidenceTable({
  messages,
  words,
  departments,
  total,
  from,
  to,
}: {
  messages: Messages;
  words: CaseMessages;
  departments: EvidenceRow[];
  total: EvidenceRow;
  from: string;
  to: string;
}): View {
  const cells = (row: EvidenceRow) =>
    html`<td class="number">${row.received}</td>
      <td class="number">${share(row.acknowledgedInTime, row.received)}</td>
      <td class="number">${share(row.answeredInTime, row.received)}</td>
      <td class="number">${row.medianAnswerDays ?? '–'}</td>
      <td class="number">${share(row.satisfied, row.rated)}</td>
      <td class="number">${row.reopened}</td>`;
  return html`<h2 id="evidence">${words.evidence}</h2>
    <figure>
      ${evidenceChart({
        words,
        departments,
        total,
        allLabel: messages.all,
        noneLabel: messages.none,
        captionId: 'evidence-chart-caption',
      })}
      <figcaption id="evidence-chart-caption">${words.evidenceChart(from, to)}</figcaption>
    </figure>
    <div class="table-scroll" role="region" aria-labelledby="evidence-caption" tabindex="0">
      <table data-table="evidence">
        <caption id="evidence-caption">
          ${words.evidence}: ${words.evidenceHelp(from, to)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${messages.department}</th>
            <th scope="col">${words.received}</th>
            <th scope="col">${words.acknowledgedInTime}</th>
            <th scope="col">${words.answeredInTime}</th>
            <th scope="col">${words.medianAnswerDays}</th>
            <th scope="col">${words.satisfiedShare}</th>
            <th scope="col">${words.reopenedCases}</th>
          </tr>
        </thead>
        <tbody>
          ${departments.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.department ?? messages.none}</th>
                ${cells(row)}
              </tr>`
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${messages.all}</th>
            ${cells(total)}
          </tr>
        </tfoot>
      </table>
    </div>
    <p>
      <a href=${`/admin/cases/evidence.csv?${new URLSearchParams({ from, to })}${langSuffix(messages.lang, '&')}`}
        >${words.evidenceCsv}</a
      >
    </p>`;
}
