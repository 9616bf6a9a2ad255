// One case: the feedback, its targets, what a manager can do next (only the actions its state
// allows), the contact details behind a button that records the viewing, and the history.
import { html } from '@lit-labs/ssr';
import { nothing } from 'lit';
import { transitions, type CaseAction, type CaseReason } from '../cases/case-states.js';
import { mailFailedLast } from '../cases/mail-attempts.js';
import type { CaseTargets } from '../cases/targets.js';
import type { CaseEvent, CaseRow } from '../db/cases.js';
import type { ContactFields } from '../lib/contact-seal.js';
import { langSuffix } from '../lib/language.js';
import type { CaseMessages } from './case-messages.js';
import { csrfField, layout, timeFormat, type PageViewer, type View } from './layout.js';
import type { Messages } from './messages.js';
import type { StatusMessages } from './status-messages.js';

export interface CasePageInput {
  messages: Messages;
  words: CaseMessages;
  states: StatusMessages['states'];
  timeZone: string;
  row: CaseRow;
  targets: CaseTargets;
  events: CaseEvent[];
  /** SMTP is set, so a failed answer mail can be sent again. */
  canMail: boolean;
  /** The opened contact details (after "show"), or `unreadable` when no key opens them. */
  contact: ContactFields | 'unreadable' | undefined;
  done: string | undefined;
  viewer: PageViewer;
}

export function casePage(input: CasePageInput): View {
  const { messages, words, states, timeZone, row, targets, events, canMail, contact, done, viewer } = input;
  const time = new Intl.DateTimeFormat(messages.lang, timeFormat(timeZone));
  const when = (iso: string | Date) =>
    html`<time datetime=${new Date(iso).toISOString()}>${time.format(new Date(iso))}</time>`;
  const lang = langSuffix(messages.lang);
  const path = (action: string) => `/admin/cases/${row.receipt}/${action}${lang}`;
  const allowed = (action: CaseAction) => (transitions[action].from as readonly string[]).includes(row.state);
  const manager = viewer.role === 'manager';
  const button = (action: CaseAction, label: string) =>
    allowed(action)
      ? html`<form method="post" action=${path(action)} class="case-action" aria-label=${label}>
          ${csrfField(viewer)}<button type="submit">${label}</button>
        </form>`
      : nothing;

  const body = html`<p class="notice" role="status">${done ? (words.done[done] ?? '') : ''}</p>
    <dl class="case-facts">
      <dt>${messages.state}</dt>
      <dd>${states[row.state]} ${targets.overdue ? html`<strong class="late">${words.overdue}</strong>` : nothing}</dd>
      <dt>${words.reason}</dt>
      <dd>${words.reasons[row.reason]}</dd>
      <dt>${messages.rating}</dt>
      <dd>${row.rating_label} (${row.rating_value}/${row.rating_max})</dd>
      <dt>${messages.department}</dt>
      <dd>${[row.department, row.service, row.staff_name].filter(Boolean).join(' · ') || messages.none}</dd>
      <dt>${words.opened}</dt>
      <dd>${when(row.opened_at)}</dd>
      <dt>${words.acknowledgeBy}</dt>
      <dd>${when(targets.acknowledgeBy)}</dd>
      <dt>${words.answerBy}</dt>
      <dd>${when(targets.answerBy)}</dd>
      <dt>${words.assignee}</dt>
      <dd>${row.assignee ?? words.unassigned}</dd>
      <dt>${words.satisfaction}</dt>
      <dd>
        ${row.satisfied === null ? words.notRated : row.satisfied ? words.satisfiedYes : words.satisfiedNo}
        ${row.reopened > 0 ? html`· ${words.reopened(row.reopened)}` : nothing}
      </dd>
    </dl>
    <h2>${words.submission}</h2>
    <p class="comment">${row.comment || (row.comment === '' ? words.noComment : words.hiddenComment)}</p>
    ${
      // The answer as the visitor reads it, wherever it is not in the answer's own field to edit.
      row.answer && !(manager && allowed('answer'))
        ? html`<h2>${words.publicAnswer}</h2>
            <p class="comment">${row.answer}</p>`
        : nothing
    }
    ${manager ? actions() : nothing} ${contactSection()}
    <h2 id="history">${words.history}</h2>
    <div class="table-scroll" role="region" aria-labelledby="history" tabindex="0">
      <table data-table="history">
        <thead>
          <tr>
            <th scope="col">${words.at}</th>
            <th scope="col">${words.actor}</th>
            <th scope="col">${words.record}</th>
            <th scope="col">${words.note}</th>
          </tr>
        </thead>
        <tbody>
          ${events.map(
            (event) =>
              html`<tr>
                <td>${when(event.at)}</td>
                <td>${event.actor}</td>
                <th scope="row">${words.records[event.action] ?? event.action}</th>
                <td>${noteOf(event)}</td>
              </tr>`
          )}
        </tbody>
      </table>
    </div>`;
  return layout({
    messages,
    title: words.caseTitle(row.receipt),
    current: 'cases',
    query: lang.slice(1),
    body,
    viewer,
  });

  /** An opening's note is its reason, said in words; any other note is shown as it was written. */
  function noteOf(event: { action: string; note: string }): string {
    return event.action === 'open' && event.note in words.reasons
      ? words.reasons[event.note as CaseReason]
      : event.note;
  }

  function actions(): View {
    return html`<h2>${words.answer}</h2>
      <div class="case-actions">
        ${button('acknowledge', words.acknowledge)}
        ${
          allowed('assign')
            ? html`<form method="post" action=${path('assign')} class="case-action" aria-label=${words.assign}>
                ${csrfField(viewer)}
                <label for="case-assignee">${words.assigneeLabel}</label>
                <input
                  id="case-assignee"
                  name="value"
                  required
                  maxlength="100"
                  autocomplete="off"
                  value=${row.assignee ?? ''}
                />
                <button type="submit">${words.assign}</button>
              </form>`
            : nothing
        }
        ${
          allowed('answer')
            ? html`<form method="post" action=${path('answer')} class="case-answer" aria-label=${words.answer}>
                ${csrfField(viewer)}
                <label for="case-answer">${words.answerLabel}</label>
                <p class="help" id="case-answer-help">${words.answerHelp}</p>
                <textarea
                  id="case-answer"
                  name="value"
                  required
                  maxlength="4000"
                  rows="6"
                  aria-describedby="case-answer-help"
                >
${row.answer ?? ''}</textarea>
                <button type="submit">${words.answer}</button>
              </form>`
            : nothing
        }
        ${button('close', words.close)} ${button('reopen', words.reopen)}
        ${
          canMail && row.answer && mailFailedLast(events)
            ? html`<form method="post" action=${path('mail')} class="case-action" aria-label=${words.mailAgain}>
                ${csrfField(viewer)}<button type="submit">${words.mailAgain}</button>
              </form>`
            : nothing
        }
      </div>`;
  }

  function contactSection(): View {
    const heading = html`<h2 id="contact">${words.contact}</h2>`;
    if (!row.has_contact) {
      return html`${heading}
        <p>${row.contact_removed_at ? words.contactRemoved : words.noContact}</p>`;
    }
    if (!manager)
      return html`${heading}
        <p class="help">${words.contactHelp}</p>`;
    const shown =
      contact === 'unreadable'
        ? html`<p role="alert">${words.contactUnreadable}</p>`
        : contact
          ? html`<dl class="case-facts">
              ${
                contact.name
                  ? html`<dt>${words.contactName}</dt>
                      <dd>${contact.name}</dd>`
                  : nothing
              }
              ${
                contact.email
                  ? html`<dt>${words.contactEmail}</dt>
                      <dd>${contact.email}</dd>`
                  : nothing
              }
              ${
                contact.phone
                  ? html`<dt>${words.contactPhone}</dt>
                      <dd>${contact.phone}${contact.email ? nothing : html` · ${words.callBack}`}</dd>`
                  : nothing
              }
            </dl>`
          : html`<form method="post" action=${path('contact')} class="case-action" aria-label=${words.showContact}>
              ${csrfField(viewer)}<button type="submit" aria-describedby="contact-help">${words.showContact}</button>
            </form>`;
    return html`${heading}
      <p class="help" id="contact-help">${words.contactHelp}</p>
      ${shown}
      <form method="post" action=${path('contact/export')} class="case-action" aria-label=${words.exportContact}>
        ${csrfField(viewer)}<button type="submit">${words.exportContact}</button>
      </form>
      <form method="post" action=${path('contact/delete')} class="hide" aria-label=${words.deleteContact}>
        ${csrfField(viewer)}
        <label for="case-delete-reason">${words.deleteReason}</label>
        <input id="case-delete-reason" name="reason" required maxlength="200" autocomplete="off" />
        <button type="submit">${words.deleteContact}</button>
      </form>`;
  }
}
