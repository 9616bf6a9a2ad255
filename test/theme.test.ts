import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { palette, type ColorToken } from '../src/theme/palette.js';
import { contrast, litDevWarnings, resolvedColor, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

/**
 * Every pair the widget draws, with the ratio WCAG 2.2 asks of it: 4.5:1 for text (1.4.3), 3:1 for
 * the boundaries and states of controls and for the focus ring (1.4.11).
 */
const pairs: [foreground: ColorToken, background: ColorToken, minimum: number, what: string][] = [
  ['text', 'background', 4.5, 'body text'],
  ['text', 'surface', 4.5, 'words on a rating tile or aspect toggle'],
  ['text', 'selected-surface', 4.5, 'words on the chosen tile'],
  ['muted-text', 'background', 4.5, 'hints, counter, notice'],
  ['error', 'background', 4.5, 'validation and failure messages'],
  ['accent', 'background', 4.5, 'links'],
  ['on-accent', 'accent', 4.5, 'the send button’s words'],
  ['border', 'background', 3, 'tile, toggle and field boundaries'],
  ['accent', 'background', 3, 'the chosen tile’s border, the button'],
  ['accent', 'selected-surface', 3, 'the chosen tile’s border against its own fill'],
  ['focus-ring', 'background', 3, 'the keyboard focus ring'],
  ['star', 'background', 3, 'filled stars'],
];

describe('<courtesy-feedback> theme', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('--courtesy-feedback-accent');
    expect(litDevWarnings()).to.deep.equal([]);
  });

  for (const [column, name] of [
    [0, 'light'],
    [1, 'dark'],
  ] as const) {
    it(`should meet WCAG contrast for every colour pair of the ${name} palette`, () => {
      const failures = pairs
        .map(([foreground, background, minimum, what]) => ({
          what,
          ratio: contrast(palette[foreground][column], palette[background][column]),
          minimum,
        }))
        .filter(({ ratio, minimum }) => ratio < minimum)
        .map(({ what, ratio, minimum }) => `${what}: ${ratio.toFixed(2)} < ${minimum}`);
      expect(failures).to.deep.equal([]);
    });

    it(`should draw with the ${name} palette when theme="${name}" forces it`, async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/x" theme=${name} aspects="attitude"></courtesy-feedback>`
      );
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal(resolvedColor(palette.background[column]));
      expect(getComputedStyle(base).color).to.equal(resolvedColor(palette.text[column]));
      expect(getComputedStyle(base).colorScheme).to.equal(name);
      shadow(el).radio(5).click();
      await el.updateComplete;
      const tile = shadow(el).radio(5).labels![0];
      await Promise.all(tile.getAnimations().map((transition) => transition.finished));
      const chosen = getComputedStyle(tile);
      expect(chosen.borderTopColor).to.equal(resolvedColor(palette.accent[column]));
      await expectAccessible(el);
    });

    it(`should let a page's :root token win over the ${name} palette`, async () => {
      document.documentElement.style.setProperty('--courtesy-feedback-accent', 'rgb(120, 0, 60)');
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/x" theme=${name}></courtesy-feedback>`
      );
      expect(getComputedStyle(shadow(el).submitButton()!).backgroundColor).to.equal('rgb(120, 0, 60)');
    });
  }
});

describe('<courtesy-feedback> options stacked as KRDS lays out radios', () => {
  it('should stack the options one per line, glyph beside words, with the README’s two ::part() rules', async () => {
    const style = document.createElement('style');
    style.textContent = `courtesy-feedback::part(options) { grid-template-columns: minmax(0, 1fr); }
      courtesy-feedback::part(option-label) { flex-direction: row; justify-content: flex-start; gap: 12px; }`;
    document.head.append(style);
    try {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/x" style="width: 720px"></courtesy-feedback>`
      );
      const tiles = Array.from(el.shadowRoot!.querySelectorAll('.tile'), (tile) => tile.getBoundingClientRect());
      for (let index = 1; index < tiles.length; index++) {
        expect(tiles[index].top, `option ${index + 1} under option ${index}`).to.be.at.least(tiles[index - 1].bottom);
      }
      const tile = el.shadowRoot!.querySelector('.tile')!;
      const glyph = tile.querySelector('.glyph')!.getBoundingClientRect();
      const words = tile.querySelector('.word')!.getBoundingClientRect();
      expect(words.left, 'the words beside the glyph').to.be.at.least(glyph.right);
      await expectAccessible(el);
    } finally {
      style.remove();
    }
  });
});
