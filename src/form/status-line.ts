import type { SubmitState } from '../controllers/submit-controller.js';
import type { FailureReason } from '../events.js';
import type { Kit } from '../features/kit.js';
import type { Messages } from '../i18n/messages.js';
import { loadDelivery } from '../transport/load-delivery.js';

/** The message for each way a send can fail. */
const failureMessages = {
  timeout: 'failedTimeout',
  network: 'failedNetwork',
  rejected: 'failedRejected',
  server: 'failedServer',
  token: 'failedToken',
  load: 'failedLoad',
} as const satisfies Record<FailureReason, keyof Messages>;

/**
 * What the live region says: sending, sent (with the receipt, its check code and the status link), kept for later (and why), failed
 * (and that the answers are still there), or that the form needs fixing before it can go.
 */
export function statusLine(kit: Kit, state: SubmitState, invalidSubmit: boolean) {
  const { html, nothing, term } = kit;
  switch (state.phase) {
    case 'sending':
      return html`<p>${term('sending')}</p>`;
    case 'sent':
      return html`<p class="thanks">${term('sent')}</p>
        ${loadDelivery.current?.receiptNote(kit, state)}`;
    case 'queued':
      return html`<p class="thanks">${term(state.reason === 'load' ? 'queuedLoad' : 'queued')}</p>`;
    case 'failed':
      return html`<p class="failure">
        ${term(failureMessages[state.reason], { status: state.status ?? '' })} ${term('failedKept')}
      </p>`;
    default:
      return invalidSubmit ? html`<p class="failure">${term('errorSummary')}</p>` : nothing;
  }
}
