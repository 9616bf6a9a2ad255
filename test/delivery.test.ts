import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { backoffDelay, defaultRetryPolicy, parseRetryAfter } from '../src/chunks/delivery/backoff.js';
import { flushQueue, LEASE_MS, MAX_QUEUED, MAX_QUEUE_AGE, saveEntry } from '../src/chunks/delivery/queue.js';
import { openQueueStore, type QueuedSubmission } from '../src/chunks/delivery/queue-store.js';
import type { FeedbackPayload } from '../src/payload.js';
import {
  Bin,
  clearQueue,
  crossOriginBin,
  litDevWarnings,
  recorderInfo,
  queuedIds,
  recordEvents,
  sameOriginBin,
  settled,
  shadow,
} from './helpers.js';
import { expectAccessible } from './accessibility.js';

/** A queue entry as a widget would have stored it, for the tests of the queue's bounds. */
function storedEntry(url: string, queuedAt: number): QueuedSubmission {
  const id = crypto.randomUUID();
  const payload: FeedbackPayload = {
    schema: 'courtesy-feedback/v1',
    id,
    createdAt: new Date(queuedAt).toISOString(),
    rating: { value: 4, max: 5, scale: 'faces5', label: '친절해요' },
    aspects: [],
    comment: '',
    piiMasked: false,
    contact: null,
    subject: {},
    page: null,
    locale: 'ko',
    metadata: {},
    client: { name: 'courtesy-feedback', version: '0.1.0', attempt: 1 },
  };
  return {
    id,
    payload,
    url,
    method: 'POST',
    credentials: 'omit',
    headers: {},
    body: null,
    contentType: 'json',
    timeout: 5000,
    queuedAt,
    leaseUntil: 0,
  };
}

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
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint({ failFirst: 1 })} .retry=${quick}></courtesy-feedback>`
      );
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
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint({ failFirst: 1, status: 429, retryAfter: 1 })}
          .retry=${quick}
        ></courtesy-feedback>`
      );
      expect(await rateAndSend(el)).to.equal(true);
      const [first, second] = await bin.submissions();
      expect(second.at - first.at).to.be.at.least(950);
    });

    it('should retry after a response that never comes, and the server keep one copy', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint({ failFirst: 1, status: 201, delay: 3000 })}
          timeout="300"
          .retry=${quick}
        ></courtesy-feedback>`
      );
      expect(await rateAndSend(el)).to.equal(true);
      const received = await bin.submissions();
      expect(received.filter((request) => request.stored)).to.have.length(1);
      expect(new Set(received.map((request) => request.payload!.id)).size).to.equal(1);
    });

    it('should not retry a 400 and keep nothing in the queue', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint({ status: 400, body: '{"error":"bad"}' })}
          .retry=${quick}
        ></courtesy-feedback>`
      );
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
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint({ failFirst: 2 })}
          lang="ko"
          .retry=${{ ...quick, attempts: 2 }}
        ></courtesy-feedback>`
      );
      const events = recordEvents(el);
      expect(await rateAndSend(el, 4)).to.equal(false);
      await el.updateComplete;
      expect(shadow(el).status().textContent).to.include('이 기기에 저장해 두었어요');
      const queued = events.find((event) => event.type === 'feedback-queued')!;
      expect(queued.detail.reason).to.equal('server');
      expect(await queuedIds()).to.deep.equal([queued.detail.payload.id]);
      await expectAccessible(el);

      const report = await flushQueue();
      expect(report!.sent.map((sent) => sent.payload.id)).to.deep.equal([queued.detail.payload.id]);
      expect(await queuedIds()).to.deep.equal([]);
      const received = await bin.submissions();
      expect(received.map((request) => request.payload!.client.attempt)).to.deep.equal([1, 2, 3]);
      expect(received.filter((request) => request.stored)).to.have.length(1);
    });

    it('should try a flush that stalled again 5 s later, and send what was left', async function () {
      this.timeout(20_000);
      const bin = await crossOriginBin();
      // Earlier visits left this; the first flush meets a 503, the one 5 s later a 201.
      const entry = storedEntry(bin.endpoint({ failFirst: 1 }), Date.now() - 60_000);
      await (await openQueueStore()).put(entry);
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()}></courtesy-feedback>`
      );
      const events = recordEvents(el);
      // The browser says it is back online, but the endpoint still fails once; nothing else would
      // flush again (no send follows, and the page's load flush is long past).
      window.dispatchEvent(new Event('online'));
      await waitUntil(async () => (await bin.submissions()).length === 1, 'the first flush did not come', {
        timeout: 5000,
      });
      expect((await bin.submissions())[0].status).to.equal(503);
      await waitUntil(async () => (await queuedIds()).length === 0, 'the stalled flush was not tried again', {
        timeout: 9000,
        interval: 100,
      });
      const [first, second] = await bin.submissions();
      expect(second.stored).to.equal(true);
      expect(second.at - first.at).to.be.within(4500, 8000);
      expect(events.map((event) => event.type)).to.deep.equal(['feedback-sent']);
    });

    it('should queue a submission whose connection is refused, with reason "network"', async () => {
      const refused = new Bin((await recorderInfo()).closedOrigin);
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${refused.endpoint()} .retry=${{ ...quick, attempts: 2 }}></courtesy-feedback>`
      );
      const events = recordEvents(el);
      expect(await rateAndSend(el)).to.equal(false);
      const queued = events.find((event) => event.type === 'feedback-queued')!;
      expect(queued.detail.reason).to.equal('network');
      expect(await queuedIds()).to.deep.equal([queued.detail.payload.id]);
    });

    it('should send what waits in the queue after any widget on the page sends successfully', async () => {
      const bin = await crossOriginBin();
      const container = await fixture<HTMLElement>(
        html`<div>
          <courtesy-feedback
            id="down"
            endpoint=${bin.endpoint({ failFirst: 1 })}
            .retry=${{ ...quick, attempts: 1 }}
          ></courtesy-feedback>
          <courtesy-feedback id="up" endpoint=${bin.endpoint()} .retry=${quick}></courtesy-feedback>
        </div>`
      );
      const [down, up] = Array.from(container.querySelectorAll('courtesy-feedback'));
      await rateAndSend(down, 2);
      const [waiting] = await queuedIds();
      expect(waiting).to.be.a('string');
      expect(await rateAndSend(up, 5)).to.equal(true);
      await waitUntil(async () => (await queuedIds()).length === 0, 'the queue was sent after the success', {
        timeout: 5000,
      });
      const stored = (await bin.submissions())
        .filter((request) => request.stored)
        .map((request) => request.payload!.id);
      expect(stored).to.include(waiting);
      expect(stored).to.have.length(2);
    });

    it('should store nothing with queue="off"', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint({ status: 503 })}
          queue="off"
          .retry=${{ ...quick, attempts: 2 }}
        ></courtesy-feedback>`
      );
      const events = recordEvents(el);
      expect(await rateAndSend(el)).to.equal(false);
      expect(await queuedIds()).to.deep.equal([]);
      expect(events.map((event) => event.type)).to.deep.equal(['feedback-rate', 'feedback-submit', 'feedback-error']);
    });

    it('should send what was queued when a page of the same site loads again', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint({ failFirst: 1 })}
          .retry=${{ ...quick, attempts: 1 }}
        ></courtesy-feedback>`
      );
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
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint({ failFirst: 3 })}
          .retry=${{ ...quick, attempts: 1 }}
        ></courtesy-feedback>`
      );
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

    it('should send each entry once when two pages (separate scripts, like two tabs) flush at once', async () => {
      const bin = await crossOriginBin();
      for (let i = 0; i < 5; i++) await saveEntry(storedEntry(bin.endpoint({ delay: 100 }), Date.now() - 1000 + i));
      // A second browsing context with its own copy of the queue module: only the Web Lock is shared.
      const frame = document.createElement('iframe');
      frame.srcdoc = `<script type="module">
        import { flushQueue } from '/src/chunks/delivery/queue.ts';
        window.flushQueue = flushQueue;
        window.parent.postMessage('ready', '*');
      </script>`;
      const ready = new Promise((resolve) => addEventListener('message', resolve, { once: true }));
      document.body.append(frame);
      try {
        await ready;
        const other = (frame.contentWindow as unknown as { flushQueue: typeof flushQueue }).flushQueue;
        await Promise.all([flushQueue(), other()]);
        for (let round = 0; round < 20 && (await queuedIds()).length > 0; round++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          await flushQueue();
        }
        const received = await bin.submissions();
        expect(received, 'no entry was sent twice').to.have.length(5);
        expect(received.filter((request) => request.stored)).to.have.length(5);
      } finally {
        frame.remove();
      }
    });

    it('should hand a pending submission to keepalive when the page goes away, and store it once', async () => {
      const bin = sameOriginBin();
      const frame = document.createElement('iframe');
      frame.srcdoc = `<script src="/dist/courtesy-feedback.min.js"></script>
        <courtesy-feedback endpoint="${bin.endpoint({ failFirst: 1, status: 201, delay: 4000 })}" timeout="8000"></courtesy-feedback>`;
      document.body.append(frame);
      try {
        const inner = frame.contentWindow!;
        await waitUntil(
          () => inner.document.querySelector('courtesy-feedback')?.shadowRoot?.querySelector('input'),
          'loaded'
        );
        const widget = inner.document.querySelector('courtesy-feedback') as CourtesyFeedback;
        widget.shadowRoot!.querySelector<HTMLInputElement>('input[value="5"]')!.click();
        void widget.submit();
        await bin.waitForSubmissions(1);
        // The visitor leaves while the first attempt is still waiting for its (slow) answer.
        inner.location.replace('about:blank');
        const received = await bin.waitForSubmissions(2);
        expect(received[1].payload!.id).to.equal(received[0].payload!.id);
        await waitUntil(async () => (await bin.submissions()).some((request) => request.stored), 'stored', {
          timeout: 8000,
        });
        // The entry written ahead stays queued until a page hears it was accepted; sending it again
        // is harmless, as the endpoint keeps one copy per id.
        await flushQueue();
        const all = await bin.submissions();
        expect(all.filter((request) => request.stored)).to.have.length(1);
      } finally {
        frame.remove();
      }
    });

    it('should fall back to localStorage where IndexedDB is unavailable', async () => {
      const store = await openQueueStore('localstorage');
      try {
        expect(store.kind).to.equal('localstorage');
        const bin = await crossOriginBin();
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback
            endpoint=${bin.endpoint({ failFirst: 1 })}
            .retry=${{ ...quick, attempts: 1 }}
          ></courtesy-feedback>`
        );
        await rateAndSend(el);
        const kept = JSON.parse(localStorage.getItem('courtesy-feedback:queue')!);
        expect(Object.keys(kept)).to.have.length(1);
        await flushQueue();
        expect(localStorage.getItem('courtesy-feedback:queue')).to.equal(null);
        expect((await bin.submissions()).filter((request) => request.stored)).to.have.length(1);
      } finally {
        await openQueueStore('indexeddb');
      }
    });

    it(`should keep at most ${MAX_QUEUED} entries for at most 7 days, and report each one dropped`, async () => {
      const bin = await crossOriginBin();
      const now = Date.now();
      const expired = storedEntry(bin.endpoint(), now - MAX_QUEUE_AGE - 60_000);
      const full = Array.from({ length: MAX_QUEUED }, (_, i) =>
        storedEntry(bin.endpoint({ status: 503 }), now - 3_600_000 + i)
      );
      // Written straight to the store, as earlier visits left them (saving would prune on the way).
      const store = await openQueueStore();
      for (const entry of [expired, ...full]) await store.put(entry);
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint({ status: 503 })}
          .retry=${{ ...quick, attempts: 1 }}
        ></courtesy-feedback>`
      );
      const events = recordEvents(el);
      await rateAndSend(el);
      const dropped = events
        .filter((event) => event.type === 'feedback-dropped')
        .map((event) => [event.detail.payload.id, event.detail.reason]);
      expect(dropped).to.deep.include.members([
        [expired.id, 'expired'],
        [full[0].id, 'overflow'],
      ]);
      const ids = await queuedIds();
      expect(ids).to.have.length(MAX_QUEUED);
      expect(ids).not.to.include(full[0].id);
      expect(ids).to.include(events.find((event) => event.type === 'feedback-queued')!.detail.payload.id);
    });

    it('should send one submission when send is pressed twice while retrying', async () => {
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint({ failFirst: 2 })} .retry=${quick}></courtesy-feedback>`
      );
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
      this.timeout(150_000);
      const bin = await crossOriginBin();
      // One attempt may take 1 s. Shorter, a loaded machine (three browsers testing at once) times out
      // requests still waiting for a connection in the browser, before they reach the server; enough
      // of those overflow the queue's bound (50), which then drops the oldest by design.
      const endpoint = bin.endpoint({ chaos: 20261125, timeoutMs: 1000 });
      const policy = { attempts: 6, baseDelay: 20, maxDelay: 200, maxTotal: 5000 };
      const widgets = await fixture<HTMLElement>(
        html`<div>
          ${Array.from({ length: 10 }, () => html`<courtesy-feedback endpoint=${endpoint} timeout="1000" comment="hidden" .retry=${policy}></courtesy-feedback>`)}
        </div>`
      );
      const elements = Array.from(widgets.querySelectorAll('courtesy-feedback'));
      const sentIds: string[] = [];
      const queuedOrFailed: string[] = [];
      widgets.addEventListener('feedback-sent', (event) => sentIds.push(event.detail.payload.id));
      widgets.addEventListener('feedback-queued', (event) => queuedOrFailed.push(event.detail.payload.id));
      widgets.addEventListener('feedback-error', (event) =>
        queuedOrFailed.push(event.detail.payload?.id ?? `no payload: ${event.detail.part}`)
      );
      const dropped: string[] = [];
      widgets.addEventListener('feedback-dropped', (event) =>
        dropped.push(`${event.detail.payload.id} (${event.detail.reason})`)
      );
      const started = performance.now();
      // Ten widgets side by side, twenty visitors each, one after another.
      await Promise.all(
        elements.map(async (el, index) => {
          for (let round = 0; round < 20; round++) {
            el.reset();
            await el.updateComplete;
            shadow(el)
              .radio(((index + round) % 5) + 1)
              .click();
            await el.updateComplete;
            await el.submit();
          }
        })
      );
      // What the retries could not deliver waits in the queue; flush until it is empty, bounded by
      // count and time. Under load, attempts can time out while still queued in the browser's
      // per-host connection pool, so more entries may need a flush than on an idle machine. The
      // bound outlasts a flush's lease (LEASE_MS, 60 s): an entry whose flush was cut short is
      // sent again once its lease ends, and the test must wait that long to see it.
      const drainDeadline = performance.now() + LEASE_MS + 30_000;
      for (let round = 0; round < 600 && performance.now() < drainDeadline && (await queuedIds()).length > 0; round++) {
        await flushQueue();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const drainMs = performance.now() - started;
      const received = await bin.submissions();
      const stored = received.filter((request) => request.stored).map((request) => request.payload!.id);
      const submitted = new Set(received.map((request) => request.payload!.id));
      expect(dropped, 'nothing dropped from the queue').to.deep.equal([]);
      expect(submitted.size, 'submissions that reached the server at least once').to.equal(200);
      // When one is missing, say what happened to it: its answers, and whether it is still queued.
      const missing = [...submitted].filter((id) => !stored.includes(id));
      const queued = await queuedIds();
      const story = missing.map(
        (id) =>
          `${id}: answers ${received
            .filter((request) => request.payload!.id === id)
            .map((request) => request.status)
            .join(',')}; ${queued.includes(id) ? 'still queued' : 'not queued'}`
      );
      expect(stored, `stored after ${Math.round(performance.now() - started)} ms; ${story.join('; ')}`).to.have.length(
        200
      );
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
