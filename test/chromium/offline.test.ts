import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CourtesyFeedback } from '../../src/courtesy-feedback.js';
import { clearQueue, crossOriginBin, litDevWarnings, queuedIds, recordEvents, shadow } from '../helpers.js';

/** Offline from 100 ms from now, for `ms`; the runner brings the browser back online by itself. */
const goOfflineFor = (ms: number) => executeServerCommand('go-offline', { after: 100, for: ms });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<courtesy-feedback>', () => {
  beforeEach(clearQueue);
  afterEach(async () => {
    await clearQueue();
    expect(litDevWarnings()).to.deep.equal([]);
  });

  describe('offline', () => {
    it('should keep a submission made offline and send it once when the browser is back online', async function () {
      // Offline for 2.5 s, then the flush on 'online' (retried every 5 s if the network is still settling).
      this.timeout(30_000);
      const bin = await crossOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback
          endpoint=${bin.endpoint()}
          lang="en"
          .retry=${{ attempts: 2, baseDelay: 50, maxDelay: 200, maxTotal: 2000 }}
        ></courtesy-feedback>`
      );
      const events = recordEvents(el);
      await goOfflineFor(2500);
      await waitUntil(() => !navigator.onLine, 'the browser went offline', { timeout: 3000 });
      shadow(el).radio(5).click();
      await el.updateComplete;
      expect(await el.submit()).to.equal(false);
      await el.updateComplete;
      expect(shadow(el).status().textContent).to.include('saved on this device');
      const queued = events.find((event) => event.type === 'feedback-queued')!;
      expect(queued.detail.reason).to.equal('network');
      expect(await queuedIds()).to.deep.equal([queued.detail.payload.id]);

      expect(navigator.onLine, 'still offline: the queue waits').to.equal(false);
      await waitUntil(() => navigator.onLine, 'back online', { timeout: 5000 });
      await waitUntil(async () => (await queuedIds()).length === 0, 'sent after coming back online', {
        timeout: 15_000,
      });
      await pause(100);
      const received = await bin.submissions();
      expect(received.map((request) => request.payload!.id)).to.deep.equal([queued.detail.payload.id]);
      expect(received[0].stored).to.equal(true);
      await waitUntil(() => events.some((event) => event.type === 'feedback-sent'), 'the page is told it was sent');
    });
  });
});
