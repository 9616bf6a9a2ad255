import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import {
  Bin,
  crossOriginBin,
  litDevWarnings,
  recordEvents,
  recorderInfo,
  settled,
  shadow,
  typeInto,
} from './helpers.js';
import { expectAccessible } from './accessibility.js';

// These tests are about what the form shows after one failed attempt; retries and the queue have
// their own tests (delivery.test.ts).
const singleAttempt = { attempts: 1 };

async function fillAndSend(el: CourtesyFeedback) {
  shadow(el).radio(2).click();
  typeInto(shadow(el).textarea()!, '대기 시간이 너무 길었어요');
  await el.updateComplete;
  return el.submit();
}

/** Everything the visitor entered is still there, and they can send again. */
function expectAnswersKept(el: CourtesyFeedback) {
  expect(shadow(el).checked()!.value).to.equal('2');
  expect(shadow(el).textarea()!.value).to.equal('대기 시간이 너무 길었어요');
  expect(shadow(el).submitButton()!.disabled).to.equal(false);
}

describe('<courtesy-feedback>', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  describe('failures', () => {
    const cases = [
      {
        name: 'a 400 with a JSON error body',
        script: { status: 400, body: JSON.stringify({ error: 'rating.value is required' }) },
        reason: 'rejected',
        status: 400,
        text: '서버가 이 의견을 받지 않았어요 (오류 400)',
      },
      {
        name: 'a 500 with an HTML page',
        script: { status: 500, body: '<html><body>Internal Server Error</body></html>' },
        reason: 'server',
        status: 500,
        text: '서버에 문제가 있어 보내지 못했어요 (오류 500)',
      },
      {
        name: 'a 503 with no body',
        script: { status: 503, body: '' },
        reason: 'server',
        status: 503,
        text: '오류 503',
      },
      { name: 'a 429', script: { status: 429, body: '' }, reason: 'server', status: 429, text: '오류 429' },
      {
        name: 'a response without CORS permission (as an ad blocker or a misconfigured server gives)',
        script: { cors: 'none' },
        reason: 'network',
        status: null,
        text: '서버에 연결하지 못해',
      },
    ] as const;

    for (const { name, script, reason, status, text } of cases) {
      it(`should say what happened after ${name}, keep the answers, and not say "sent"`, async () => {
        const bin = await crossOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback
            queue="off"
            .retry=${singleAttempt}
            endpoint=${bin.endpoint(script)}
            lang="ko"
          ></courtesy-feedback>`
        );
        const events = recordEvents(el);
        expect(await fillAndSend(el)).to.equal(false);
        await el.updateComplete;
        const message = shadow(el).status().textContent!;
        expect(message).to.include(text);
        expect(message).to.include('적으신 내용은 그대로 있어요');
        expect(message).not.to.include('감사합니다');
        expectAnswersKept(el);
        const error = events.find((event) => event.type === 'feedback-error')!;
        expect(error.detail.reason).to.equal(reason);
        expect(error.detail.status).to.equal(status);
        expect(events.some((event) => event.type === 'feedback-sent')).to.equal(false);
        await expectAccessible(el);
      });
    }

    it('should give up after `timeout` milliseconds when the endpoint does not answer', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          queue="off"
          .retry=${singleAttempt}
          endpoint=${bin.endpoint({ delay: 5000 })}
          timeout="400"
          lang="en"
        ></courtesy-feedback>`
      );
      const events = recordEvents(el);
      const started = performance.now();
      expect(await fillAndSend(el)).to.equal(false);
      const elapsed = performance.now() - started;
      expect(elapsed).to.be.within(350, 3000);
      await el.updateComplete;
      expect(shadow(el).status().textContent).to.include('did not answer in time');
      expect(events.find((event) => event.type === 'feedback-error')!.detail).to.include({
        reason: 'timeout',
        status: null,
      });
      expectAnswersKept(el);
    });

    it('should say the server could not be reached when the connection is refused', async () => {
      const bin = new Bin((await recorderInfo()).closedOrigin);
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          queue="off"
          .retry=${singleAttempt}
          endpoint=${bin.endpoint()}
          lang="en"
        ></courtesy-feedback>`
      );
      expect(await fillAndSend(el)).to.equal(false);
      await el.updateComplete;
      expect(shadow(el).status().textContent).to.include('could not be reached');
      expectAnswersKept(el);
    });

    it('should resend unchanged answers with the same id and a higher attempt number', async () => {
      const failing = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          queue="off"
          .retry=${singleAttempt}
          endpoint=${failing.endpoint({ status: 503 })}
        ></courtesy-feedback>`
      );
      await fillAndSend(el);
      const [first] = await failing.waitForSubmissions(1);
      const working = new Bin(failing.origin);
      el.endpoint = working.endpoint();
      await el.updateComplete;
      expect(await el.submit()).to.equal(true);
      const [second] = await working.waitForSubmissions(1);
      expect(second.payload!.id).to.equal(first.payload!.id);
      expect(second.headers['idempotency-key']).to.equal(first.payload!.id);
      expect([first.payload!.client.attempt, second.payload!.client.attempt]).to.deep.equal([1, 2]);
    });

    it('should send changed answers as a new submission with a new id', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          queue="off"
          .retry=${singleAttempt}
          endpoint=${bin.endpoint({ status: 503 })}
        ></courtesy-feedback>`
      );
      await fillAndSend(el);
      typeInto(shadow(el).textarea()!, '다시 생각해 보니 괜찮았어요');
      await el.submit();
      const [first, second] = await bin.waitForSubmissions(2);
      expect(second.payload!.id).not.to.equal(first.payload!.id);
      expect(second.payload!.client.attempt).to.equal(1);
    });

    it('should send once when the button is pressed twice quickly', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          queue="off"
          .retry=${singleAttempt}
          endpoint=${bin.endpoint({ delay: 300 })}
        ></courtesy-feedback>`
      );
      shadow(el).radio(5).click();
      await el.updateComplete;
      shadow(el).submitButton()!.click();
      shadow(el).submitButton()?.click();
      void el.submit();
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await bin.submissions()).to.have.length(1);
    });

    it('should announce that it is sending while the request is under way', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          queue="off"
          .retry=${singleAttempt}
          endpoint=${bin.endpoint({ delay: 400 })}
          lang="ko"
        ></courtesy-feedback>`
      );
      shadow(el).radio(5).click();
      await el.updateComplete;
      const sending = el.submit();
      await el.updateComplete;
      expect(shadow(el).status().textContent).to.include('보내는 중');
      expect(shadow(el).submitButton()!.getAttribute('aria-busy')).to.equal('true');
      await expectAccessible(el);
      await sending;
    });
  });
});
