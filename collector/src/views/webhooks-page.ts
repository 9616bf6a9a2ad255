// The notifications that failed for good, each with a way to send it again, and the receivers that
// said 410 Gone. Receivers are shown by host only: a chat hook's address carries its secret.
import { html } from '@lit-labs/ssr';
import type { DisabledReceiver, FailedDelivery } from '../db/store.js';
import { langSuffix } from '../lib/language.js';
import { notice, type NoticeQuery } from './dashboard-page.js';
import { csrfField, layout, timeFormat, type PageViewer, type View } from './layout.js';
import type { Messages } from './messages.js';
import { receiptInBody } from '../webhooks/notifications.js';

const hostOf = (url: string) => new URL(url).host;

export function webhooksPage({
  messages,
  failures,
  disabled,
  timeZone,
  query,
  viewer,
}: {
  messages: Messages;
  failures: FailedDelivery[];
  disabled: DisabledReceiver[];
  timeZone: string;
  query: NoticeQuery;
  viewer: PageViewer;
}): View {
  const time = new Intl.DateTimeFormat(messages.lang, timeFormat(timeZone));
  const when = (iso: string) => html`<time datetime=${iso}>${time.format(new Date(iso))}</time>`;
  const lang = langSuffix(messages.lang);
  const failureTable = html`<div class="table-scroll" role="region" aria-labelledby="failures-caption" tabindex="0">
    <table data-table="failures">
      <caption id="failures-caption">
        ${messages.webhooksTitle}
      </caption>
      <thead>
        <tr>
          <th scope="col">${messages.receipt}</th>
          <th scope="col">${messages.action}</th>
          <th scope="col">${messages.receiver}</th>
          <th scope="col">${messages.attempts}</th>
          <th scope="col">${messages.lastError}</th>
          <th scope="col">${messages.failedAt}</th>
          ${viewer.role === 'manager' ? html`<td></td>` : ''}
        </tr>
      </thead>
      <tbody>
        ${failures.map((failure) => {
          const receipt = receiptInBody(failure.body);
          return html`<tr data-delivery=${failure.id}>
            <th scope="row">${receipt}</th>
            <td>${messages.events[failure.event] ?? failure.event}</td>
            <td>${hostOf(failure.url)}</td>
            <td>${failure.attempts}</td>
            <td>${failure.last_error ?? ''}</td>
            <td>${when(failure.failed_at)}</td>
            ${
              viewer.role === 'manager'
                ? html`<td>
                    <form method="post" action=${`/admin/webhooks/${failure.seq}/resend${lang}`} class="hide">
                      ${csrfField(viewer)}
                      <button type="submit">
                        ${messages.resend}<span class="visually-hidden">: ${receipt} ${hostOf(failure.url)}</span>
                      </button>
                    </form>
                  </td>`
                : ''
            }
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
  const body = html`${notice(messages, query)}
    <p class="help">${messages.webhooksHelp}</p>
    ${failures.length === 0 ? html`<p>${messages.noFailures}</p>` : failureTable}
    ${
      disabled.length === 0
        ? ''
        : html`<section aria-labelledby="disabled-heading">
            <h2 id="disabled-heading">${messages.disabledTitle}</h2>
            <p class="help">${messages.disabledHelp}</p>
            <ul>
              ${disabled.map(
                (receiver) =>
                  html`<li data-receiver=${hostOf(receiver.url)}>
                    ${hostOf(receiver.url)}: ${receiver.reason} (${when(receiver.disabled_at)})
                  </li>`
              )}
            </ul>
          </section>`
    }`;
  return layout({ messages, title: messages.webhooksTitle, current: 'webhooks', query: lang.slice(1), body, viewer });
}
