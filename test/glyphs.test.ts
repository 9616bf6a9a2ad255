import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import type { ScaleName } from '../src/vocabulary.js';

/**
 * An option's glyph as the browser draws it, without the page's fonts: the SVG, with the colours
 * and stroke it computes, rasterised on a canvas. Returns the inked pixels as a string of 0/1.
 */
async function inkOf(glyph: SVGSVGElement): Promise<string> {
  const copy = glyph.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(glyph.querySelector('path')!);
  const path = copy.querySelector('path')!;
  for (const name of ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin']) {
    path.setAttribute(name, style.getPropertyValue(name));
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', '48');
  copy.setAttribute('height', '48');
  copy.setAttribute('color', getComputedStyle(glyph).color);
  const image = new Image();
  image.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 48;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, 48, 48);
  const { data } = context.getImageData(0, 0, 48, 48);
  let ink = '';
  for (let alpha = 3; alpha < data.length; alpha += 4) ink += data[alpha] > 64 ? '1' : '0';
  return ink;
}

const inked = (ink: string) => ink.split('1').length - 1;

describe('the rating glyphs', () => {
  for (const [scale, count] of [
    ['faces5', 5],
    ['faces3', 3],
    ['thumbs2', 2],
    ['stars5', 5],
  ] as [ScaleName, number][]) {
    it(`should draw every ${scale} glyph itself, with no character a font must supply`, async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/x" scale=${scale}></courtesy-feedback>`
      );
      const glyphs = Array.from(el.shadowRoot!.querySelectorAll<SVGSVGElement>('.tile .glyph'));
      expect(glyphs.map((glyph) => glyph.localName)).to.deep.equal(Array(count).fill('svg'));
      const inks: string[] = [];
      for (const glyph of glyphs) {
        expect(glyph.textContent!.trim(), 'no text in a drawing').to.equal('');
        expect(glyph.getAttribute('aria-hidden')).to.equal('true');
        const box = glyph.getBoundingClientRect();
        expect(Math.round(box.width), 'as wide as 1.75 em of the words').to.be.at.least(24);
        expect(Math.round(box.height)).to.equal(Math.round(box.width));
        const ink = await inkOf(glyph);
        // A 48 px square: an outline or a star inks a good part of it, an empty box or nothing does not.
        expect(inked(ink), `${scale} option ${inks.length + 1} draws`).to.be.within(150, 48 * 48 * 0.75);
        inks.push(ink);
      }
      if (scale.startsWith('faces')) {
        expect(new Set(inks).size, 'each face is its own drawing').to.equal(count);
      }
    });
  }

  it('should turn the first thumb down and leave the second up', async () => {
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint="/x" scale="thumbs2"></courtesy-feedback>`
    );
    const [down, up] = Array.from(el.shadowRoot!.querySelectorAll<SVGSVGElement>('.tile .glyph'));
    expect(getComputedStyle(up).transform).to.equal('none');
    // rotate(180deg) computes to a matrix of −1s.
    expect(getComputedStyle(down).transform).to.match(/^matrix\(-1, [-\d.e]+, [-\d.e]+, -1, 0, 0\)$/);
  });

  it('should draw the faces in the text colour, and the stars filled up to the choice', async () => {
    const faces = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
    const face = faces.shadowRoot!.querySelector<SVGSVGElement>('.tile .glyph')!;
    expect(getComputedStyle(face.querySelector('path')!).stroke).to.equal(getComputedStyle(face).color);
    expect(getComputedStyle(face.querySelector('path')!).fill).to.equal('none');

    const stars = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint="/x" scale="stars5"></courtesy-feedback>`
    );
    stars.shadowRoot!.querySelector<HTMLInputElement>('#rating-3')!.click();
    await stars.updateComplete;
    const fills = Array.from(
      stars.shadowRoot!.querySelectorAll('.tile .glyph path'),
      (path) => getComputedStyle(path).fill
    );
    expect(new Set(fills.slice(0, 3)).size, 'the three chosen are one colour').to.equal(1);
    expect(fills[3]).to.equal(fills[4]);
    expect(fills[0], 'chosen and not chosen differ').to.not.equal(fills[4]);
  });
});
