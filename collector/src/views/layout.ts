// The frame of every dashboard page: language, title, skip link, menu. Rendered with Lit's
// server-only templates, which escape every value put into text or an attribute.
import { html, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { Role } from '../db/accounts.js';
import type { InputError } from '../errors.js';
import { langSuffix } from '../lib/language.js';
import type { Messages } from './messages.js';

/** What a view returns: a server-only Lit template. */
export type View = ReturnType<typeof html>;

/** The signed-in person a page is for: named in its header, their token in its forms. */
export interface PageViewer {
  name: string;
  role: Role;
  csrf: string;
}

/** The hidden field that proves a form came from one of this session's own pages. */
export const csrfField = (viewer: PageViewer): View => html`<input type="hidden" name="csrf" value=${viewer.csrf} />`;

/** Headers of every dashboard page: nothing but our own stylesheet, no framing, no caching. */
export const pageHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  // Not no-referrer: under it a browser sends `Origin: null` with the page's own forms.
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Day and 24-hour time in the agency's zone: "2026. 11. 25. 18:50", "Nov 25, 2026, 18:50". */
export const timeFormat = (timeZone: string): Intl.DateTimeFormatOptions => ({
  timeZone,
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function layout({
  messages,
  title,
  current,
  query,
  body,
  viewer,
  visitor,
}: {
  messages: Messages;
  title: string;
  current: 'dashboard' | 'cases' | 'audit' | 'webhooks' | '';
  query: string;
  body: View;
  /** Absent on the sign-in page, which has no menu. */
  viewer: PageViewer | undefined;
  /**
   * A visitor's page (/status) speaks more languages than the dashboard: its own `lang`, skip link
   * and language links, in place of the dashboard's.
   */
  visitor?: { lang: string; skip: string; languages: View };
}): View {
  const link = (path: string, label: string, name: string) =>
    html`<a href=${path} aria-current=${current === name ? 'page' : 'false'}>${label}</a>`;
  const switchQuery = new URLSearchParams(query);
  switchQuery.set('lang', messages.otherLanguageCode);
  const langQuery = langSuffix(messages.lang);
  const languageLink = html`<a
    href=${`?${switchQuery}`}
    lang=${messages.otherLanguageCode}
    hreflang=${messages.otherLanguageCode}
    >${messages.otherLanguage}</a
  >`;
  return html`<!doctype html>
    <html lang=${visitor?.lang ?? messages.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · courtesy-feedback</title>
        <link rel="stylesheet" href="/admin/dashboard.css" />
      </head>
      <body>
        <a class="skip" href="#main">${visitor?.skip ?? messages.skip}</a>
        <header>
          <p class="product">courtesy-feedback</p>
          ${viewer ? menu(viewer) : (visitor?.languages ?? html`<p class="language">${languageLink}</p>`)}
        </header>
        <main id="main" tabindex="-1">
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html>`;

  function menu(viewer: PageViewer): View {
    return html`<nav aria-label=${messages.nav}>
        <ul>
          <li>${link(`/admin/${langQuery}`, messages.dashboard, 'dashboard')}</li>
          <li>${link(`/admin/cases${langQuery}`, messages.cases, 'cases')}</li>
          <li>${link(`/admin/audit${langQuery}`, messages.audit, 'audit')}</li>
          <li><a href=${`/api/export.csv?${query}`}>${messages.exportCsv}</a></li>
          <li>${languageLink}</li>
        </ul>
      </nav>
      <form method="post" action=${`/admin/sign-out${langQuery}`} class="account" aria-label=${messages.signOut}>
        <p>${messages.signedInAs} <strong>${viewer.name}</strong> (${messages.roles[viewer.role]})</p>
        ${csrfField(viewer)}
        <button type="submit">${messages.signOut}</button>
      </form>`;
  }
}

/**
 * The page as one string. @lit-labs/ssr 4.1 leaves lit-html's end-of-template marker `<?>` in the
 * output of a server-only template that ends with a binding; no escaped value can contain it (it
 * would read `&lt;?&gt;`), so removing it touches nothing else.
 */
export const toHtml = async (template: View): Promise<string> =>
  (await collectResult(render(template))).replaceAll('<?>', '');

/**
 * A manager action on one comment (hide, or show again): a reason field tied to its label, and a
 * button whose accessible name includes the receipt, so that a list of them stays distinguishable.
 */
export function reasonForm({
  action,
  fieldId,
  label,
  button,
  receipt,
  viewer,
}: {
  action: string;
  fieldId: string;
  label: string;
  button: string;
  receipt: string;
  viewer: PageViewer;
}): View {
  return html`<form method="post" action=${action} class="hide" aria-label=${`${button}: ${receipt}`}>
    ${csrfField(viewer)}
    <label for=${fieldId}>${label}</label>
    <input id=${fieldId} name="reason" required maxlength="200" autocomplete="off" />
    <button type="submit">${button}<span class="visually-hidden">: ${receipt}</span></button>
  </form>`;
}

/** A refused request, said plainly (in the manager's language where the dashboard words it), with the way back. */
export function errorPage({
  messages,
  error,
  viewer,
}: {
  messages: Messages;
  error: InputError;
  viewer: PageViewer | undefined;
}): View {
  const body = html`<p role="alert">${messages.refusals[error.error] ?? error.message}</p>
    <p><a href=${`/admin/${langSuffix(messages.lang)}`}>${messages.back}</a></p>`;
  return layout({ messages, title: messages.errorTitle, current: '', query: '', body, viewer });
}
