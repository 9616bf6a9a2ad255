// The audit log: every hide and restore, who did it, why, and the comment as written. The only view
// that shows a hidden comment, and where a manager can show it again.
import { html } from '@lit-labs/ssr';
import type { AuditEntry } from '../db/store.js';
import { langSuffix } from '../lib/language.js';
import { layout, reasonForm, timeFormat, type PageViewer, type View } from './layout.js';
import { notice, type NoticeQuery } from './dashboard-page.js';
import type { Messages } from './messages.js';

export function auditPage({
  messages,
  entries,
  timeZone,
  query,
  viewer,
}: {
  messages: Messages;
  entries: (AuditEntry & { latest: boolean })[];
  timeZone: string;
  query: NoticeQuery;
  viewer: PageViewer;
}): View {
  const time = new Intl.DateTimeFormat(messages.lang, timeFormat(timeZone));
  const langQuery = langSuffix(messages.lang, '');
  const body = html`${notice(messages, query)}
    <p class="help">${messages.auditHelp}</p>
    ${
      entries.length === 0
        ? html`<p>${messages.noAudit}</p>`
        : html`<div class="table-scroll" role="region" aria-labelledby="audit-caption" tabindex="0">
            <table data-table="audit">
              <caption id="audit-caption">
                ${messages.auditTitle}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${messages.at}</th>
                  <th scope="col">${messages.actor}</th>
                  <th scope="col">${messages.action}</th>
                  <th scope="col">${messages.reason}</th>
                  <th scope="col">${messages.receipt}</th>
                  <th scope="col">${messages.original}</th>
                  <th scope="col">${messages.state}</th>
                </tr>
              </thead>
              <tbody>
                ${entries.map(
                  (entry) =>
                    html`<tr data-receipt=${entry.receipt}>
                      <td><time datetime=${entry.at}>${time.format(new Date(entry.at))}</time></td>
                      <td>${entry.actor}</td>
                      <td>${messages.actions[entry.action]}</td>
                      <td>${entry.reason}</td>
                      <th scope="row">${entry.receipt}</th>
                      <td class="comment">${entry.comment}</td>
                      <td>
                        ${entry.hidden ? messages.states.hidden : messages.states.shown}
                        ${
                          entry.hidden && entry.latest && viewer.role === 'manager'
                            ? reasonForm({
                                action: `/admin/submissions/${entry.id}/restore?${langQuery}`,
                                fieldId: `restore-${entry.seq}`,
                                label: messages.restoreReason,
                                button: messages.restore,
                                receipt: entry.receipt,
                                viewer,
                              })
                            : ''
                        }
                      </td>
                    </tr>`
                )}
              </tbody>
            </table>
          </div>`
    }`;
  return layout({ messages, title: messages.auditTitle, current: 'audit', query: langQuery, body, viewer });
}
