import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CourtesyFeedback } from '../../src/courtesy-feedback.js';
import { litDevWarnings, resolvedColor, shadow } from '../helpers.js';
import { expectAccessible } from '../accessibility.js';

function emulate(features: { name: string; value: string }[]) {
  return executeServerCommand('emulate-media-features', { features });
}

describe('<courtesy-feedback>', () => {
  afterEach(async () => {
    await emulate([]);
    expect(litDevWarnings()).to.deep.equal([]);
  });

  describe('media features', () => {
    it('should show the chosen option and the borders in forced colours', async () => {
      await emulate([{ name: 'forced-colors', value: 'active' }]);
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
      shadow(el).radio(4).click();
      await el.updateComplete;
      const chosen = getComputedStyle(shadow(el).radio(4).labels![0]);
      const other = getComputedStyle(shadow(el).radio(1).labels![0]);
      expect(chosen.borderTopColor).to.equal(resolvedColor('Highlight'));
      expect(parseFloat(chosen.borderTopWidth)).to.be.greaterThan(parseFloat(other.borderTopWidth));
      expect(other.borderTopColor).to.equal(resolvedColor('CanvasText'));
    });

    it('should not animate when the visitor asks for reduced motion', async () => {
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
      const tile = shadow(el).radio(1).labels![0];
      await emulate([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
      expect(getComputedStyle(tile).transitionDuration).not.to.equal('0s');
      await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      expect(getComputedStyle(tile).transitionDuration).to.equal('0s');
    });

    it('should turn dark with the dark colour scheme and still pass the contrast checks', async () => {
      await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/x" comment="required"></courtesy-feedback>`
      );
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(30, 31, 32)');
      await expectAccessible(el);
      shadow(el).radio(5).click();
      await el.submit();
      await el.updateComplete;
      expect(shadow(el).errors()).to.have.length(1);
      await expectAccessible(el);
    });

    it('should stay light under a dark system preference when theme="light" forces it', async () => {
      await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/x" theme="light"></courtesy-feedback>`
      );
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
      el.theme = 'auto';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(30, 31, 32)');
    });
  });
});
