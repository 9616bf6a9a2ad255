import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { consoleErrors, litDevWarnings, recordEvents, sameOriginBin, settled, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<courtesy-feedback> abuse protection', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  describe('honeypot and minimum fill time', () => {
    it('should keep the honeypot out of sight, out of the tab order and away from screen readers', async () => {
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
      const trap = el.shadowRoot!.querySelector<HTMLInputElement>('.trap input')!;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
      const box = trap.getBoundingClientRect();
      expect(box.right).to.be.at.most(0);
      await expectAccessible(el);
    });

    it('should show a bot that filled the honeypot the thank-you, and send nothing', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()}></courtesy-feedback>`
      );
      const events = recordEvents(el);
      shadow(el).radio(5).click();
      el.shadowRoot!.querySelector<HTMLInputElement>('.trap input')!.value = 'https://spam.example';
      // The bot sees thanks; the page's own code learns the truth: nothing was accepted.
      expect(await el.submit()).to.equal(false);
      await el.updateComplete;
      expect(shadow(el).status().textContent).to.contain('소중한 의견 감사합니다');
      await pause(300);
      expect(await bin.requests()).to.deep.equal([]);
      expect(events.map((event) => event.type)).to.deep.equal(['feedback-rate']);
    });

    it('should quietly drop a send through the form sooner than minFillTime, and send one made after it', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} .minFillTime=${400}></courtesy-feedback>`
      );
      shadow(el).radio(5).click();
      shadow(el).submitButton()!.click();
      await el.updateComplete;
      expect(shadow(el).status().textContent).to.contain('소중한 의견 감사합니다');
      await pause(300);
      expect(await bin.requests()).to.deep.equal([]);

      // "Send another" starts the clock again for the next visitor.
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-another"]')!.click();
      await el.updateComplete;
      await pause(450);
      shadow(el).radio(4).click();
      shadow(el).submitButton()!.click();
      const [request] = await bin.waitForSubmissions(1);
      expect(request.payload!.rating.value).to.equal(4);
    });

    it('should trust submit() from the page’s own code however soon it comes', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} .minFillTime=${60_000}></courtesy-feedback>`
      );
      shadow(el).radio(2).click();
      expect(await el.submit()).to.equal(true);
      expect(await bin.waitForSubmissions(1)).to.have.length(1);
    });
  });

  describe('tokenProvider', () => {
    it('should send the token in X-Feedback-Token, asked once per send', async () => {
      const bin = sameOriginBin();
      let asked = 0;
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint()}
          .tokenProvider=${async () => {
            asked++;
            await pause(20);
            return `token-${asked}`;
          }}
        ></courtesy-feedback>`
      );
      shadow(el).radio(5).click();
      expect(await el.submit()).to.equal(true);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.headers['x-feedback-token']).to.equal('token-1');
      expect(asked).to.equal(1);
    });

    for (const [name, provider] of [
      ['rejects', () => Promise.reject(new Error('challenge service down'))],
      ['gives an empty token', async () => ''],
    ] as const) {
      it(`should say so, send nothing and keep the answers when the provider ${name}`, async () => {
        const bin = sameOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint=${bin.endpoint()} .tokenProvider=${provider}></courtesy-feedback>`
        );
        const events = recordEvents(el);
        shadow(el).radio(1).click();
        let sent: boolean | undefined;
        const errors = await consoleErrors(async () => {
          sent = await el.submit();
        });
        await settled(el);
        expect(sent).to.equal(false);
        expect(errors.join('\n')).to.contain('tokenProvider gave no token; nothing was sent.');
        expect(shadow(el).status().textContent).to.contain('보안 확인을 받지 못해 보내지 못했어요');
        expect(shadow(el).checked()!.value).to.equal('1');
        const error = events.find((event) => event.type === 'feedback-error')!;
        expect(error.detail.reason).to.equal('token');
        await pause(200);
        expect(await bin.requests()).to.deep.equal([]);
        await expectAccessible(el);
      });
    }

    it('should send once the provider works again', async () => {
      const bin = sameOriginBin();
      let fail = true;
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint()}
          .tokenProvider=${() => (fail ? Promise.reject(new Error('down')) : 'ok-token')}
        ></courtesy-feedback>`
      );
      shadow(el).radio(3).click();
      await consoleErrors(() => el.submit());
      fail = false;
      expect(await el.submit()).to.equal(true);
      await waitUntil(async () => (await bin.submissions()).length === 1);
      expect((await bin.submissions())[0].headers['x-feedback-token']).to.equal('ok-token');
    });
  });
});
