import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { clearQueue, framedPage, litDevWarnings, queuedIds, sameOriginBin, shadow, typeInto } from './helpers.js';
import { expectAccessible } from './accessibility.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<courtesy-feedback mode="kiosk">', () => {
  beforeEach(clearQueue);
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  it('should give every control a large target and pass the accessibility check', async () => {
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint="/x" mode="kiosk" scale="thumbs2" aspects="attitude,speed"></courtesy-feedback>`
    );
    const targets = [
      ...shadow(el)
        .radios()
        .map((radio) => radio.labels![0]),
      ...el.shadowRoot!.querySelectorAll('.toggle label'),
      shadow(el).submitButton()!,
    ];
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.width, box.height), target.textContent!.trim()).to.be.at.least(56);
    }
    await expectAccessible(el);
  });

  it('should thank, say when it will start over, then clear itself with nothing of the visitor left', async () => {
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint=${bin.endpoint()} mode="kiosk" kiosk-reset="1"></courtesy-feedback>`
    );
    const firstField = shadow(el).textarea();
    shadow(el).radio(5).click();
    typeInto(shadow(el).textarea()!, '창구 직원분이 친절했어요');
    expect(await el.submit()).to.equal(true);
    await bin.waitForSubmissions(1);
    await el.updateComplete;
    expect(shadow(el).status().textContent).to.contain('1초 뒤 처음 화면으로 돌아가요');
    await expectAccessible(el);
    await waitUntil(() => shadow(el).submitButton(), 'the form did not come back', { timeout: 3000 });
    expect(shadow(el).checked()).to.equal(null);
    expect(shadow(el).textarea()!.value).to.equal('');
    expect(shadow(el).textarea(), 'a new field, with no undo history of the last visitor').to.not.equal(firstField);
    expect(el.shadowRoot!.textContent).to.not.contain('친절했어요');
    expect(el.shadowRoot!.textContent).to.not.contain('감사합니다');
  });

  it('should keep nothing in storage when a send fails', async () => {
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback
        endpoint=${bin.endpoint({ status: 503 })}
        mode="kiosk"
        .retry=${{ attempts: 1 }}
      ></courtesy-feedback>`
    );
    shadow(el).radio(1).click();
    typeInto(shadow(el).textarea()!, '전화번호를 남겼는데 연락이 없어요');
    expect(await el.submit()).to.equal(false);
    expect(shadow(el).status().textContent).to.contain('서버에 문제가 있어 보내지 못했어요');
    expect(await queuedIds()).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('courtesy-feedback'))).to.deep.equal([]);
  });

  it('should ask a visitor who stopped mid-way whether they are still there, and keep their answers if so', async () => {
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint="/x" mode="kiosk" kiosk-reset="1"></courtesy-feedback>`
    );
    shadow(el).radio(2).click();
    await waitUntil(
      () => shadow(el).status().textContent!.includes('아직 계신가요? 20초 뒤'),
      'no question after a second idle',
      { timeout: 3000 }
    );
    await expectAccessible(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="kiosk-continue"]')!.click();
    await el.updateComplete;
    expect(shadow(el).status().textContent).to.not.contain('아직 계신가요');
    expect(shadow(el).checked()!.value).to.equal('2');
    await waitUntil(() => el.shadowRoot!.activeElement === shadow(el).checked(), 'focus lost with the question');
  });

  it('should clear the form when nobody answers the question for 20 seconds', async function () {
    this.timeout(30_000);
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint="/x" mode="kiosk" kiosk-reset="1" aspects="waiting"></courtesy-feedback>`
    );
    shadow(el).radio(1).click();
    el.shadowRoot!.querySelector<HTMLInputElement>('.toggle input')!.click();
    await waitUntil(() => shadow(el).status().textContent!.includes('아직 계신가요'), 'no question', {
      timeout: 3000,
    });
    const asked = Date.now();
    await pause(15_000);
    expect(shadow(el).checked()!.value, 'still there 15 s after asking').to.equal('1');
    await waitUntil(() => shadow(el).checked() === null, 'the form was not cleared', { timeout: 8000 });
    expect(Date.now() - asked).to.be.at.least(19_500);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('.toggle input')!.checked).to.equal(false);
    await waitUntil(() => shadow(el).status().textContent!.trim() === '처음 화면으로 돌아왔어요.', 'not said');
    expect(shadow(el).status().getAttribute('role'), 'said in the live region').to.equal('status');
    el.shadowRoot!.querySelector<HTMLInputElement>('#rating-4')!.dispatchEvent(
      new Event('pointerdown', { bubbles: true, composed: true })
    );
    await el.updateComplete;
    expect(shadow(el).status().textContent!.trim(), 'gone once the next visitor touches it').to.equal('');
  });

  it('should keep the thank-you on screen when the visitor asks, until they leave it and are asked', async () => {
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint=${bin.endpoint()} mode="kiosk" kiosk-reset="1"></courtesy-feedback>`
    );
    shadow(el).radio(5).click();
    expect(await el.submit()).to.equal(true);
    await el.updateComplete;
    const keep = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="kiosk-keep"]')!;
    expect(keep.textContent!.trim()).to.equal('이 화면 계속 보기');
    expect(keep.getAttribute('aria-pressed')).to.equal('false');
    expect(keep.closest('[part="status"]'), 'the offer is next to the promise it changes').to.not.equal(null);
    keep.focus();
    keep.click();
    await el.updateComplete;
    expect(shadow(el).status().textContent).to.contain('이 화면을 그대로 둘게요');
    expect(keep.getAttribute('aria-pressed'), 'a toggle, still there and focused').to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(keep);
    // Kept, the thank-you ends only the way an idle form does: after asking, for 20 seconds.
    await waitUntil(() => shadow(el).status().textContent!.includes('아직 계신가요'), 'no question', { timeout: 3000 });
    expect(shadow(el).status().textContent, 'still thanking while it asks').to.contain('감사합니다');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="kiosk-continue"]')!.click();
    await el.updateComplete;
    expect(shadow(el).status().textContent).to.contain('감사합니다');
    expect(shadow(el).status().textContent).to.not.contain('아직 계신가요');
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('part') === 'kiosk-keep',
      'focus went back to the kept toggle, not lost with the question'
    );
  });

  it('should not quietly move the thank-you’s promised time when the screen is touched', async function () {
    this.timeout(10_000);
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint=${bin.endpoint()} mode="kiosk" kiosk-reset="3"></courtesy-feedback>`
    );
    shadow(el).radio(4).click();
    expect(await el.submit()).to.equal(true);
    const sent = Date.now();
    await el.updateComplete;
    expect(shadow(el).status().textContent).to.contain('3초 뒤 처음 화면으로 돌아가요');
    await pause(2000);
    shadow(el)
      .status()
      .dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    await waitUntil(() => shadow(el).submitButton(), 'the form did not come back', { timeout: 6000 });
    // Three seconds as it said; a touch that restarted the clock would have made it five.
    expect(Date.now() - sent).to.be.below(4500);
  });

  for (const [width, height] of [
    [768, 1024],
    [1024, 768],
  ]) {
    it(`should fit a ${width} × ${height} tablet without scrolling the page`, async () => {
      const tablet = await framedPage(
        `<courtesy-feedback endpoint="/x" mode="kiosk" staff-name="김민원" service="여권 발급"
           department="민원여권과" aspects="attitude,explanation,speed,waiting"></courtesy-feedback>`,
        { width, height }
      );
      try {
        const page = tablet.frame.contentDocument!.scrollingElement!;
        expect(page.scrollHeight, 'page height').to.be.at.most(height);
        expect(page.scrollWidth, 'page width').to.be.at.most(width);
      } finally {
        tablet.frame.remove();
      }
    });

    it(`should show the whole are-you-still-there question on a ${width} × ${height} tablet`, async () => {
      const tablet = await framedPage(
        `<courtesy-feedback endpoint="/x" mode="kiosk" kiosk-reset="1" staff-name="김민원" service="여권 발급"
           department="민원여권과" aspects="attitude,explanation,speed,waiting"></courtesy-feedback>`,
        { width, height }
      );
      try {
        const root = tablet.el.shadowRoot!;
        root.querySelector<HTMLInputElement>('#rating-2')!.click();
        await waitUntil(() => root.querySelector('[part="kiosk-continue"]'), 'no question', { timeout: 3000 });
        await tablet.el.updateComplete;
        const screen = tablet.frame.contentWindow!;
        for (const part of [root.querySelector('.still-there p')!, root.querySelector('[part="kiosk-continue"]')!]) {
          await waitUntil(() => {
            const box = part.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= screen.innerHeight && box.left >= 0 && box.right <= screen.innerWidth;
          }, `${part.textContent!.trim()} is not wholly on screen`);
        }
      } finally {
        tablet.frame.remove();
      }
    });
  }
});
