import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { backoffDelay, defaultRetryPolicy, parseRetryAfter } from '../src/transport/backoff.js';
import { flushQueue } from '../src/transport/queue.js';
import { clearQueue, crossOriginBin, litDevWarnings, queuedIds, recordEvents, settled, shadow } from './helpers.js';

/** Short waits, so that the tests do not sit through real backoff. */
const quick = { attempts: 4, baseDelay: 50, maxDelay: 2000, maxTotal: 10_000 };

async function rateAndSend(el: CourtesyFeedback, value = 5) {
  shadow(el).radio(value).click();
  await el.updateComplete;
  return el.submit();
}

describe('<courtesy-feedback>', () => {
  beforeEach(clearQueue);
  afterEach(async () => {
    await clearQueue();
    expect(litDevWarnings()).to.deep.equal([]);
  });

  describe('backoff', () => {
    it('should read Retry-After in seconds and as an HTTP date', () => {
      const now = Date.parse('2026-11-25T09:00:00Z');
      expect(parseRetryAfter('3', now)).to.equal(3000);
      expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:10 GMT', now)).to.equal(10_000);
      expect(parseRetryAfter('soon', now)).to.equal(undefined);
      expect(parseRetryAfter(null, now)).to.equal(undefined);
    });

    it('should wait a random time up to a doubling ceiling, at least Retry-After, at most maxDelay', () => {
      const policy = defaultRetryPolicy;
      expect(backoffDelay(1, policy, undefined, () => 0.999)).to.equal(499);
      expect(backoffDelay(3, policy, undefined, () => 0.5)).to.equal(1000);
      expect(backoffDelay(10, policy, undefined, () => 0.999)).to.be.at.most(policy.maxDelay);
      expect(backoffDelay(1, policy, 3000, () => 0)).to.equal(3000);
      expect(backoffDelay(1, policy, 60_000, () => 0)).to.equal(policy.maxDelay);
    });
  });

  describe('retries', () => {
    it('should retry a 503 and store the submission once, with the same id on both attempts', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint=${bin.endpoint({ failFirst: 1 })} .retry=${quick}></courtesy-feedback>`);
      const events = recordEvents(el);
      expect(await rateAndSend(el)).to.equal(true);
      const [first, second] = await bin.submissions();
      expect(first.status).to.equal(503);
      expect(second.status).to.equal(201);
      expect(second.payload!.id).to.equal(first.payload!.id);
      expect(second.headers['idempotency-key']).to.equal(first.payload!.id);
      expect([first.payload!.client.attempt, second.payload!.client.attempt]).to.deep.equal([1, 2]);
      expect(events.map((event) => event.type)).to.deep.equal(['feedback-rate', 'feedback-submit', 'feedback-sent']);
      expect(await queuedIds(), 'accepted entries leave the queue').to.deep.equal([]);
    });

    it('should wait as long as a 429 Retry-After asks', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback
        endpoint=${bin.endpoint({ failFirst: 1, status: 429, retryAfter: 1 })}
        .retry=${quick}
      ></courtesy-feedback>`);
      expect(await rateAndSend(el)).to.equal(true);
      const [first, second] = await bin.submissions();
      expect(second.at - first.at).to.be.at.least(950);
    });

    it('should retry after a response that never comes, and the server keep one copy', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback
        endpoint=${bin.endpoint({ failFirst: 1, status: 201, delay: 3000 })}
        timeout="300"
        .retry=${quick}
      ></courtesy-feedback>`);
      expect(await rateAndSend(el)).to.equal(true);
      const received = await bin.submissions();
      expect(received.filter((request) => request.stored)).to.have.length(1);
      expect(new Set(received.map((request) => request.payload!.id)).size).to.equal(1);
    });

    it('should not retry a 400 and keep nothing in the queue', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback
        endpoint=${bin.endpoint({ status: 400, body: '{"error":"bad"}' })}
        .retry=${quick}
      ></courtesy-feedback>`);
      const events = recordEvents(el);
      expect(await rateAndSend(el)).to.equal(false);
      expect(await bin.submissions()).to.have.length(1);
      expect(events.at(-1)!.type).to.equal('feedback-error');
      expect(events.at(-1)!.detail).to.include({ reason: 'rejected', status: 400 });
      expect(await queuedIds()).to.deep.equal([]);
    });
  });

  describe('queue', () => {
    it('should keep what could not be sent, say so, and send it on the next flush', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback
        endpoint=${bin.endpoint({ failFirst: 2 })}
        lang="ko"
        .retry=${{ ...quick, attempts: 2 }}
      ></courtesy-feedback>`);
      const events = recordEvents(el);
      expect(await rateAndSend(el, 4)).to.equal(false);
      await el.updateComplete;
      expect(shadow(el).status().textContent).to.include('이 기기에 저장해 두었어요');
      const queued = events.find((event) => event.type === 'feedback-queued')!;
      expect(queued.detail.reason).to.equal('server');
      expect(await queuedIds()).to.deep.equal([queued.detail.payload.id]);
      await expect(el).to.be.accessible();

      const report = await flushQueue();
      expect(report!.sent.map((sent) => sent.payload.id)).to.deep.equal([queued.detail.payload.id]);
      expect(await queuedIds()).to.deep.equal([]);
      const received = await bin.submissions();
      expect(received.map((request) => request.payload!.client.attempt)).to.deep.equal([1, 2, 3]);
      expect(received.filter((request) => request.stored)).to.have.length(1);
    });

    it('should store nothing with queue="off"', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback
        endpoint=${bin.endpoint({ status: 503 })}
        queue="off"
        .retry=${{ ...quick, attempts: 2 }}
      ></courtesy-feedback>`);
      const events = recordEvents(el);
      expect(await rateAndSend(el)).to.equal(false);
      expect(await queuedIds()).to.deep.equal([]);
      expect(events.map((event) => event.type)).to.deep.equal(['feedback-rate', 'feedback-submit', 'feedback-error']);
    });

    it('should send what was queued when a page of the same site loads again', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint=${bin.endpoint({ failFirst: 1 })} .retry=${{ ...quick, attempts: 1 }}></courtesy-feedback>`);
      await rateAndSend(el);
      expect(await queuedIds()).to.have.length(1);
      // A new page on the same origin (an iframe shares the site's storage) with the embed file.
      const frame = document.createElement('iframe');
      frame.srcdoc = `<script src="/dist/courtesy-feedback.min.js"></script>
        <courtesy-feedback endpoint="${bin.endpoint()}"></courtesy-feedback>`;
      document.body.append(frame);
      try {
        await waitUntil(async () => (await queuedIds()).length === 0, 'the new page sent the queue', { timeout: 8000 });
        expect((await bin.submissions()).filter((request) => request.stored)).to.have.length(1);
      } finally {
        frame.remove();
      }
    });

    it('should send each entry once when two widgets flush at the same moment', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback
        endpoint=${bin.endpoint({ failFirst: 3 })}
        .retry=${{ ...quick, attempts: 1 }}
      ></courtesy-feedback>`);
      for (const value of [1, 2, 3]) {
        el.reset();
        await el.updateComplete;
        await rateAndSend(el, value);
      }
      expect(await queuedIds()).to.have.length(3);
      const reports = await Promise.all([flushQueue(), flushQueue(), flushQueue()]);
      expect(reports.filter(Boolean), 'one flush ran; the others found it busy').to.have.length(1);
      const received = await bin.submissions();
      expect(received).to.have.length(6);
      expect(received.filter((request) => request.stored)).to.have.length(3);
      expect(await queuedIds()).to.deep.equal([]);
    });

    it('should send one submission when send is pressed twice while retrying', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint=${bin.endpoint({ failFirst: 2 })} .retry=${quick}></courtesy-feedback>`);
      shadow(el).radio(5).click();
      await el.updateComplete;
      const sending = el.submit();
      shadow(el).submitButton()!.click();
      await sending;
      await settled(el);
      const received = await bin.submissions();
      expect(new Set(received.map((request) => request.payload!.id)).size).to.equal(1);
      expect(received.filter((request) => request.stored)).to.have.length(1);
    });
  });

  describe('faults', () => {
    it('should store exactly 200 submissions through 30 % errors, 10 % 429s and 10 % timeouts', async function () {
      this.timeout(120_000);
      const bin = await crossOriginBin();
      const endpoint = bin.endpoint({ chaos: 20261125, timeoutMs: 250 });
      const policy = { attempts: 6, baseDelay: 20, maxDelay: 200, maxTotal: 5000 };
      const widgets = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 10 }, () => html`<courtesy-feedback endpoint=${endpoint} timeout="250" comment="hidden" .retry=${policy}></courtesy-feedback>`)}
      </div>`);
      const elements = Array.from(widgets.querySelectorAll('courtesy-feedback'));
      const sentIds: string[] = [];
      const queuedOrFailed: string[] = [];
      widgets.addEventListener('feedback-sent', (event) => sentIds.push(event.detail.payload.id));
      widgets.addEventListener('feedback-queued', (event) => queuedOrFailed.push(event.detail.payload.id));
      widgets.addEventListener('feedback-error', (event) => queuedOrFailed.push(event.detail.payload.id));
      const started = performance.now();
      // Ten widgets side by side, twenty visitors each, one after another.
      await Promise.all(
        elements.map(async (el, index) => {
          for (let round = 0; round < 20; round++) {
            el.reset();
            await el.updateComplete;
            shadow(el).radio(((index + round) % 5) + 1).click();
            await el.updateComplete;
            await el.submit();
          }
        })
      );
      // What the retries could not deliver waits in the queue; flush until it is empty (bounded).
      for (let round = 0; round < 50 && (await queuedIds()).length > 0; round++) {
        await flushQueue();
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const drainMs = performance.now() - started;
      const received = await bin.submissions();
      const stored = received.filter((request) => request.stored).map((request) => request.payload!.id);
      const submitted = new Set(received.map((request) => request.payload!.id));
      expect(submitted.size).to.equal(200);
      expect(stored).to.have.length(200);
      expect(new Set(stored).size).to.equal(200);
      expect(await queuedIds()).to.deep.equal([]);
      const duplicates = received.filter((request) => request.status === 200).length;
      console.log(
        `fault test: 200 submitted, ${stored.length} stored, ${duplicates} repeats answered 200 by id, ` +
          `${received.length} requests (${(received.length / 200).toFixed(2)} per submission), ` +
          `${queuedOrFailed.length} went through the queue, drained in ${Math.round(drainMs)} ms`
      );
    });
  });
});
