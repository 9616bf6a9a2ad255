import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { consoleErrors, litDevWarnings, sameOriginBin, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

function toggles(el: CourtesyFeedback) {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('.aspects input[type="checkbox"]'));
}

describe('<courtesy-feedback> aspects', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  it('should offer no aspect group unless aspects are set', async () => {
    const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
    expect(el.shadowRoot!.querySelector('.aspects')).to.equal(null);
  });

  it('should offer the listed aspects as labelled toggles in a named group, and send the chosen ones in order', async () => {
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint=${bin.endpoint()} aspects="speed, attitude,waiting"></courtesy-feedback>`
    );
    const group = el.shadowRoot!.querySelector('fieldset.aspects')!;
    expect(group.querySelector('legend')!.textContent).to.equal('어떤 점이 기억에 남나요? (여러 개 골라도 돼요)');
    expect(toggles(el).map((toggle) => toggle.labels![0].textContent!.trim())).to.deep.equal([
      '처리 속도',
      '태도',
      '대기 시간',
    ]);
    await expectAccessible(el);

    shadow(el).radio(4).click();
    toggles(el)[2].click();
    toggles(el)[0].click();
    await el.updateComplete;
    expect(toggles(el).map((toggle) => toggle.checked)).to.deep.equal([true, false, true]);
    expect(el.shadowRoot!.querySelectorAll('[part~="aspect-checked"]')).to.have.length(2);
    await expectAccessible(el);
    expect(await el.submit()).to.equal(true);
    const [request] = await bin.waitForSubmissions(1);
    expect(request.schemaErrors).to.equal(null);
    // In the order offered, whatever the order of clicks.
    expect(request.payload!.aspects).to.deep.equal(['speed', 'waiting']);
  });

  it('should toggle with the keyboard: Tab reaches each toggle and Space flips it', async () => {
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint="/x" aspects="attitude,explanation" comment="hidden"></courtesy-feedback>`
    );
    shadow(el).radio(3).focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).focused()).to.equal(toggles(el)[0]);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).focused()).to.equal(toggles(el)[1]);
    await sendKeys({ type: ' ' });
    await el.updateComplete;
    expect(toggles(el)[1].checked).to.equal(true);
    await sendKeys({ type: ' ' });
    await el.updateComplete;
    expect(toggles(el)[1].checked).to.equal(false);
  });

  it('should clear the chosen aspects on reset, and forget one that is no longer offered', async () => {
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint="/x" aspects="attitude,speed"></courtesy-feedback>`
    );
    toggles(el)[0].click();
    toggles(el)[1].click();
    await el.updateComplete;
    el.aspects = 'speed';
    await el.updateComplete;
    expect(toggles(el).map((toggle) => [toggle.value, toggle.checked])).to.deep.equal([['speed', true]]);
    el.reset();
    await el.updateComplete;
    expect(toggles(el)[0].checked).to.equal(false);
  });

  it('should name an unknown aspect in the console and show the form as unavailable', async () => {
    let el!: CourtesyFeedback;
    const errors = await consoleErrors(async () => {
      el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/x" aspects="attitude,kindness"></courtesy-feedback>`
      );
    });
    expect(errors.join('\n')).to.contain('"aspects" has "kindness", not among attitude, explanation');
    expect(el.shadowRoot!.querySelector('[part="unavailable"]')).to.not.equal(null);
  });
});
