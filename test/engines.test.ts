import { expect, fixture, html } from '@open-wc/testing';
import { ibmViolations } from './accessibility.js';

/** A shadow root with a field nobody named: what both engines must see through to. */
class UnlabelledField extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<form><input type="text" name="q"></form>';
  }
}
customElements.define('unlabelled-field', UnlabelledField);

describe('the second accessibility engine', () => {
  it('should see a defect inside a shadow root, so that its silence about the widget means something', async () => {
    const el = await fixture(html`<unlabelled-field></unlabelled-field>`);
    const violations = await ibmViolations(el);
    expect(violations.some((line) => line.includes('#document-fragment') && line.includes('<input'))).to.equal(
      true,
      violations.join('\n')
    );
  });
});
