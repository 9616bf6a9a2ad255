import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { litDevWarnings, sameOriginBin, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

describe('<courtesy-feedback>', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  describe('localization', () => {
    const documentLang = document.documentElement.lang;
    afterEach(() => {
      document.documentElement.lang = documentLang;
    });

    it('should speak Korean by default and mark its content as Korean', async () => {
      document.documentElement.removeAttribute('lang');
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
      expect(shadow(el).submitButton()!.textContent!.trim()).to.equal('보내기');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('ko');
    });

    it('should speak English with lang="en" and pass the accessibility check', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/x" lang="en-GB" scale="thumbs2"></courtesy-feedback>`
      );
      expect(shadow(el).legend()!.textContent!.trim()).to.equal('How courteous were the staff who served you?');
      expect(
        shadow(el)
          .radios()
          .map((radio) => radio.labels![0].querySelector('.word')!.textContent)
      ).to.deep.equal(['Could be better', 'Good']);
      expect(shadow(el).submitButton()!.textContent!.trim()).to.equal('Send');
      await expectAccessible(el);
    });

    it('should switch language when code sets the lang property, and show it on the element', async () => {
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
      el.lang = 'en';
      await el.updateComplete;
      expect(shadow(el).submitButton()!.textContent!.trim()).to.equal('Send');
      expect(el.getAttribute('lang')).to.equal('en');
    });

    it('should follow the nearest ancestor with lang, across shadow roots', async () => {
      const container = await fixture<HTMLElement>(
        html`<div lang="en">
          <section><courtesy-feedback endpoint="/x"></courtesy-feedback></section>
        </div>`
      );
      const el = container.querySelector('courtesy-feedback')!;
      await el.updateComplete;
      expect(shadow(el).submitButton()!.textContent!.trim()).to.equal('Send');

      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const nested = document.createElement('courtesy-feedback');
      nested.setAttribute('endpoint', '/x');
      root.append(nested);
      await nested.updateComplete;
      expect(shadow(nested).submitButton()!.textContent!.trim()).to.equal('Send');
    });

    it('should follow the document language, also when it changes', async () => {
      document.documentElement.lang = 'en';
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
      expect(shadow(el).submitButton()!.textContent!.trim()).to.equal('Send');
      document.documentElement.lang = 'ko';
      await waitUntil(() => shadow(el).submitButton()!.textContent!.trim() === '보내기', 're-rendered in Korean');
    });

    it('should fall back to Korean for a language it does not bundle', async () => {
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x" lang="xx"></courtesy-feedback>`);
      expect(shadow(el).submitButton()!.textContent!.trim()).to.equal('보내기');
    });

    it('should let the host override any string, and send the overridden rating words', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint()}
          scale="thumbs2"
          .messages=${{ submit: '평가 보내기', thumbs: ['조금 아쉬워요', '정말 좋아요'] }}
        ></courtesy-feedback>`
      );
      expect(shadow(el).submitButton()!.textContent!.trim()).to.equal('평가 보내기');
      shadow(el).radio(2).click();
      await el.submit();
      const [request] = await bin.waitForSubmissions(1);
      expect(request.payload!.rating.label).to.equal('정말 좋아요');
      expect(request.payload!.locale).to.equal('ko');
    });
  });
});
