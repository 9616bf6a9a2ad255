import { CourtesyFeedback } from './courtesy-feedback.js';

export const tagName = 'courtesy-feedback';

// An embed snippet may be pasted twice, or the embed file loaded next to the npm build: registering
// a tag twice throws, so the first definition wins.
if (!customElements.get(tagName)) {
  customElements.define(tagName, CourtesyFeedback);
}

declare global {
  interface HTMLElementTagNameMap {
    'courtesy-feedback': CourtesyFeedback;
  }
}
