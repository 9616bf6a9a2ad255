import { expect } from '@open-wc/testing';
import { framedPage } from './helpers.js';

/** WCAG 1.4.12's text-spacing style, as the W3C's bookmarklet puts it on a page. */
const readerStyle = `<style>
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
</style>`;

describe('<courtesy-feedback> under a reader’s text spacing (WCAG 1.4.12)', () => {
  for (const width of [320, 720]) {
    it(`should take the reader's letter and word spacing and lose no text, ${width} px wide`, async () => {
      const body = `<courtesy-feedback endpoint="/x" staff-name="김민원" service="여권 발급" aspects="attitude,speed"
        contact="optional" privacy-url="/privacy"></courtesy-feedback>`;
      const page = await framedPage(body, { width, height: 900 }, readerStyle);
      try {
        const root = page.el.shadowRoot!;
        const word = root.querySelector<HTMLElement>('.word')!;
        const fontSize = parseFloat(getComputedStyle(word).fontSize);
        expect(parseFloat(getComputedStyle(word).letterSpacing), 'letter spacing reaches the words').to.be.closeTo(
          0.12 * fontSize,
          0.5
        );
        expect(parseFloat(getComputedStyle(root.querySelector('legend')!).wordSpacing)).to.be.greaterThan(0);
        await page.el.updateComplete;
        // No text cut off or spilling out of its box, and the page does not scroll sideways.
        for (const node of root.querySelectorAll<HTMLElement>(
          'legend, .word, .toggle label, button, .notice, label:not(.trap *)'
        )) {
          expect(node.scrollWidth, `${node.textContent!.trim()} fits its box`).to.be.at.most(node.clientWidth + 1);
        }
        for (const tile of root.querySelectorAll<HTMLElement>('.tile')) {
          const box = tile.getBoundingClientRect();
          const words = tile.querySelector('.word')!.getBoundingClientRect();
          expect(words.right, 'the words stay inside their option').to.be.at.most(box.right + 0.5);
          expect(words.bottom).to.be.at.most(box.bottom + 0.5);
        }
        expect(page.frame.contentDocument!.scrollingElement!.scrollWidth).to.be.at.most(width);
      } finally {
        page.frame.remove();
      }
    });
  }
});
