import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import type { FeedbackPayload } from '../src/payload.js';
import { VERSION } from '../src/version.js';
import { crossOriginBin, litDevWarnings, recordEvents, sameOriginBin, settled, shadow, typeInto } from './helpers.js';
import { expectAccessible } from './accessibility.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function rateAndSend(el: CourtesyFeedback, value: number, comment?: string) {
  shadow(el).radio(value).click();
  if (comment !== undefined) typeInto(shadow(el).textarea()!, comment);
  await el.updateComplete;
  return el.submit();
}

describe('<courtesy-feedback>', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  describe('submission', () => {
    it('should send a complete courtesy-feedback/v1 payload that the schema accepts', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint()}
          lang="ko-KR"
          service="여권 발급"
          department="민원여권과"
          staff-id="A-102"
          staff-name="김민원"
          channel="visit"
          .metadata=${{ counter: 3, campaign: '친절 주간' }}
        ></courtesy-feedback>`
      );
      const before = Date.now();
      expect(await rateAndSend(el, 5, '  창구 직원분이 끝까지 설명해 주셨어요 ')).to.equal(true);
      const [request] = await bin.waitForSubmissions(1);
      const payload = request.payload!;
      expect(request.schemaErrors).to.equal(null);
      expect(payload.schema).to.equal('courtesy-feedback/v1');
      expect(payload.id).to.match(uuid);
      expect(Date.parse(payload.createdAt)).to.be.within(before - 1000, Date.now() + 1000);
      expect(payload.rating).to.deep.equal({ value: 5, max: 5, scale: 'faces5', label: '매우 친절해요' });
      expect(payload.comment).to.equal('창구 직원분이 끝까지 설명해 주셨어요');
      expect(payload.aspects).to.deep.equal([]);
      expect(payload.piiMasked).to.equal(false);
      expect(payload.contact).to.equal(null);
      expect(payload.subject).to.deep.equal({
        service: '여권 발급',
        department: '민원여권과',
        staffId: 'A-102',
        staffName: '김민원',
        channel: 'visit',
      });
      expect(payload.locale).to.equal('ko');
      expect(payload.metadata).to.deep.equal({ counter: 3, campaign: '친절 주간' });
      expect(payload.client).to.deep.equal({ name: 'courtesy-feedback', version: VERSION, attempt: 1 });
      expect(request.method).to.equal('POST');
    });

    it('should send JSON with an Idempotency-Key header equal to the payload id (preflighted)', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()}></courtesy-feedback>`
      );
      await rateAndSend(el, 4);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.headers['content-type']).to.equal('application/json');
      expect(request.headers['idempotency-key']).to.equal(request.payload!.id);
      expect(JSON.parse(request.body)).to.deep.equal(request.payload);
      const preflights = (await bin.requests()).filter((entry) => entry.method === 'OPTIONS');
      expect(preflights).to.have.length(1);
    });

    it('should send text/plain JSON cross-origin without any CORS preflight', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} content-type="text"></courtesy-feedback>`
      );
      await rateAndSend(el, 2, 'text body');
      const [request] = await bin.waitForSubmissions(1);
      expect(request.headers['content-type']).to.equal('text/plain;charset=UTF-8');
      expect(request.schemaErrors).to.equal(null);
      expect(request.payload!.comment).to.equal('text body');
      expect((await bin.requests()).map((entry) => entry.method)).to.deep.equal(['POST']);
      // The id still travels in the body, which is what a server deduplicates on.
      expect(request.headers['idempotency-key']).to.equal(undefined);
      await settled(el);
      expect(shadow(el).status().textContent).to.include('CF-TEST-0001');
    });

    it('should send url-encoded form fields cross-origin without any CORS preflight', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} content-type="form" staff-id="A-102"></courtesy-feedback>`
      );
      await rateAndSend(el, 3, '보통이었어요 & 그래도 OK = 100%');
      const [request] = await bin.waitForSubmissions(1);
      expect(request.headers['content-type']).to.equal('application/x-www-form-urlencoded');
      const fields = new URLSearchParams(request.body);
      expect(fields.get('rating.value')).to.equal('3');
      expect(fields.get('subject.staffId')).to.equal('A-102');
      expect(fields.get('comment')).to.equal('보통이었어요 & 그래도 OK = 100%');
      expect(request.schemaErrors).to.equal(null);
      expect((await bin.requests()).map((entry) => entry.method)).to.deep.equal(['POST']);
    });

    it('should send the Idempotency-Key with text and form bodies to the same origin, where no preflight exists', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} content-type="text"></courtesy-feedback>`
      );
      await rateAndSend(el, 5);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.headers['idempotency-key']).to.equal(request.payload!.id);
    });

    it('should use PUT when method="PUT"', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} method="put"></courtesy-feedback>`
      );
      await rateAndSend(el, 5);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.method).to.equal('PUT');
    });

    it('should add the headers property to the request', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint()}
          content-type="text"
          .headers=${{ 'X-Agency-Key': 'seoul-123' }}
        ></courtesy-feedback>`
      );
      await rateAndSend(el, 5);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.headers['x-agency-key']).to.equal('seoul-123');
      // A custom header makes the request preflighted anyway, so the id goes in the header too.
      expect(request.headers['idempotency-key']).to.equal(request.payload!.id);
    });

    describe('credentials', () => {
      const cookie = `cf_test_${Math.random().toString(36).slice(2)}`;
      before(() => {
        document.cookie = `${cookie}=1; path=/; SameSite=Lax`;
      });
      after(() => {
        document.cookie = `${cookie}=; path=/; max-age=0`;
      });

      for (const [mode, sendsCookie] of [
        ['omit', false],
        ['same-origin', true],
        ['include', true],
      ] as const) {
        it(`should ${sendsCookie ? '' : 'not '}send the page's cookies with credentials="${mode}"`, async () => {
          const bin = sameOriginBin();
          const el = await fixture<CourtesyFeedback>(
            html`<courtesy-feedback endpoint=${bin.endpoint()} credentials=${mode}></courtesy-feedback>`
          );
          await rateAndSend(el, 5);
          const [request] = await bin.waitForSubmissions(1);
          expect((request.headers.cookie ?? '').includes(cookie)).to.equal(sendsCookie);
        });
      }

      it('should be accepted by a cross-origin endpoint that allows credentials with include', async () => {
        const bin = await crossOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint=${bin.endpoint()} credentials="include"></courtesy-feedback>`
        );
        expect(await rateAndSend(el, 5)).to.equal(true);
      });
    });

    // These tests leave the page's address alone: rewriting it with history.replaceState while
    // WebKit's WebDriver watches the page once hung a whole test file. The test runner's own
    // address carries a query (its session id), which is what `path` must strip; the e-mail
    // replacement of `full` is tested on pageAddress() in modules.test.ts.
    describe('page-url', () => {
      it('should send the page address without its query by default', async () => {
        expect(location.search, 'the runner page has a query to strip').not.to.equal('');
        const bin = sameOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint=${bin.endpoint()}></courtesy-feedback>`
        );
        await rateAndSend(el, 5);
        const [request] = await bin.waitForSubmissions(1);
        expect(request.payload!.page).to.deep.equal({
          url: location.origin + location.pathname,
          title: document.title,
        });
      });

      it('should keep the query with page-url="full"', async () => {
        const bin = sameOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint=${bin.endpoint()} page-url="full"></courtesy-feedback>`
        );
        await rateAndSend(el, 5);
        const [request] = await bin.waitForSubmissions(1);
        expect(request.payload!.page!.url).to.equal(location.href.split('#')[0]);
        expect(request.payload!.page!.url).to.include(location.search);
      });

      it('should send no page with page-url="none"', async () => {
        const bin = sameOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint=${bin.endpoint()} page-url="none"></courtesy-feedback>`
        );
        await rateAndSend(el, 5);
        const [request] = await bin.waitForSubmissions(1);
        expect(request.payload!.page).to.equal(null);
        expect(request.schemaErrors).to.equal(null);
      });
    });

    describe('transform', () => {
      it('should send what transform returns, encoded per content-type', async () => {
        const bin = await crossOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback
            endpoint=${bin.endpoint()}
            content-type="form"
            .transform=${(payload: FeedbackPayload) => ({ score: payload.rating.value, memo: payload.comment, ref: payload.id })}
          ></courtesy-feedback>`
        );
        await rateAndSend(el, 2, '대기 시간이 길었어요');
        const [request] = await bin.waitForSubmissions(1);
        const fields = new URLSearchParams(request.body);
        expect(Object.fromEntries(fields)).to.deep.equal({
          score: '2',
          memo: '대기 시간이 길었어요',
          ref: fields.get('ref'),
        });
        expect(fields.get('ref')).to.match(uuid);
      });

      it('should send a ready-made body from transform as it is', async () => {
        const bin = await crossOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback
            endpoint=${bin.endpoint()}
            content-type="text"
            .transform=${(payload: FeedbackPayload) => `score=${payload.rating.value}`}
          ></courtesy-feedback>`
        );
        await rateAndSend(el, 4);
        const [request] = await bin.waitForSubmissions(1);
        expect(request.body).to.equal('score=4');
      });
    });

    describe('events', () => {
      it('should fire rate, submit and sent, bubbling and composed, with typed details', async () => {
        const bin = await crossOriginBin();
        const container = await fixture<HTMLElement>(
          html`<div><courtesy-feedback endpoint=${bin.endpoint()}></courtesy-feedback></div>`
        );
        const el = container.querySelector('courtesy-feedback')!;
        const events = recordEvents(container);
        await rateAndSend(el, 5);
        expect(events.map((event) => event.type)).to.deep.equal(['feedback-rate', 'feedback-submit', 'feedback-sent']);
        expect(events.every(({ event }) => event.bubbles && event.composed)).to.equal(true);
        expect(events[0].detail).to.deep.equal({ rating: 5 });
        expect(events[1].event.cancelable).to.equal(true);
        const sent = events[2].detail;
        expect(sent.status).to.equal(201);
        expect(sent.receipt).to.equal('CF-TEST-0001');
        expect(sent.payload.id).to.equal(events[1].detail.payload.id);
      });

      it('should send nothing when a feedback-submit listener cancels', async () => {
        const bin = await crossOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint=${bin.endpoint()}></courtesy-feedback>`
        );
        const events = recordEvents(el);
        el.addEventListener('feedback-submit', (event) => event.preventDefault());
        expect(await rateAndSend(el, 5, 'kept')).to.equal(false);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await bin.requests()).to.have.length(0);
        expect(events.map((event) => event.type)).to.deep.equal(['feedback-rate', 'feedback-submit']);
        expect(shadow(el).textarea()!.value).to.equal('kept');
      });

      it('should send the payload as a feedback-submit listener changed it', async () => {
        const bin = await crossOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint=${bin.endpoint()}></courtesy-feedback>`
        );
        el.addEventListener('feedback-submit', (event) => {
          event.detail.payload.metadata.kiosk = 'gate-2';
          event.detail.payload = { ...event.detail.payload, comment: 'changed by the host' };
        });
        await rateAndSend(el, 5, 'original');
        const [request] = await bin.waitForSubmissions(1);
        expect(request.payload!.comment).to.equal('changed by the host');
        expect(request.payload!.metadata).to.deep.equal({ kiosk: 'gate-2' });
      });

      it('should fire no event when properties are set or reset() is called from code', async () => {
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint="/bin/x/feedback"></courtesy-feedback>`
        );
        const events = recordEvents(el);
        el.scale = 'thumbs2';
        el.comment = 'required';
        el.lang = 'en';
        el.reset();
        await el.updateComplete;
        expect(events).to.deep.equal([]);
      });
    });

    describe('sent state', () => {
      it('should pass the accessibility check and start a new response with the send-another button', async () => {
        const bin = await crossOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint=${bin.endpoint()} lang="en"></courtesy-feedback>`
        );
        await rateAndSend(el, 5, 'first');
        await el.updateComplete;
        expect(shadow(el).status().textContent).to.include('Reference number: CF-TEST-0001');
        await expectAccessible(el);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-another"]')!.click();
        await waitUntil(() => shadow(el).radios().length === 5);
        expect(shadow(el).checked()).to.equal(null);
        expect(shadow(el).textarea()!.value).to.equal('');
        expect(shadow(el).status().textContent).to.equal('');
      });

      it('should thank without a reference number when the endpoint answers 2xx without JSON', async () => {
        const bin = await crossOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint=${bin.endpoint({ status: 204, body: '' })} lang="en"></courtesy-feedback>`
        );
        expect(await rateAndSend(el, 5)).to.equal(true);
        await el.updateComplete;
        expect(shadow(el).status().textContent).to.include('Thank you');
        expect(shadow(el).status().textContent).not.to.include('Reference');
      });
    });
  });
});
