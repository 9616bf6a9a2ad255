// The dashboard: filters, summary, the trend chart with its table, a table per grouping, and the
// 좋아요 / 아쉬워요 board with the control to hide a comment.
import { html } from '@lit-labs/ssr';
import type { Channel } from 'courtesy-feedback/server.js';
import {
  toneNames,
  type BoardComment,
  type Choice,
  type FilterName,
  type Filters,
  type StatsRow,
  type Tone,
} from '../db/store.js';
import { filterQuery } from '../lib/filters.js';
import { langParam } from '../lib/language.js';
import { trendChart } from './chart.js';
import { layout, reasonForm, timeFormat, type PageViewer, type View } from './layout.js';
import type { Messages } from './messages.js';

/** The groupings shown as tables, in the dashboard's order. */
export const groupNames: FilterName[] = ['department', 'staff', 'service', 'channel'];

/** The query of a page shown after hiding or restoring: what was done, to which receipt. */
export interface NoticeQuery {
  done?: string;
  receipt?: string;
}

interface Formatters {
  kindness(value: number | null): string;
  count(value: number): string;
  time(iso: string): string;
}

function formatters(messages: Messages, timeZone: string): Formatters {
  const number = new Intl.NumberFormat(messages.lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const count = new Intl.NumberFormat(messages.lang);
  const time = new Intl.DateTimeFormat(messages.lang, timeFormat(timeZone));
  return {
    kindness: (value) => (value === null ? '–' : number.format(value)),
    count: (value) => count.format(value),
    time: (iso) => time.format(new Date(iso)),
  };
}

function groupLabel(messages: Messages, name: FilterName, group: { key: string | null; label: string | null }): string {
  if (group.key === null) return messages.none;
  if (name === 'channel') return messages.channels[group.key as Channel] ?? group.key;
  if (name === 'staff') return group.label ? `${group.label} (${group.key})` : group.key;
  return group.label ?? group.key;
}

function filterForm(messages: Messages, filters: Filters, choices: Record<FilterName, Choice[]>): View {
  const lang = langParam(messages.lang);
  const select = (name: FilterName) => {
    const options = choices[name];
    const selected = filters[name];
    // Keep the chosen value listed even when the period has none of it.
    const values =
      selected !== undefined && !options.some((o) => o.value === selected)
        ? [...options, { value: selected, label: selected }]
        : options;
    return html`<p class="field">
      <label for=${`filter-${name}`}>${messages[name]}</label>
      <select id=${`filter-${name}`} name=${name}>
        <option value="">${messages.all}</option>
        ${values.map(
          (option) =>
            html`<option value=${option.value} ?selected=${option.value === selected}>
              ${groupLabel(messages, name, { key: option.value, label: option.label })}
            </option>`
        )}
      </select>
    </p>`;
  };
  return html`<form class="filters" method="get" action="/admin/">
    <fieldset>
      <legend>${messages.filters}</legend>
      <p class="field">
        <label for="filter-from">${messages.from}</label>
        <input id="filter-from" type="date" name="from" value=${filters.fromDay} required />
      </p>
      <p class="field">
        <label for="filter-to">${messages.to}</label>
        <input id="filter-to" type="date" name="to" value=${filters.toDay} required />
      </p>
      ${groupNames.map(select)} ${lang ? html`<input type="hidden" name="lang" value=${lang} />` : ''}
      <p class="field"><button type="submit">${messages.apply}</button></p>
    </fieldset>
  </form>`;
}

function summary(messages: Messages, format: Formatters, totals: StatsRow): View {
  return html`<section aria-labelledby="summary-heading">
    <h2 id="summary-heading">${messages.summary}</h2>
    <dl class="summary">
      <div>
        <dt>${messages.responses}</dt>
        <dd data-figure="responses">${format.count(totals.responses)}</dd>
      </div>
      <div>
        <dt>${messages.kindness}</dt>
        <dd data-figure="kindness">${format.kindness(totals.kindness)}</dd>
      </div>
      <div>
        <dt>${messages.top} <span class="help">(${messages.topHelp})</span></dt>
        <dd data-figure="top">${format.count(totals.top)}</dd>
      </div>
      <div>
        <dt>${messages.low} <span class="help">(${messages.lowHelp})</span></dt>
        <dd data-figure="low">${format.count(totals.low)}</dd>
      </div>
    </dl>
    <p class="help">${messages.kindnessHelp}</p>
  </section>`;
}

function statsTable({
  messages,
  format,
  caption,
  keyHeading,
  rows,
  label,
  id,
}: {
  messages: Messages;
  format: Formatters;
  caption: string;
  keyHeading: string;
  rows: StatsRow[];
  label: (row: StatsRow) => string;
  id: string;
}): View {
  if (rows.length === 0) return html`<p>${messages.noData}</p>`;
  return html`<div class="table-scroll" role="region" aria-labelledby=${id} tabindex="0">
    <table data-table=${id}>
      <caption id=${id}>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${keyHeading}</th>
          <th scope="col" class="number">${messages.responses}</th>
          <th scope="col" class="number">${messages.kindness}</th>
          <th scope="col" class="number">${messages.top}</th>
          <th scope="col" class="number">${messages.low}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${label(row)}</th>
              <td class="number">${format.count(row.responses)}</td>
              <td class="number">${format.kindness(row.kindness)}</td>
              <td class="number">${format.count(row.top)}</td>
              <td class="number">${format.count(row.low)}</td>
            </tr>`
        )}
      </tbody>
    </table>
  </div>`;
}

function board(
  messages: Messages,
  format: Formatters,
  comments: Record<Tone, BoardComment[]>,
  query: string,
  viewer: PageViewer
): View {
  const titles: Record<Tone, string> = { praise: messages.praise, low: messages.lowTone, other: messages.otherTone };
  return html`<section aria-labelledby="board-heading" id="board">
    <h2 id="board-heading">${messages.board}</h2>
    <p class="help">${messages.boardHelp}</p>
    <div class="board">
      ${toneNames.map(
        (tone) =>
          html`<section class=${`tone tone-${tone}`} aria-labelledby=${`board-${tone}`}>
            <h3 id=${`board-${tone}`}>${titles[tone]}</h3>
            ${
              comments[tone].length === 0
                ? html`<p>${messages.noComments}</p>`
                : html`<ol class="comments">
                    ${comments[tone].map(
                      (item) =>
                        html`<li>
                          <article aria-labelledby=${`comment-${item.id}`} data-receipt=${item.receipt}>
                            <p class="meta" id=${`comment-${item.id}`}>
                              <strong>${item.rating_label}</strong> (${item.rating_value}/${item.rating_max}) ·
                              ${[item.department, item.staff_name ?? item.staff_id, item.service]
                                .filter(Boolean)
                                .join(' · ')}
                            </p>
                            <p class="comment">${item.comment}</p>
                            <p class="meta">
                              ${messages.received}
                              <time datetime=${item.received_at}>${format.time(item.received_at)}</time> ·
                              ${messages.receipt} ${item.receipt}
                            </p>
                            ${
                              viewer.role === 'manager'
                                ? reasonForm({
                                    action: `/admin/submissions/${item.id}/hide?${query}`,
                                    fieldId: `reason-${item.id}`,
                                    label: messages.hideReason,
                                    button: messages.hide,
                                    receipt: item.receipt,
                                    viewer,
                                  })
                                : ''
                            }
                          </article>
                        </li>`
                    )}
                  </ol>`
            }
          </section>`
      )}
    </div>
  </section>`;
}

/** A message after hiding or restoring, announced and shown at the top. */
export function notice(messages: Messages, query: NoticeQuery): View {
  const receipt = typeof query.receipt === 'string' ? query.receipt.slice(0, 40) : '';
  const texts: Record<string, (receipt: string) => string> = {
    hidden: messages.hidden,
    restored: messages.restored,
    unchanged: messages.unchanged,
    resent: messages.resent,
  };
  const text = query.done === undefined ? undefined : texts[query.done];
  return html`<p role="status" class="notice">${text ? text(receipt) : ''}</p>`;
}

export function dashboardPage({
  messages,
  filters,
  totals,
  days,
  groups,
  comments,
  choices,
  query,
  viewer,
}: {
  messages: Messages;
  filters: Filters;
  totals: StatsRow;
  days: StatsRow[];
  groups: Record<FilterName, StatsRow[]>;
  comments: Record<Tone, BoardComment[]>;
  choices: Record<FilterName, Choice[]>;
  query: NoticeQuery;
  viewer: PageViewer;
}): View {
  const format = formatters(messages, filters.timeZone);
  const currentQuery = filterQuery(filters, { lang: langParam(messages.lang) });
  const body = html`${notice(messages, query)} ${filterForm(messages, filters, choices)}
    <p class="period">${messages.period(filters.fromDay, filters.toDay, filters.timeZone)}</p>
    ${summary(messages, format, totals)}
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading">${messages.trend}</h2>
      <figure>
        ${trendChart({
          groups: days,
          fromDay: filters.fromDay,
          toDay: filters.toDay,
          captionId: 'trend-caption',
          format: format.kindness,
        })}
        <figcaption id="trend-caption">${messages.trendChart(days.length, filters.fromDay, filters.toDay)}</figcaption>
      </figure>
      ${statsTable({
        messages,
        format,
        caption: messages.trendTable,
        keyHeading: messages.day,
        rows: days,
        label: (row) => row.key ?? '',
        id: 'table-day',
      })}
    </section>
    ${groupNames.map(
      (name) =>
        html`<section aria-labelledby=${`heading-${name}`}>
          <h2 id=${`heading-${name}`}>${messages.byGroup(messages[name])}</h2>
          ${statsTable({
            messages,
            format,
            caption: messages.byGroup(messages[name]),
            keyHeading: messages[name],
            rows: groups[name],
            label: (row) => groupLabel(messages, name, row),
            id: `table-${name}`,
          })}
        </section>`
    )}
    ${board(messages, format, comments, currentQuery, viewer)}`;
  return layout({ messages, title: messages.title, current: 'dashboard', query: currentQuery, body, viewer });
}
