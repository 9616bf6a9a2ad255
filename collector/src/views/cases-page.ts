// The manager's list of cases to handle, late ones first, each with its targets; and the handling
// figures of the period (views/evidence-table.ts), which print on A4 for the 결재 report.
import { html } from '@lit-labs/ssr';
import { nothing } from 'lit';
import type { CaseRow } from '../db/cases.js';
import type { CaseTargets } from '../cases/targets.js';
import type { EvidenceRow } from '../cases/evidence.js';
import { langSuffix } from '../lib/language.js';
import type { CaseMessages } from './case-messages.js';
import { evidenceTable } from './evidence-table.js';
import { layout, timeFormat, type PageViewer, type View } from './layout.js';
import type { Messages } from './messages.js';
import type { StatusMessages } from './status-messages.js';

export interface CasesPageInput {
  messages: Messages;
  words: CaseMessages;
  states: StatusMessages['states'];
  timeZone: string;
  cases: { row: CaseRow; targets: CaseTargets }[];
  evidence: { departments: EvidenceRow[]; total: EvidenceRow; from: string; to: string };
  keyless: boolean;
  /** Years the HOLIDAYS setting holds no day of, so their targets count holidays as working days. */
  holidaysMissing: number[];
  viewer: PageViewer;
}

export function casesPage({
  messages,
  words,
  states,
  timeZone,
  cases,
  evidence,
  keyless,
  holidaysMissing,
  viewer,
}: CasesPageInput): View {
  const time = new Intl.DateTimeFormat(messages.lang, timeFormat(timeZone));
  const when = (iso: Date | string) =>
    html`<time datetime=${new Date(iso).toISOString()}>${time.format(new Date(iso))}</time>`;
  const lang = langSuffix(messages.lang);
  const target = (by: Date, done: string | null, late: boolean) =>
    html`${when(by)}${done ? html` <span class="meta">(${late ? words.late : words.inTime})</span>` : nothing}`;
  const body = html`<p class="help">${words.casesHelp}</p>
    ${keyless ? html`<p class="notice" role="note">${words.noKey}</p>` : nothing}
    ${
      holidaysMissing.length > 0
        ? html`<p class="notice" role="note">${words.holidaysMissing(holidaysMissing)}</p>`
        : nothing
    }
    <h2 id="open-cases">${words.openCases}</h2>
    ${
      cases.length === 0
        ? html`<p>${words.noCases}</p>`
        : html`<div class="table-scroll" role="region" aria-labelledby="open-cases" tabindex="0">
            <table data-table="cases">
              <thead>
                <tr>
                  <th scope="col">${messages.receipt}</th>
                  <th scope="col">${messages.rating}</th>
                  <th scope="col">${words.reason}</th>
                  <th scope="col">${messages.department}</th>
                  <th scope="col">${words.opened}</th>
                  <th scope="col">${words.acknowledgeBy}</th>
                  <th scope="col">${words.answerBy}</th>
                  <th scope="col">${words.assignee}</th>
                </tr>
              </thead>
              <tbody>
                ${cases.map(
                  ({ row, targets }) =>
                    html`<tr data-receipt=${row.receipt} class=${targets.overdue ? 'overdue' : ''}>
                      <th scope="row">
                        <a href=${`/admin/cases/${row.receipt}${lang}`}>${row.receipt}</a>
                        <span class="state">${states[row.state]}</span>
                        ${targets.overdue ? html`<strong class="late">${words.overdue}</strong>` : nothing}
                      </th>
                      <td>${row.rating_label} (${row.rating_value}/${row.rating_max})</td>
                      <td>${words.reasons[row.reason]}</td>
                      <td>${row.department ?? messages.none}</td>
                      <td>${when(row.opened_at)}</td>
                      <td>${target(targets.acknowledgeBy, row.acknowledged_at, targets.acknowledgeLate)}</td>
                      <td>${target(targets.answerBy, row.answered_at, targets.answerLate)}</td>
                      <td>${row.assignee ?? words.unassigned}</td>
                    </tr>`
                )}
              </tbody>
            </table>
          </div>`
    }
    ${evidenceTable({ messages, words, ...evidence })}`;
  return layout({ messages, title: words.casesTitle, current: 'cases', query: lang.slice(1), body, viewer });
}
