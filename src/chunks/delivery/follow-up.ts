import type { Kit } from '../../features/kit.js';
import type { LocaleCode } from '../../i18n/locales.js';
import type { ReceiptMessages } from '../../i18n/messages.js';
import type { FollowUp } from './send.js';

/**
 * The receipt lines in Korean, here since only a sent form shows them; the other languages have
 * them in their own catalogues (`chunks/i18n/`), which a page in that language loads anyway.
 */
export const messages: Partial<Record<LocaleCode, ReceiptMessages>> = {
  ko: { receipt: '접수 번호: {receipt}', check: '확인 코드: {check}', followLink: '처리 상황 보기' },
};

/**
 * Under the thank-you: the receipt, and the check code (with the receipt, it opens the status page)
 * and the link to that page, when the endpoint gave them. Rendered with the element's own Lit.
 */
export function receiptNote(
  { html, nothing, term }: Kit,
  { receipt, follow }: { receipt: string | null; follow?: FollowUp | null }
) {
  const { check, url } = follow ?? {};
  return html`${receipt ? html`<p class="receipt">${term('receipt', { receipt })}</p>` : nothing}
  ${check ? html`<p class="receipt">${term('check', { check })}</p>` : nothing}
  ${url ? html`<p><a part="status-link" href=${url}>${term('followLink')}</a></p>` : nothing}`;
}
