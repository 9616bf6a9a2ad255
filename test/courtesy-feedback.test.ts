import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { litDevWarnings, recordEvents, sameOriginBin, settled, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

describe('<courtesy-feedback>', () => {
  afterEach(() => {
    // Spectrum's habit: any Lit dev-mode warning (e.g. an update scheduled during an update) fails.
    expect(litDevWarnings()).to.deep.equal([]);
  });

  describe('rendering', () => {
    it('should pass the accessibility check in its first state', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint="/bin/x/feedback"
          lang="ko"
          service="여권 발급"
          department="민원여권과"
          staff-name="김민원"
          staff-photo="data:image/gif;base64,R0lGODlhAQABAAAAACw="
          complaint-url="https://www.epeople.go.kr/"
        ></courtesy-feedback>`
      );
      await expectAccessible(el);
    });

    it('should show a radio group named by the question, each option named by its words', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/bin/x/feedback" lang="ko"></courtesy-feedback>`
      );
      const { radios, legend } = shadow(el);
      expect(legend()!.textContent!.trim()).to.equal('직원의 응대는 얼마나 친절했나요?');
      expect(radios()).to.have.length(5);
      expect(radios().every((radio) => radio.closest('fieldset')!.contains(legend()))).to.equal(true);
      const labels = radios().map((radio) => radio.labels![0].textContent!.replace(/\s+/g, ' ').trim());
      expect(labels).to.deep.equal(['매우 불친절해요', '불친절해요', '보통이에요', '친절해요', '매우 친절해요']);
      // The face is decoration, a drawing hidden from assistive technology: the name is the words alone.
      expect(radios()[4].labels![0].querySelector('[aria-hidden="true"]')!.localName).to.equal('svg');
    });

    it('should show who and what is being rated, and say that a rating is not a petition', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint="/bin/x/feedback"
          lang="ko"
          service="여권 발급"
          department="민원여권과"
          staff-name="김민원"
          complaint-url="https://www.epeople.go.kr/"
        ></courtesy-feedback>`
      );
      const text = shadow(el).text();
      expect(text).to.include('담당 직원: 김민원');
      expect(text).to.include('여권 발급 · 민원여권과');
      expect(text).to.include('답변을 드리지 않아요');
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="notice"], [part="notice"] a')!;
      expect(link.href).to.equal('https://www.epeople.go.kr/');
      expect(link.innerText, 'told to everyone, not only to screen readers').to.include('(새 창)');
    });

    it('should replace the question with the heading attribute', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/bin/x/feedback" heading="전화 응대는 어떠셨나요?"></courtesy-feedback>`
      );
      expect(shadow(el).legend()!.textContent!.trim()).to.equal('전화 응대는 어떠셨나요?');
    });

    it('should disable every control when disabled, and send nothing', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} disabled></courtesy-feedback>`
      );
      const { radios, textarea, submitButton } = shadow(el);
      expect(radios().every((radio) => radio.disabled)).to.equal(true);
      expect(textarea()!.disabled).to.equal(true);
      expect(submitButton()!.disabled).to.equal(true);
      await expectAccessible(el);
      expect(await el.submit()).to.equal(false);
      expect(await bin.submissions()).to.have.length(0);
    });
  });

  describe('keyboard', () => {
    it('should move and check with arrow keys, Home and End, as the APG radio group does', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/bin/x/feedback" lang="en"></courtesy-feedback>`
      );
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

    it('should mirror Left and Right in right-to-left text', async () => {
      const container = await fixture<HTMLElement>(
        html`<div dir="rtl">
          <courtesy-feedback endpoint="/bin/x/feedback" lang="en"></courtesy-feedback>
        </div>`
      );
      const el = container.querySelector('courtesy-feedback')!;
      await el.updateComplete;
      shadow(el).radios()[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(shadow(el).checked()!.value).to.equal('2');
      await sendKeys({ press: 'ArrowRight' });
      expect(shadow(el).checked()!.value).to.equal('1');
    });

    it('should complete the whole form with the keyboard alone: Tab in, arrows, type, Enter', async () => {
      const bin = sameOriginBin();
      const container = await fixture<HTMLElement>(
        html`<div>
          <button id="before">before</button>
          <!-- The driver types faster than any person; the bot trap for that is tested in abuse.test.ts. -->
          <courtesy-feedback endpoint=${bin.endpoint()} lang="ko" .minFillTime=${0}></courtesy-feedback>
        </div>`
      );
      const el = container.querySelector('courtesy-feedback')!;
      await el.updateComplete;
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).focused(), 'Tab lands on the first option').to.equal(shadow(el).radios()[0]);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).focused()).to.equal(shadow(el).textarea());
      // One word: WebKitGTK's driver sometimes drops a typed space, which is not what this test is about.
      await sendKeys({ type: 'Friendly' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).focused()).to.equal(shadow(el).submitButton());
      await sendKeys({ press: 'Enter' });
      const [request] = await bin.waitForSubmissions(1);
      expect(request.payload!.rating.value).to.equal(4);
      expect(request.payload!.comment).to.equal('Friendly');
      await settled(el);
      // The form is gone; focus is on the thank-you, not lost at the top of the page.
      expect(shadow(el).focused()).to.equal(shadow(el).status());
      expect(shadow(el).status().textContent).to.include('감사합니다');
    });

    it('should show a focus ring on the option that has keyboard focus', async () => {
      const container = await fixture<HTMLElement>(
        html`<div>
          <button id="before">before</button>
          <courtesy-feedback endpoint="/bin/x/feedback"></courtesy-feedback>
        </div>`
      );
      const el = container.querySelector('courtesy-feedback')!;
      await el.updateComplete;
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const tile = shadow(el).radios()[0].labels![0];
      const style = getComputedStyle(tile);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('pointer', () => {
    it('should check the option a visitor clicks on, and announce the rating once', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/bin/x/feedback"></courtesy-feedback>`
      );
      const events = recordEvents(el);
      const tile = shadow(el).radios()[3].labels![0].getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(tile.x + tile.width / 2), Math.round(tile.y + tile.height / 2)],
      });
      await waitUntil(() => shadow(el).checked()?.value === '4', 'the clicked option is checked');
      expect(events.map((event) => [event.type, event.detail.rating])).to.deep.equal([['feedback-rate', 4]]);
      await sendMouse({
        type: 'click',
        position: [Math.round(tile.x + tile.width / 2), Math.round(tile.y + tile.height / 2)],
      });
      expect(events, 'clicking the chosen option again is not a new rating').to.have.length(1);
      await expectAccessible(el);
    });
  });

  describe('scales', () => {
    const cases = [
      { scale: 'faces5', words: ['매우 불친절해요', '불친절해요', '보통이에요', '친절해요', '매우 친절해요'] },
      { scale: 'stars5', words: ['매우 불친절해요', '불친절해요', '보통이에요', '친절해요', '매우 친절해요'] },
      { scale: 'numbers5', words: ['매우 불친절해요', '불친절해요', '보통이에요', '친절해요', '매우 친절해요'] },
      { scale: 'faces3', words: ['불친절해요', '보통이에요', '친절해요'] },
      { scale: 'thumbs2', words: ['아쉬워요', '좋아요'] },
    ];
    for (const { scale, words } of cases) {
      it(`should offer and send the ${scale} scale`, async () => {
        const bin = sameOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint=${bin.endpoint()} scale=${scale} lang="ko"></courtesy-feedback>`
        );
        const { radios } = shadow(el);
        expect(radios().map((radio) => radio.labels![0].querySelector('.word')!.textContent)).to.deep.equal(words);
        await expectAccessible(el);
        radios()[words.length - 1].click();
        await el.submit();
        const [request] = await bin.waitForSubmissions(1);
        expect(request.schemaErrors).to.equal(null);
        expect(request.payload!.rating).to.deep.equal({
          value: words.length,
          max: words.length,
          scale,
          label: words.at(-1),
        });
      });
    }

    it('should send 1 for 아쉬워요 on the thumbs2 scale', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} scale="thumbs2"></courtesy-feedback>`
      );
      shadow(el).radio(1).click();
      await el.submit();
      const [request] = await bin.waitForSubmissions(1);
      expect(request.payload!.rating).to.deep.equal({ value: 1, max: 2, scale: 'thumbs2', label: '아쉬워요' });
    });

    it('should fill the stars up to the chosen one', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/bin/x/feedback" scale="stars5"></courtesy-feedback>`
      );
      shadow(el).radio(3).click();
      await el.updateComplete;
      const filled = shadow(el)
        .radios()
        .map((radio) => radio.closest('.option')!.classList.contains('filled'));
      expect(filled).to.deep.equal([true, true, true, false, false]);
    });
  });

  describe('layout', () => {
    it('should give every control a target of at least 44 by 44 CSS pixels, apart from its neighbours', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/bin/x/feedback"></courtesy-feedback>`
      );
      const targets = [
        ...shadow(el)
          .radios()
          .map((radio) => radio.labels![0]),
        shadow(el).submitButton()!,
      ];
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.width, target.textContent!).to.be.at.least(44);
        expect(box.height, target.textContent!).to.be.at.least(44);
      }
      const [first, second] = shadow(el)
        .radios()
        .map((radio) => radio.labels![0].getBoundingClientRect());
      expect(second.left - first.right, 'gap between neighbouring options').to.be.at.least(1);
    });

    for (const { width, fontSize, label } of [
      { width: 320, fontSize: '16px', label: 'at 320 CSS pixels wide' },
      { width: 640, fontSize: '32px', label: 'at 200 % text size' },
    ]) {
      it(`should reflow into one option per line without horizontal scrolling ${label}`, async () => {
        const container = await fixture<HTMLElement>(
          html`<div style="width: ${width}px">
            <courtesy-feedback
              endpoint="/bin/x/feedback"
              lang="ko"
              style="--courtesy-feedback-font-size: ${fontSize}"
              staff-name="김민원"
              service="여권 발급"
            ></courtesy-feedback>
          </div>`
        );
        const el = container.querySelector('courtesy-feedback')!;
        await el.updateComplete;
        const tiles = shadow(el)
          .radios()
          .map((radio) => radio.labels![0].getBoundingClientRect());
        for (let i = 1; i < tiles.length; i++) expect(tiles[i].top).to.be.greaterThan(tiles[i - 1].top);
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
        expect(el.getBoundingClientRect().width).to.be.at.most(width + 0.5);
      });
    }
  });
});
