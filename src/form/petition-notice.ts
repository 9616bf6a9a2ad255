import type { Kit } from '../features/kit.js';

/**
 * The line saying that a rating is a survey answer, not a petition (민원) the law routes to an
 * answer, with the agency's formal complaint channel when it has one.
 */
export function petitionNotice({ html, nothing, term }: Kit, complaintUrl: string | undefined) {
  return html`<p class="notice" part="notice">
    ${term('notPetition')}
    ${
      complaintUrl
        ? html`<a href=${complaintUrl} target="_blank" rel="noopener noreferrer"
            >${term('complaintLink')} ${term('opensInNewTab')}</a
          >`
        : nothing
    }
  </p>`;
}
