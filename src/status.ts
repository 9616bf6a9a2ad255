/**
 * `<courtesy-feedback-status>`: import `courtesy-feedback/status.js` on the page where visitors
 * follow their feedback (or load `courtesy-feedback-status.min.js`). Separate from the form's entry,
 * so that the form's pages never download it.
 */
import { CourtesyFeedbackStatus } from './status/courtesy-feedback-status.js';

export { CourtesyFeedbackStatus };
export type { CaseState, PublicStatus } from './status/case-states.js';

export const statusTagName = 'courtesy-feedback-status';

// Loaded twice (the module and the min.js, or two bundles): the first definition wins.
if (!customElements.get(statusTagName)) customElements.define(statusTagName, CourtesyFeedbackStatus);

declare global {
  interface HTMLElementTagNameMap {
    'courtesy-feedback-status': CourtesyFeedbackStatus;
  }
}
