import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { litDevWarnings, sameOriginBin, shadow, typeInto } from './helpers.js';
import { expectAccessible } from './accessibility.js';

/** The ids an element's aria-describedby points at, resolved to their text. */
function descriptions(field: Element): string[] {
  const root = field.getRootNode() as ShadowRoot;
  return (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent!.replace(/\s+/g, ' ').trim() ?? `missing #${id}`);
}

describe('<courtesy-feedback>', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  describe('validation', () => {
    it('should ask for a rating next to the group and move focus to it', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} lang="ko"></courtesy-feedback>`
      );
      shadow(el).submitButton()!.click();
      await waitUntil(() => shadow(el).errors().length > 0);
      const fieldset = el.shadowRoot!.querySelector('fieldset')!;
      expect(descriptions(fieldset)).to.deep.equal(['친절한 정도를 골라 주세요.']);
      expect(shadow(el).focused()).to.equal(shadow(el).radios()[0]);
      expect(shadow(el).status().textContent).to.include('고칠 곳이 있어요');
      await expectAccessible(el);
      expect(await bin.submissions()).to.have.length(0);
      shadow(el).radio(4).click();
      await el.updateComplete;
      expect(shadow(el).errors(), 'choosing a rating clears its error').to.deep.equal([]);
    });
  });

  describe('comment rules', () => {
    it('should send without a comment when it is optional (the default)', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} lang="ko"></courtesy-feedback>`
      );
      expect(el.shadowRoot!.querySelector('label[for="comment"]')!.textContent).to.include('(선택)');
      shadow(el).radio(5).click();
      expect(await el.submit()).to.equal(true);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.payload!.comment).to.equal('');
    });

    it('should require a comment with comment="required": error tied to the field, focus on it', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} comment="required" lang="ko"></courtesy-feedback>`
      );
      const field = shadow(el).textarea()!;
      expect(field.labels![0].textContent).to.include('(필수)');
      expect(field.required).to.equal(true);
      shadow(el).radio(5).click();
      expect(await el.submit()).to.equal(false);
      await el.updateComplete;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(descriptions(field)).to.include('하고 싶은 말씀을 적어 주세요.');
      expect(shadow(el).focused()).to.equal(field);
      await expectAccessible(el);
      typeInto(field, '   ');
      expect(await el.submit(), 'white space is not a comment').to.equal(false);
      typeInto(field, '친절했어요');
      await el.updateComplete;
      expect(field.hasAttribute('aria-invalid'), 'the error clears as the visitor fixes it').to.equal(false);
      expect(await el.submit()).to.equal(true);
      expect((await bin.waitForSubmissions(1))[0].payload!.comment).to.equal('친절했어요');
    });

    it('should require a comment only for a low rating with comment="required-when-low"', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} comment="required-when-low" lang="ko"></courtesy-feedback>`
      );
      shadow(el).radio(2).click();
      await el.updateComplete;
      expect(shadow(el).textarea()!.required).to.equal(true);
      expect(await el.submit()).to.equal(false);
      await el.updateComplete;
      expect(shadow(el).errors()).to.deep.equal(['하고 싶은 말씀을 적어 주세요.']);
      shadow(el).radio(3).click();
      await el.updateComplete;
      expect(shadow(el).textarea()!.required, '3 of 5 is not low').to.equal(false);
      expect(shadow(el).errors(), 'a rating that no longer needs a comment clears the error').to.deep.equal([]);
      expect(await el.submit()).to.equal(true);
    });

    it('should treat 아쉬워요 as low on the thumbs2 scale', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint="/bin/x/feedback"
          scale="thumbs2"
          comment="required-when-low"
        ></courtesy-feedback>`
      );
      shadow(el).radio(1).click();
      await el.updateComplete;
      expect(shadow(el).textarea()!.required).to.equal(true);
      shadow(el).radio(2).click();
      await el.updateComplete;
      expect(shadow(el).textarea()!.required).to.equal(false);
    });

    it('should show no comment field with comment="hidden" and send an empty comment', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} comment="hidden"></courtesy-feedback>`
      );
      expect(shadow(el).textarea()).to.equal(null);
      await expectAccessible(el);
      shadow(el).radio(5).click();
      await el.submit();
      expect((await bin.waitForSubmissions(1))[0].payload!.comment).to.equal('');
    });
  });

  describe('max-length', () => {
    it('should count characters as a person does: a syllable, an emoji with modifiers and a flag are one each', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/bin/x/feedback" max-length="6" lang="en"></courtesy-feedback>`
      );
      // 가 + 👍🏽 (skin tone) + 👩‍👩‍👧 (ZWJ family) + 🇰🇷 (flag) + é (e + combining accent) + 나 = 6
      typeInto(shadow(el).textarea()!, '가👍🏽👩‍👩‍👧🇰🇷e\u0301나');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="counter"]')!.textContent!.trim()).to.equal('6 of 6 characters');
      shadow(el).radio(5).click();
      await el.updateComplete;
      expect(shadow(el).errors()).to.deep.equal([]);
    });

    it('should refuse to send a comment over the limit and say by how much', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} max-length="10" lang="ko"></courtesy-feedback>`
      );
      const field = shadow(el).textarea()!;
      shadow(el).radio(5).click();
      typeInto(field, '가나다라마바사아자차카타');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="counter"]')!.classList.contains('over')).to.equal(true);
      expect(await el.submit()).to.equal(false);
      await el.updateComplete;
      expect(descriptions(field)).to.include('10자까지 쓸 수 있어요. 2자를 줄여 주세요.');
      expect(shadow(el).focused()).to.equal(field);
      expect(field.value, 'nothing the visitor typed is cut off').to.equal('가나다라마바사아자차카타');
      await expectAccessible(el);
      expect(await bin.submissions()).to.have.length(0);
    });

    it('should announce the count politely when few characters remain, not on every key press', async () => {
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint="/bin/x/feedback" max-length="100" lang="ko"></courtesy-feedback>`
      );
      const field = shadow(el).textarea()!;
      const region = el.shadowRoot!.querySelector('.field [aria-live="polite"]')!;
      typeInto(field, 'a'.repeat(50));
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(region.textContent, 'plenty left: nothing to announce').to.equal('');
      typeInto(field, 'a'.repeat(92));
      await el.updateComplete;
      expect(region.textContent, 'not while typing').to.equal('');
      await waitUntil(() => region.textContent === '8자 더 쓸 수 있어요.', 'announced after a pause', {
        timeout: 3000,
      });
      typeInto(field, 'a'.repeat(103));
      await waitUntil(() => region.textContent === '3자가 넘었어요.', 'over the limit announced', { timeout: 3000 });
      // The visible counter is part of the field's description, read when the field is focused.
      expect(descriptions(field).some((text) => text.startsWith('103/100'))).to.equal(true);
    });
  });
});
