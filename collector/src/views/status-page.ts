// The visitor's status page, served without JavaScript: a lookup form (receipt and check code, each
// with its label), and for a matching case its steps, the public answer, the satisfaction question
// once answered and the deletion of contact details. What the page says after an action is in a
// live region; a failed lookup is an alert tied to both fields.
import { html } from '@lit-labs/ssr';
import { nothing } from 'lit';
import { caseStates } from '../cases/case-states.js';
import type { PublicStatus } from '../cases/public-status.js';
import { langSuffix } from '../lib/language.js';
import { layout, timeFormat, type View } from './layout.js';
import type { Messages } from './messages.js';
import { statusCatalogues, type StatusLanguage, type StatusMessages } from './status-messages.js';

export type StatusNotice = 'satisfied' | 'dissatisfied' | 'contact-deleted' | 'refused' | undefined;

export interface StatusPageInput {
  /** The dashboard's words, for the frame of the page. */
  messages: Messages;
  /** The visitor's language, and its words. */
  lang: StatusLanguage;
  words: StatusMessages;
  timeZone: string;
  receipt: string;
  check: string;
  /** The case found; `missing` when a lookup matched nothing; undefined before any lookup. */
  found: PublicStatus | 'missing' | undefined;
  notice: StatusNotice;
  /** Why the request was refused (too many lookups), said as an alert. */
  refusal?: string | undefined;
}

export function statusPage({
  messages,
  lang: language,
  words,
  timeZone,
  receipt,
  check,
  found,
  notice,
  refusal,
}: StatusPageInput): View {
  const missing = found === 'missing';
  const lang = langSuffix(language);
  const noticeText = {
    satisfied: words.saidSatisfied,
    dissatisfied: words.saidDissatisfied,
    'contact-deleted': words.contactDeleted,
    refused: words.refusedAction,
  };
  const lookup = html`<p class="help">${words.statusHelp}</p>
    <form method="get" action=${`/status`} class="lookup" aria-label=${words.lookUp}>
      ${language === 'ko' ? nothing : html`<input type="hidden" name="lang" value=${language} />`}
      <p>
        <label for="status-receipt">${words.receipt}</label>
        <span class="hint" id="status-receipt-hint">${words.receiptExample}</span>
        <input
          id="status-receipt"
          name="receipt"
          required
          maxlength="32"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          value=${receipt}
          aria-invalid=${missing ? 'true' : 'false'}
          aria-describedby=${missing ? 'status-receipt-hint status-missing' : 'status-receipt-hint'}
        />
      </p>
      <p>
        <label for="status-check">${words.check}</label>
        <span class="hint" id="status-check-hint">${words.checkExample}</span>
        <input
          id="status-check"
          name="check"
          required
          maxlength="16"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          value=${check}
          aria-invalid=${missing ? 'true' : 'false'}
          aria-describedby=${missing ? 'status-check-hint status-missing' : 'status-check-hint'}
        />
      </p>
      <button type="submit">${words.lookUp}</button>
    </form>
    ${missing ? html`<p id="status-missing" class="notice" role="alert">${words.notFound}</p>` : nothing}`;

  const body = html`${refusal ? html`<p class="notice" role="alert">${refusal}</p>` : nothing}
    <p class="notice" role="status">${notice ? noticeText[notice] : ''}</p>
    ${found && found !== 'missing' ? caseView(found) : nothing} ${lookup}`;
  // Each language's link keeps the lookup.
  const languages = html`<nav class="languages" aria-label=${words.languages}>
    <ul>
      ${(Object.keys(statusCatalogues) as StatusLanguage[]).map((code) => {
        const query = new URLSearchParams(receipt ? { receipt, check } : {});
        if (code !== 'ko') query.set('lang', code);
        const name = statusCatalogues[code].languageName;
        return html`<li>
          <a
            href=${`/status${query.size ? `?${query}` : ''}`}
            lang=${code}
            hreflang=${code}
            aria-current=${code === language ? 'page' : 'false'}
            >${name}</a
          >
        </li>`;
      })}
    </ul>
  </nav>`;
  return layout({
    messages,
    title: words.statusTitle,
    current: '',
    query: '',
    body,
    viewer: undefined,
    visitor: { lang: language, skip: words.skip, languages },
  });

  function caseView(status: PublicStatus): View {
    const when = new Intl.DateTimeFormat(language, timeFormat(timeZone)).format(new Date(status.updatedAt));
    const hidden = html`<input type="hidden" name="receipt" value=${status.receipt} />
      <input type="hidden" name="check" value=${check} />`;
    return html`<section aria-labelledby="case-heading" class="case">
      <h2 id="case-heading">${words.receipt} ${status.receipt}</h2>
      <ol class="steps" aria-label=${words.progress}>
        ${caseStates.map(
          (state) => html`<li aria-current=${state === status.state ? 'step' : 'false'}>${words.states[state]}</li>`
        )}
      </ol>
      <dl>
        <dt>${words.state}</dt>
        <dd>${words.states[status.state]}</dd>
        <dt>${words.updatedAt}</dt>
        <dd><time datetime=${status.updatedAt}>${when}</time></dd>
        <dt>${words.answer}</dt>
        <dd class="answer">${status.answer ?? words.noAnswerYet}</dd>
      </dl>
      ${
        status.state === 'answered' && status.satisfied === null
          ? html`<form
              method="post"
              action=${`/status${lang}`}
              class="satisfaction"
              aria-label=${words.satisfactionQuestion}
            >
              ${hidden}
              <fieldset>
                <legend>${words.satisfactionQuestion}</legend>
                <p class="help" id="dissatisfied-help">${words.dissatisfiedHelp}</p>
                <button type="submit" name="action" value="satisfied">${words.satisfied}</button>
                <button type="submit" name="action" value="dissatisfied" aria-describedby="dissatisfied-help">
                  ${words.dissatisfied}
                </button>
              </fieldset>
            </form>`
          : nothing
      }
      ${
        status.contact === 'kept'
          ? html`<form method="post" action=${`/status${lang}`} class="forget" aria-label=${words.deleteContact}>
              ${hidden}
              <p class="help" id="contact-help">${words.contactKept}</p>
              <button type="submit" name="action" value="delete-contact" aria-describedby="contact-help">
                ${words.deleteContact}
              </button>
            </form>`
          : status.contact === 'deleted'
            ? html`<p class="help">${words.contactGone}</p>`
            : nothing
      }
    </section>`;
  }
}
