import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { en } from '../src/chunks/i18n/en.js';
import { ja } from '../src/chunks/i18n/ja.js';
import { ko } from '../src/i18n/ko.js';
import type { CoreMessages, Messages, ReceiptMessages } from '../src/i18n/messages.js';
import { vi } from '../src/chunks/i18n/vi.js';
import { messages as contactMessages } from '../src/chunks/contact/messages.js';
import { messages as modeMessages } from '../src/chunks/mode-messages.js';
import { messages as receiptMessages } from '../src/chunks/delivery/follow-up.js';
import type { LocaleCode } from '../src/i18n/locales.js';
import { zh } from '../src/chunks/i18n/zh.js';
import { arabicTestMessages } from './fixtures/arabic-test-messages.js';
import { litDevWarnings, sameOriginBin, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

/**
 * A language's whole catalogue: the form's strings and those its features bring (Korean's receipt
 * lines come with the delivery chunk; the other languages carry theirs).
 */
function everything(code: LocaleCode, core: CoreMessages): Messages {
  return { ...core, ...(receiptMessages[code] as ReceiptMessages), ...contactMessages[code], ...modeMessages[code] };
}

/** The `{placeholders}` of every string in a catalogue, by key, so that translations keep them. */
function placeholders(messages: Messages): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      JSON.stringify(value)
        .match(/\{\w+\}/g)
        ?.sort() ?? [],
    ])
  );
}

describe('<courtesy-feedback> languages', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  const korean = everything('ko', ko);
  for (const [code, core] of Object.entries({ en, ja, zh, vi }) as [LocaleCode, CoreMessages][]) {
    it(`should give the ${code} catalogue every key and placeholder of the Korean one`, () => {
      const catalogue = everything(code, core);
      expect(Object.keys(catalogue).sort()).to.deep.equal(Object.keys(korean).sort());
      expect(placeholders(catalogue)).to.deep.equal(placeholders(korean));
      for (const [key, value] of Object.entries(catalogue)) {
        if (Array.isArray(value)) expect(value, key).to.have.length((korean as any)[key].length);
      }
    });
  }

  const expected = [
    ['ja', 'ja-JP', '送信', 'とても親切'],
    ['zh', 'zh-Hans-CN', '发送', '非常亲切'],
    ['zh', 'zh-TW', '发送', '非常亲切'],
    ['vi', 'vi', 'Gửi', 'Rất thân thiện'],
  ] as const;
  for (const [locale, tag, submit, best] of expected) {
    it(`should speak ${locale} for lang="${tag}", send locale "${locale}" and pass the accessibility check`, async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} lang=${tag} aspects="attitude,speed"></courtesy-feedback>`
      );
      expect(shadow(el).submitButton()!.textContent!.trim()).to.equal(submit);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(locale);
      await expectAccessible(el);
      shadow(el).radio(5).click();
      expect(await el.submit()).to.equal(true);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.payload!.locale).to.equal(locale);
      expect(request.payload!.rating.label).to.equal(best);
    });
  }

  it('should mirror layout and arrow keys in a dir="rtl" container with a right-to-left catalogue', async () => {
    const container = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <courtesy-feedback endpoint="/x" .messages=${arabicTestMessages}></courtesy-feedback>
      </div>`
    );
    const el = container.querySelector('courtesy-feedback')!;
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.dir).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(shadow(el).legend()!.textContent!.trim()).to.equal('ما مدى لطف الموظف الذي خدمك؟');
    const [first, second] = shadow(el)
      .radios()
      .map((radio) => radio.labels![0].getBoundingClientRect());
    expect(first.left, 'the first option is on the right').to.be.greaterThan(second.left);
    const legend = shadow(el).legend()!.getBoundingClientRect();
    expect(base.getBoundingClientRect().right - legend.right, 'the question starts at the right').to.be.below(40);
    await expectAccessible(el);
    shadow(el).radios()[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(shadow(el).checked()!.value, 'Left moves forward in right-to-left').to.equal('2');
  });
});
