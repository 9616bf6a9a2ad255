import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/status.js';
import type { CourtesyFeedbackStatus } from '../src/status.js';
import { statusCatalogues } from '../src/status/messages.js';
import { expectAccessible } from './accessibility.js';
import { crossOriginBin, litDevWarnings, recorderInfo } from './helpers.js';

/** A case in the real collector (test/server/collector-plugin.mjs): a low rating with an e-mail address. */
interface MadeCase {
  endpoint: string;
  receipt: string;
  check: string;
}
const makeCase = (options: { answer?: string; contact?: boolean; lookupRateLimit?: number } = {}) =>
  executeServerCommand<MadeCase, typeof options>('collector-case', options);
const caseRow = (made: MadeCase) =>
  executeServerCommand<{ state: string; satisfied: boolean | null; hasContact: boolean; events: string[] }, MadeCase>(
    'collector-case-row',
    made
  );

const ko = statusCatalogues.ko;
const root = (el: CourtesyFeedbackStatus) => el.shadowRoot!;
const text = (el: CourtesyFeedbackStatus) => root(el).textContent!.replace(/\s+/g, ' ');
const liveText = (el: CourtesyFeedbackStatus) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const button = (el: CourtesyFeedbackStatus, label: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
const focusedId = (el: CourtesyFeedbackStatus) => root(el).activeElement?.id ?? root(el).activeElement?.textContent;

/** Waits until a lookup or action has come back. */
async function answered(el: CourtesyFeedbackStatus, what: () => boolean, message: string) {
  await waitUntil(() => liveText(el) !== ko.lookingUp && what(), message, { timeout: 10_000 });
  await el.updateComplete;
}
const shown = (el: CourtesyFeedbackStatus) => answered(el, () => !!root(el).querySelector('#result'), 'no case shown');

/** The element showing `made` inside an ancestor of language `lang`, as on an agency's page in it. */
async function shownUnder(lang: string, made: MadeCase): Promise<CourtesyFeedbackStatus> {
  const el = await fixture<CourtesyFeedbackStatus>(
    html`<div lang=${lang}>
      <courtesy-feedback-status
        endpoint=${made.endpoint}
        receipt=${made.receipt}
        check=${made.check}
      ></courtesy-feedback-status>
    </div>`
  ).then((wrapper) => wrapper.querySelector('courtesy-feedback-status')!);
  await shown(el);
  return el;
}

/**
 * One key per action: WebKitGTK's driver collapses a letter typed twice in a row within one action
 * ("8XXQ" arrives as "8XQ"), and random codes often hold one.
 */
async function typeSlowly(value: string) {
  for (const key of value) await sendKeys({ type: key });
}

async function pressButton(el: CourtesyFeedbackStatus, label: string) {
  const target = button(el, label);
  expect(target, `a button "${label}"`).not.to.equal(undefined);
  target!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<courtesy-feedback-status>', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  it('should look a case up from its attributes and show its steps, never what the visitor wrote', async () => {
    const made = await makeCase();
    const el = await fixture<CourtesyFeedbackStatus>(
      html`<courtesy-feedback-status
        endpoint=${made.endpoint}
        receipt=${made.receipt}
        check=${made.check}
      ></courtesy-feedback-status>`
    );
    await shown(el);
    const current = root(el).querySelector('[aria-current="step"]')!;
    expect(current.textContent!.trim()).to.equal(ko.states.received);
    expect(root(el).querySelectorAll('.steps li')).to.have.length(5);
    expect(text(el)).to.include(made.receipt);
    expect(text(el)).to.include(ko.noAnswerYet);
    // The payload's comment (collector/test/helpers.mjs) and the e-mail address never reach the page.
    expect(text(el)).not.to.include('창구 직원분이');
    expect(text(el)).not.to.include('citizen.kim');
    expect(root(el).querySelector('form'), 'no form once the case is shown').to.equal(null);
    await expectAccessible(el);
  });

  it('should read the receipt and check from the page address', async () => {
    const made = await makeCase();
    const before = location.href;
    history.replaceState(null, '', `?receipt=${made.receipt}&check=${made.check}`);
    try {
      const el = await fixture<CourtesyFeedbackStatus>(
        html`<courtesy-feedback-status endpoint=${made.endpoint}></courtesy-feedback-status>`
      );
      await shown(el);
      expect(text(el)).to.include(made.receipt);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('should ask for what is missing beside each field, then look up what the visitor types', async () => {
    const made = await makeCase();
    const el = await fixture<CourtesyFeedbackStatus>(
      html`<courtesy-feedback-status endpoint=${made.endpoint}></courtesy-feedback-status>`
    );
    await expectAccessible(el);
    const receipt = root(el).querySelector<HTMLInputElement>('#receipt')!;
    const check = root(el).querySelector<HTMLInputElement>('#check')!;
    expect(root(el).querySelector(`label[for="receipt"]`)!.textContent).to.equal(ko.receipt);

    await pressButton(el, ko.lookUp);
    await el.updateComplete;
    expect(receipt.getAttribute('aria-invalid')).to.equal('true');
    expect(receipt.getAttribute('aria-describedby')).to.include('receipt-error');
    expect(root(el).querySelector('#receipt-error')!.textContent).to.equal(ko.required(ko.receipt));
    expect(root(el).querySelector('#check-error')!.textContent).to.equal(ko.required(ko.check));
    expect(focusedId(el), 'focus on the first field to fix').to.equal('receipt');
    await expectAccessible(el);

    await typeSlowly(made.receipt.toLowerCase());
    check.focus();
    await typeSlowly(made.check);
    expect([receipt.value, check.value]).to.deep.equal([made.receipt.toLowerCase(), made.check]);
    await sendKeys({ press: 'Enter' });
    await shown(el);
    expect(focusedId(el), "focus on the case's heading").to.equal('result');
    expect(text(el)).to.include(made.receipt);
  });

  it('should answer a wrong check code and an unknown receipt with the same words', async () => {
    const made = await makeCase();
    const wrong = await fixture<CourtesyFeedbackStatus>(
      html`<courtesy-feedback-status
        endpoint=${made.endpoint}
        receipt=${made.receipt}
        check="AAAAAAAA"
      ></courtesy-feedback-status>`
    );
    const unknown = await fixture<CourtesyFeedbackStatus>(
      html`<courtesy-feedback-status
        endpoint=${made.endpoint}
        receipt="CF-20261203-ZZZZ"
        check=${made.check}
      ></courtesy-feedback-status>`
    );
    for (const el of [wrong, unknown]) {
      await answered(el, () => !!root(el).querySelector('[role="alert"]'), 'no refusal shown');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal(ko.notFound);
      expect(root(el).querySelector('#check')!.getAttribute('aria-describedby')).to.include('failure');
      expect(root(el).querySelector('#check')!.getAttribute('aria-invalid')).to.equal('true');
    }
    expect(text(wrong), 'one answer for both, so that neither can be probed').to.equal(text(unknown));
    await expectAccessible(wrong);
  });

  it('should show the answer and reopen the case when the visitor is not satisfied', async () => {
    const made = await makeCase({ answer: '불편을 드려 죄송합니다.\n담당 직원에게 친절 교육을 했습니다.' });
    const el = await fixture<CourtesyFeedbackStatus>(
      html`<courtesy-feedback-status
        endpoint=${made.endpoint}
        receipt=${made.receipt}
        check=${made.check}
      ></courtesy-feedback-status>`
    );
    await shown(el);
    expect(root(el).querySelector('[part="answer"]')!.textContent).to.equal(
      '불편을 드려 죄송합니다.\n담당 직원에게 친절 교육을 했습니다.'
    );
    const question = root(el).querySelector('[role="group"]')!;
    expect(question.getAttribute('aria-labelledby')).to.equal('question');
    expect(root(el).querySelector('#question')!.textContent).to.equal(ko.satisfactionQuestion);
    await expectAccessible(el);

    await pressButton(el, ko.dissatisfied);
    await answered(el, () => liveText(el) === ko.saidDissatisfied, 'not told that the case reopens');
    expect((await caseRow(made)).state).to.equal('in-progress');
    expect(root(el).querySelector('[aria-current="step"]')!.textContent!.trim()).to.equal(ko.states['in-progress']);
    expect(button(el, ko.satisfied), 'the question is gone').to.equal(undefined);
    expect(focusedId(el), 'focus kept in the case, not lost to the page').to.equal('result');
  });

  it('should close the case when the visitor is satisfied', async () => {
    const made = await makeCase({ answer: '확인해 주셔서 고맙습니다.' });
    const el = await fixture<CourtesyFeedbackStatus>(
      html`<courtesy-feedback-status
        endpoint=${made.endpoint}
        receipt=${made.receipt}
        check=${made.check}
      ></courtesy-feedback-status>`
    );
    await shown(el);
    await pressButton(el, ko.satisfied);
    await answered(el, () => liveText(el) === ko.saidSatisfied, 'not thanked');
    const row = await caseRow(made);
    expect([row.state, row.satisfied]).to.deep.equal(['closed', true]);
    expect(root(el).querySelector('[aria-current="step"]')!.textContent!.trim()).to.equal(ko.states.closed);
  });

  it('should delete the contact details only once the visitor confirms, and keep them on "keep"', async () => {
    const made = await makeCase();
    const el = await fixture<CourtesyFeedbackStatus>(
      html`<courtesy-feedback-status
        endpoint=${made.endpoint}
        receipt=${made.receipt}
        check=${made.check}
      ></courtesy-feedback-status>`
    );
    await shown(el);
    await pressButton(el, ko.deleteContact);
    await el.updateComplete;
    expect(root(el).querySelector('#confirm')!.textContent).to.equal(ko.confirmDelete);
    expect(root(el).activeElement?.textContent!.trim(), 'focus on the safe choice').to.equal(ko.cancel);
    await expectAccessible(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).activeElement?.textContent!.trim()).to.equal(ko.deleteContact);
    expect((await caseRow(made)).hasContact, 'kept after "keep"').to.equal(true);

    await pressButton(el, ko.deleteContact);
    await el.updateComplete;
    await pressButton(el, ko.confirmDeleteYes);
    await answered(el, () => liveText(el) === ko.contactDeleted, 'not told the details are gone');
    const row = await caseRow(made);
    expect(row.hasContact).to.equal(false);
    expect(row.events).to.include('delete-contact');
    expect(button(el, ko.deleteContact)).to.equal(undefined);
  });

  it('should say how long to wait when the collector refuses more lookups', async () => {
    const made = await makeCase({ lookupRateLimit: 1 });
    const first = await fixture<CourtesyFeedbackStatus>(
      html`<courtesy-feedback-status
        endpoint=${made.endpoint}
        receipt=${made.receipt}
        check=${made.check}
      ></courtesy-feedback-status>`
    );
    await shown(first);
    const second = await fixture<CourtesyFeedbackStatus>(
      html`<courtesy-feedback-status
        endpoint=${made.endpoint}
        receipt=${made.receipt}
        check=${made.check}
      ></courtesy-feedback-status>`
    );
    await answered(second, () => !!root(second).querySelector('[role="alert"]'), 'no refusal shown');
    expect(root(second).querySelector('[role="alert"]')!.textContent).to.match(
      /조회를 너무 여러 번 했어요\. \d+초 뒤에/
    );
    expect(button(second, ko.tryAgain)).not.to.equal(undefined);
  });

  it('should say when the collector cannot be reached, and offer to try again', async () => {
    const { closedOrigin } = await recorderInfo();
    const el = await fixture<CourtesyFeedbackStatus>(
      html`<courtesy-feedback-status
        endpoint=${closedOrigin}
        receipt="CF-20261203-AB12"
        check="7K3MQ9ZP"
      ></courtesy-feedback-status>`
    );
    await answered(el, () => !!root(el).querySelector('[role="alert"]'), 'no failure shown');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal(ko.unreachable);
    expect(root(el).querySelector<HTMLInputElement>('#receipt')!.value, 'what was given stays').to.equal(
      'CF-20261203-AB12'
    );
    expect(button(el, ko.tryAgain)).not.to.equal(undefined);
  });

  for (const scriptType of ['classic', 'module'] as const) {
    it(`should work from a CDN on another origin as a ${scriptType} script, loaded twice`, async () => {
      const made = await makeCase();
      const bin = await crossOriginBin();
      const src = `${(await recorderInfo()).crossOrigin}/cdn/${bin.id}/cors/courtesy-feedback-status.min.js`;
      const tag = `<script ${scriptType === 'module' ? 'type="module"' : ''} src="${src}"></script>`;
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:480px;height:700px;border:0';
      // The listener comes first, so that an error of either copy while the page loads is caught.
      const listen = `<script>window.errors = []; addEventListener('error', (e) => errors.push(e.message));</script>`;
      frame.srcdoc = `<!doctype html><html lang="ko"><head>${listen}${tag}${tag}</head><body>
        <courtesy-feedback-status endpoint="${made.endpoint}" receipt="${made.receipt}" check="${made.check}">
        </courtesy-feedback-status></body></html>`;
      document.body.append(frame);
      try {
        await waitUntil(() => frame.contentDocument?.readyState === 'complete', 'the page did not load');
        await waitUntil(
          () => frame.contentDocument!.querySelector('courtesy-feedback-status')?.shadowRoot?.querySelector('#result'),
          'the case was not shown',
          { timeout: 10_000 }
        );
        const shownText = frame.contentDocument!.querySelector('courtesy-feedback-status')!.shadowRoot!.textContent!;
        expect(shownText).to.include(made.receipt);
        const { errors } = frame.contentWindow as unknown as { errors: string[] };
        expect(errors, 'the second copy does nothing').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('should speak English under an English lang, with targets of at least 44 px', async () => {
    const el = await shownUnder('en-GB', await makeCase({ answer: 'We are sorry.' }));
    const en = statusCatalogues.en;
    expect(root(el).querySelector('h2')!.textContent).to.equal(en.statusTitle);
    expect(root(el).querySelector('.base')!.getAttribute('lang')).to.equal('en');
    expect(button(el, en.satisfied)).not.to.equal(undefined);
    for (const target of root(el).querySelectorAll('button')) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.textContent!).to.be.at.least(44);
    }
    await expectAccessible(el);
  });

  it("should speak the widget's other languages under their lang: Vietnamese, Japanese, and Chinese for any zh", async () => {
    const made = await makeCase({ answer: '...' });
    for (const [tag, code] of [
      ['vi-VN', 'vi'],
      ['ja-JP', 'ja'],
      ['zh-Hant-TW', 'zh'],
    ] as const) {
      const el = await shownUnder(tag, made);
      const words = statusCatalogues[code];
      expect(root(el).querySelector('h2')!.textContent, tag).to.equal(words.statusTitle);
      expect(root(el).querySelector('.base')!.getAttribute('lang')).to.equal(code);
      expect(text(el)).to.include(words.satisfactionQuestion);
      expect(button(el, words.dissatisfied), `${tag}: ${words.dissatisfied}`).not.to.equal(undefined);
      if (code === 'vi') await expectAccessible(el);
    }
  });
});
