import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { contrast, framedPage, litDevWarnings, sameOriginBin, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

function parts(el: CourtesyFeedback) {
  const root = el.shadowRoot!;
  return {
    launcher: () => root.querySelector<HTMLButtonElement>('[part="launcher"]')!,
    dialog: () => root.querySelector<HTMLDialogElement>('dialog')!,
    close: () => root.querySelector<HTMLButtonElement>('[part="close"]')!,
  };
}

async function page(endpoint = '/x', attributes = '') {
  const container = await fixture<HTMLElement>(
    html`<div>
      <button id="outside">outside</button>
      <courtesy-feedback endpoint=${endpoint} mode="button"></courtesy-feedback>
    </div>`
  );
  const el = container.querySelector('courtesy-feedback')!;
  for (const [name, value] of new URLSearchParams(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  return { el, outside: container.querySelector<HTMLButtonElement>('#outside')! };
}

describe('<courtesy-feedback mode="button">', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  it('should show only a launcher that says it opens a dialog, and pass the accessibility check', async () => {
    const { el } = await page();
    const { launcher, dialog } = parts(el);
    expect(launcher().textContent!.trim()).to.equal('친절도 평가하기');
    expect(launcher().getAttribute('aria-haspopup')).to.equal('dialog');
    expect(dialog().open).to.equal(false);
    expect(dialog().getBoundingClientRect().height).to.equal(0);
    await expectAccessible(el);
  });

  it('should open a modal dialog from the keyboard, move focus in, keep it there and make the page inert', async () => {
    const { el, outside } = await page();
    const { launcher, dialog } = parts(el);
    launcher().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog().open, 'the dialog did not open');
    expect(dialog().matches(':modal')).to.equal(true);
    expect(dialog().getAttribute('aria-label')).to.equal('친절도 평가하기');
    await waitUntil(() => shadow(el).focused() === shadow(el).radios()[0], 'focus is not on the first option');
    outside.focus();
    expect(document.activeElement, 'the page behind is inert').to.not.equal(outside);
    for (let press = 0; press < 20; press++) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement, `Tab ${press + 1} left the dialog`).to.not.equal(outside);
    }
    await expectAccessible(el);
  });

  it('should close with Escape and with the close button, and put focus back on the launcher', async () => {
    const { el } = await page();
    const { launcher, dialog, close } = parts(el);
    launcher().click();
    await waitUntil(() => dialog().open);
    shadow(el).radio(4).click();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog().open, 'Escape did not close it');
    expect(shadow(el).focused()).to.equal(launcher());
    await el.show();
    expect(shadow(el).checked()!.value, 'what was entered is kept').to.equal('4');
    close().click();
    await waitUntil(() => !dialog().open, 'the close button did not close it');
    expect(shadow(el).focused()).to.equal(launcher());
  });

  it('should send from the dialog, thank inside it, and start afresh after it closes', async () => {
    const bin = sameOriginBin();
    const { el } = await page(bin.endpoint());
    const { dialog } = parts(el);
    await el.show();
    shadow(el).radio(5).click();
    expect(await el.submit()).to.equal(true);
    await bin.waitForSubmissions(1);
    await el.updateComplete;
    expect(dialog().textContent).to.contain('소중한 의견 감사합니다');
    expect(shadow(el).focused()).to.equal(shadow(el).status());
    await expectAccessible(el);
    el.hide();
    await el.updateComplete;
    expect(dialog().open).to.equal(false);
    await el.show();
    expect(shadow(el).checked()).to.equal(null);
    expect(shadow(el).submitButton()).to.not.equal(null);
  });

  it('should take its launcher label and a fixed corner from attributes', async () => {
    const { el } = await page('/x', 'launcher-label=서비스 평가&launcher-position=bottom-end');
    const launcher = parts(el).launcher();
    expect(launcher.textContent!.trim()).to.equal('서비스 평가');
    expect(getComputedStyle(launcher).position).to.equal('fixed');
    const box = launcher.getBoundingClientRect();
    expect(innerWidth - box.right).to.be.within(8, 24);
    expect(innerHeight - box.bottom).to.be.within(8, 24);
  });

  for (const [pageColour, pageName] of [
    ['#ffffff', 'white'],
    ['#111111', 'near-black'],
    ['#0b57d0', 'focus-ring blue'],
  ] as const) {
    it(`should draw its launcher in its own colours, with a focus ring that shows on a ${pageName} page`, async () => {
      document.body.style.background = pageColour;
      try {
        const { el, outside } = await page('/x', 'launcher-position=bottom-end');
        const launcher = parts(el).launcher();
        const drawn = getComputedStyle(launcher);
        // Its own colours, not the page's (the tokens once stopped at the form's box).
        expect(contrast(drawn.color, drawn.backgroundColor), 'words on the launcher').to.be.at.least(4.5);
        expect(drawn.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        outside.focus();
        await sendKeys({ press: 'Tab' });
        await waitUntil(() => launcher.matches(':focus-visible'), 'the launcher did not take keyboard focus');
        // The ring is the box-shadow's rings: each is a colour and a spread; at least one must stand
        // 3:1 against the page behind it and against what it touches (WCAG 1.4.11, 2.4.7).
        const rings = [...getComputedStyle(launcher).boxShadow.matchAll(/(rgba?\([^)]*\))[^,]*?(\d+)px(?:,|$)/g)].map(
          ([, colour]) => colour
        );
        expect(rings, 'rings drawn when focused').to.have.length(3);
        const [inner, ring, outer] = rings as [string, string, string];
        expect(contrast(ring, inner), 'the ring against its inner halo').to.be.at.least(3);
        expect(contrast(ring, outer), 'the ring against its outer halo').to.be.at.least(3);
        const againstPage = Math.max(contrast(ring, pageColour), contrast(outer, pageColour));
        expect(againstPage, 'the ring or its halo against the page').to.be.at.least(3);
      } finally {
        document.body.style.background = '';
      }
    });
  }

  it('should never leave the page\u2019s keyboard focus under its fixed launcher', async function () {
    this.timeout(30_000);
    // The audit's page: 40 right-aligned links on a 390 × 844 phone, then the page's footer.
    const links = Array.from(
      { length: 40 },
      (_, i) => `<p style="text-align:right;margin:0 0 24px"><a href="#l${i}">링크 ${i + 1}</a></p>`
    );
    const { frame, el } = await framedPage(
      `<courtesy-feedback endpoint="/x" mode="button" launcher-position="bottom-end"></courtesy-feedback>
      ${links.join('')}<footer style="height:400px">바닥글</footer>`,
      { width: 390, height: 844 }
    );
    const doc = frame.contentDocument!;
    const launcher = el.shadowRoot!.querySelector<HTMLElement>('[part="launcher"]')!;
    const anchors = [...doc.querySelectorAll('a')];
    frame.contentWindow!.focus();
    anchors[0]!.focus();
    const covered: string[] = [];
    for (const anchor of anchors.slice(1)) {
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => doc.activeElement === anchor, `Tab did not reach ${anchor.textContent}`);
      // Two frames: the browser's own scroll to it, then the widget's.
      for (let i = 0; i < 2; i++) await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
      const cover = launcher.getBoundingClientRect();
      const box = anchor.getBoundingClientRect();
      if (box.bottom > cover.top && box.top < cover.bottom && box.right > cover.left && box.left < cover.right)
        covered.push(anchor.textContent!);
    }
    expect(covered, 'links under the launcher when focused').to.deep.equal([]);
  });

  it('should do nothing on show() in inline mode', async () => {
    const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
    await el.show();
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(shadow(el).submitButton()).to.not.equal(null);
  });

  it('should fit a phone screen with the on-screen keyboard open, the send button in reach', async () => {
    const phone = await framedPage(
      '<courtesy-feedback endpoint="/x" mode="button" staff-name="김민원" service="여권 발급"></courtesy-feedback>',
      { width: 390, height: 844 }
    );
    try {
      const { el } = phone;
      await el.show();
      const dialog = parts(el).dialog();
      expect(dialog.open).to.equal(true);
      // The keyboard takes the lower half: what is left of the screen is the visual viewport.
      await phone.resize(400);
      await waitUntil(() => dialog.getBoundingClientRect().height <= 400, 'the dialog is taller than the screen');
      const box = dialog.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(400);
      expect(box.width).to.be.at.most(390);
      const button = shadow(el).submitButton()!;
      button.scrollIntoView({ block: 'nearest' });
      const reach = button.getBoundingClientRect();
      expect(reach.top).to.be.at.least(box.top);
      expect(reach.bottom).to.be.at.most(box.bottom);
      expect(phone.frame.contentDocument!.scrollingElement!.scrollLeft, 'no sideways scroll').to.equal(0);
    } finally {
      phone.frame.remove();
    }
  });
});
