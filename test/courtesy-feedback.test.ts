import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { crossOriginBin, litDevWarnings, recordEvents, sameOriginBin, settled, shadow } from './helpers.js';

describe('<courtesy-feedback>', () => {
  afterEach(() => {
    // Spectrum's habit: any Lit dev-mode warning (e.g. an update scheduled during an update) fails.
    expect(litDevWarnings()).to.deep.equal([]);
  });

  describe('rendering', () => {
    it('should pass the accessibility check in its first state', async () => {
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback
        endpoint="/bin/x/feedback"
        lang="ko"
        service="여권 발급"
        department="민원여권과"
        staff-name="김민원"
      ></courtesy-feedback>`);
      await expect(el).to.be.accessible();
    });

    it('should show a radio group named by the question, each option named by its words', async () => {
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/bin/x/feedback" lang="ko"></courtesy-feedback>`);
      const { radios, legend } = shadow(el);
      expect(legend()!.textContent!.trim()).to.equal('직원의 응대는 얼마나 친절했나요?');
      expect(radios()).to.have.length(5);
      const names = radios().map((radio) => radio.labels![0].textContent!.replace(/\s+/g, ' ').trim());
      expect(names).to.deep.equal(['😠 매우 불친절해요', '🙁 불친절해요', '😐 보통이에요', '🙂 친절해요', '😄 매우 친절해요']);
      // The glyph is decorative: hidden from assistive technology, so the name is the words alone.
      expect(radios()[4].labels![0].querySelector('[aria-hidden="true"]')!.textContent).to.equal('😄');
    });
  });

  describe('keyboard', () => {
    it('should move and check with arrow keys, Home and End, as the APG radio group does', async () => {
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/bin/x/feedback" lang="en"></courtesy-feedback>`);
      const events = recordEvents(el);
      const { radios, checked, focused } = shadow(el);
      radios()[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(checked()!.value).to.equal('2');
      expect(focused()).to.equal(radios()[1]);
      await sendKeys({ press: 'End' });
      expect(checked()!.value).to.equal('5');
      await sendKeys({ press: 'ArrowDown' });
      expect(checked()!.value, 'wraps from last to first').to.equal('1');
      await sendKeys({ press: 'ArrowUp' });
      expect(checked()!.value, 'wraps from first to last').to.equal('5');
      await sendKeys({ press: 'Home' });
      expect(checked()!.value).to.equal('1');
      await sendKeys({ press: 'ArrowLeft' });
      expect(checked()!.value).to.equal('5');
      expect(events.map((event) => event.detail.rating)).to.deep.equal([2, 5, 1, 5, 1, 5]);
    });
  });

  describe('submission', () => {
    it('should send the payload to a cross-origin endpoint and thank the visitor with the receipt', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback
        endpoint=${bin.endpoint()}
        lang="ko"
        staff-id="A-102"
      ></courtesy-feedback>`);
      const events = recordEvents(el);
      shadow(el).radio(5).click();
      shadow(el).submitButton()!.click();
      const [request] = await bin.waitForSubmissions(1);
      await settled(el);
      expect(request.schemaErrors).to.equal(null);
      expect(request.payload!.rating).to.deep.equal({ value: 5, max: 5, scale: 'faces5', label: '매우 친절해요' });
      expect(request.headers['idempotency-key']).to.equal(request.payload!.id);
      await waitUntil(() => shadow(el).status().textContent!.includes('CF-TEST-0001'));
      expect(shadow(el).status().textContent).to.include('감사합니다');
      expect(events.map((event) => event.type)).to.deep.equal(['feedback-rate', 'feedback-submit', 'feedback-sent']);
      await expect(el).to.be.accessible();
    });

    it('should send form bodies that the same-origin server reads back into a valid payload', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint=${bin.endpoint()} content-type="form"></courtesy-feedback>`);
      shadow(el).radio(3).click();
      await el.submit();
      const [request] = await bin.waitForSubmissions(1);
      expect(request.headers['content-type']).to.equal('application/x-www-form-urlencoded');
      expect(request.schemaErrors).to.equal(null);
      expect(request.payload!.rating.value).to.equal(3);
    });
  });
});
