import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { clearQueue, sameOriginBin, settled, shadow } from './helpers.js';

const THANKS = '소중한 의견 감사합니다';

/** The widget's live regions whose text says `words`: each one is an announcement of them. */
function liveRegionsSaying(el: CourtesyFeedback, words: string): string[] {
  const live = el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [role="log"], [aria-live]');
  return Array.from(live)
    .filter((region) => region.getAttribute('aria-live') !== 'off' && region.textContent!.includes(words))
    .map((region) => region.outerHTML);
}

/** Sends what was chosen with the keyboard from the send button, as a screen-reader user does. */
async function sendByKeyboard(el: CourtesyFeedback) {
  shadow(el).radio(4).focus();
  await sendKeys({ press: 'ArrowRight' });
  shadow(el).submitButton()!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot!.textContent!.includes(THANKS), 'no thank-you');
  await settled(el);
}

describe('the sent message, said once', () => {
  beforeEach(clearQueue);

  for (const mode of ['inline', 'kiosk']) {
    it(`should be focused and not also announced after a send from the form (${mode})`, async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} mode=${mode} .minFillTime=${0}></courtesy-feedback>`
      );
      await sendByKeyboard(el);
      const focused = el.shadowRoot!.activeElement!;
      expect(focused === shadow(el).status(), `focus on the thank-you, not ${focused?.outerHTML}`).to.equal(true);
      expect(focused.textContent).to.contain(THANKS);
      expect(liveRegionsSaying(el, THANKS), 'a live region would say it a second time').to.deep.equal([]);
      if (mode === 'kiosk') {
        expect(focused.textContent, 'the time it stays, read with it').to.contain('초 뒤 처음 화면으로');
        expect(liveRegionsSaying(el, '초 뒤')).to.deep.equal([]);
      }
    });
  }

  it('should be announced once, focus left alone, when the page sends with submit()', async () => {
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint=${bin.endpoint()}></courtesy-feedback>`
    );
    shadow(el).radio(5).click();
    expect(await el.submit()).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus left where it was').to.equal(null);
    expect(liveRegionsSaying(el, THANKS)).to.deep.equal([shadow(el).status().outerHTML]);
  });

  it('should be a live region again for the next visitor', async () => {
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint=${bin.endpoint()} .minFillTime=${0}></courtesy-feedback>`
    );
    await sendByKeyboard(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-another"]')!.click();
    await el.updateComplete;
    expect(shadow(el).status().getAttribute('role')).to.equal('status');
  });
});
