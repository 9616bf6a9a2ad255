import { expect, waitUntil } from '@open-wc/testing';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { en } from '../src/chunks/i18n/en.js';
import { ko } from '../src/i18n/ko.js';
import { crossOriginBin, recorderInfo, type Bin } from './helpers.js';

// The built embed as agencies deploy it: from a CDN on another origin (the recorder's, which serves
// dist/ under /cdn/), with each kind of script tag, and with the CDN misconfigured, failing or
// unreachable. Every page is an iframe of this origin, so they share this page's storage as the
// tabs of one site do.

type CdnBehaviour = 'cors' | 'nocors' | 'missing' | 'hang';

interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  widget(selector?: string): CourtesyFeedback;
  /** Events that reached the page's document, in order: `type`, and for errors `reason/part`. */
  events: string[];
  /**
   * How late a 20 ms timer was since the last `resetStall()`, which is how long a click would have
   * waited: the 99th percentile and the worst.
   */
  stalls(): { p99: number; worst: number };
  resetStall(): void;
}

async function cdnUrl(bin: Bin, behaviour: CdnBehaviour, file = 'courtesy-feedback.min.js') {
  return `${(await recorderInfo()).crossOrigin}/cdn/${bin.id}/${behaviour}/${file}`;
}

async function cdnRequests(bin: Bin): Promise<string[]> {
  const response = await fetch(`${(await recorderInfo()).crossOrigin}/cdn/${bin.id}/log`, { cache: 'no-store' });
  return (await response.json()) as string[];
}

async function network(bin: Bin, state: 'down' | 'up') {
  await fetch(`${bin.origin}/bin/${bin.id}/${state}`, { cache: 'no-store' });
}

/** A page of this origin that loads the embed with `scriptTag` and shows `body`. */
async function openPage(scriptTag: string, body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:480px;height:900px;border:0;display:block';
  // Events are recorded from the page's first moment, and a timer measures how long it stalls.
  frame.srcdoc = `<!doctype html><html lang="ko"><head>
    <script>
      window.events = [];
      for (const type of ['feedback-submit', 'feedback-sent', 'feedback-queued', 'feedback-error', 'feedback-dropped'])
        document.addEventListener(type, (event) => events.push(type + (event.detail.reason ? ':' + event.detail.reason : '') + (event.detail.part ? '/' + event.detail.part : '')));
      window.lateness = [];
      let last = performance.now();
      setInterval(() => { const now = performance.now(); lateness.push(Math.max(0, now - last - 20)); last = now; }, 20);
    </script>
    ${scriptTag}</head><body>${body}</body></html>`;
  document.body.append(frame);
  // Not the frame's load event: Firefox and WebKit hold it while a chunk request hangs.
  type PageWindow = Window & typeof globalThis & { events?: string[]; lateness: number[] };
  await waitUntil(
    () => {
      const candidate = frame.contentWindow as PageWindow | null;
      // Parsed (the widgets are in the document), defined, and recording.
      return (
        candidate?.events &&
        candidate.document.readyState !== 'loading' &&
        candidate.customElements.get('courtesy-feedback')
      );
    },
    'the embed did not define the element',
    { timeout: 10_000 }
  );
  const win = frame.contentWindow as PageWindow & { events: string[] };
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    widget: (selector = 'courtesy-feedback') => frame.contentDocument!.querySelector(selector) as CourtesyFeedback,
    events: win.events,
    stalls: () => {
      const sorted = [...win.lateness].sort((a, b) => a - b);
      return { p99: sorted[Math.floor(sorted.length * 0.99)] ?? 0, worst: sorted.at(-1) ?? 0 };
    },
    resetStall: () => void (win.lateness.length = 0),
  };
}

function text(el: Element, selector: string): string {
  return el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Picks a rating as a visitor would (the radio's label), then presses send. */
function rateAndSend(el: CourtesyFeedback, value = 5) {
  el.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="rating-${value}"]`)!.click();
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

function typeComment(el: CourtesyFeedback, comment: string) {
  const field = el.shadowRoot!.querySelector('textarea')!;
  field.value = comment;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
}

const outboxKey = 'courtesy-feedback:outbox';

describe('the embed from a CDN', () => {
  beforeEach(() => localStorage.removeItem(outboxKey));
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    // What the failure tests leave kept is theirs alone; the next test file starts with none.
    localStorage.removeItem(outboxKey);
  });

  it('should render, send and store once from every kind of script tag, same origin or a CDN with CORS', async () => {
    const bin = await crossOriginBin();
    const cdn = await cdnUrl(bin, 'cors');
    const ways = {
      'classic, CDN, no crossorigin': `<script src="${cdn}"></script>`,
      'classic, CDN, crossorigin': `<script src="${cdn}" crossorigin="anonymous"></script>`,
      'module, CDN': `<script type="module" src="${cdn}"></script>`,
      'classic, same origin': `<script src="/dist/courtesy-feedback.min.js"></script>`,
      'module, same origin': `<script type="module" src="/dist/courtesy-feedback.min.js"></script>`,
    };
    const results: Record<string, string> = {};
    await Promise.all(
      Object.entries(ways).map(async ([way, tag]) => {
        const page = await openPage(
          tag,
          `<courtesy-feedback endpoint="${bin.endpoint()}" lang="en"></courtesy-feedback>`
        );
        const el = page.widget();
        el.metadata = { way };
        el.minFillTime = 0;
        // English is a chunk: it arriving shows that the chunks load from this script tag.
        await waitUntil(() => text(el, 'button[type="submit"]') === en.submit, `${way}: English never came`, {
          timeout: 10_000,
        });
        typeComment(el, 'Call me on 010-1234-5678 please');
        rateAndSend(el);
        // The event fires first; the thank-you follows in the next render.
        await waitUntil(() => text(el, '.status').includes(en.sent), `${way}: not sent (${page.events})`, {
          timeout: 10_000,
        });
        results[way] = page.events.join(', ');
      })
    );
    const stored = (await bin.waitForSubmissions(5)).filter((request) => request.stored);
    expect(stored.map((request) => request.payload!.metadata.way).sort()).to.deep.equal(Object.keys(ways).sort());
    for (const request of stored) {
      expect(request.schemaErrors).to.equal(null);
      expect(request.payload!.comment).not.to.contain('1234-5678');
      expect(request.payload!.piiMasked).to.equal(true);
    }
    for (const events of Object.values(results)) expect(events).to.equal('feedback-submit, feedback-sent');
    // The chunks came from the CDN, beside the script, not from this page's origin.
    const fromCdn = await cdnRequests(bin);
    expect(fromCdn.some((path) => path.startsWith('courtesy-feedback-delivery-'))).to.equal(true);
    expect(fromCdn.some((path) => path.startsWith('courtesy-feedback-en-'))).to.equal(true);
  });

  it('should keep a comment typed offline before any chunk came, and deliver it once, masked, when the site is opened again', async function () {
    this.timeout(60_000);
    const bin = await crossOriginBin();
    const endpoint = bin.endpoint();
    const tag = `<script src="${await cdnUrl(bin, 'cors')}"></script>`;
    await network(bin, 'down');
    const offline = await openPage(tag, `<courtesy-feedback endpoint="${endpoint}"></courtesy-feedback>`);
    const el = offline.widget();
    el.minFillTime = 0;
    await waitUntil(() => el.shadowRoot?.querySelector('textarea'), 'no form offline');
    typeComment(el, '제 번호는 010-1234-5678 이에요. 친절하셨어요');
    rateAndSend(el);
    // On the device at once, before any chunk could arrive: the press itself wrote it.
    const written = JSON.parse(localStorage.getItem(outboxKey) ?? '[]') as { payload: { comment: string } }[];
    expect(written).to.have.length(1);
    await waitUntil(() => text(el, '.status').includes(ko.queued), `not kept: "${text(el, '.status')}"`, {
      timeout: 30_000,
    });
    expect(offline.events).to.deep.equal(['feedback-submit', 'feedback-queued:network']);
    expect(await bin.submissions()).to.have.length(0);

    // The tab is closed; later the site is opened again, online.
    offline.frame.remove();
    await network(bin, 'up');
    const online = await openPage(tag, `<courtesy-feedback endpoint="${endpoint}"></courtesy-feedback>`);
    await waitUntil(() => online.events.includes('feedback-sent'), `not delivered: ${online.events}`, {
      timeout: 15_000,
    });
    const [request, ...more] = await bin.waitForSubmissions(1);
    expect(more).to.have.length(0);
    expect(request.stored).to.equal(true);
    expect(request.schemaErrors).to.equal(null);
    expect(request.payload!.comment).not.to.contain('1234-5678');
    expect(request.payload!.comment).to.contain('친절하셨어요');
    expect(request.payload!.piiMasked).to.equal(true);
    expect(localStorage.getItem(outboxKey)).to.equal(null);
  });

  for (const behaviour of ['missing', 'nocors', 'hang'] as const) {
    it(`should stay usable and tell the truth when every chunk is ${behaviour === 'nocors' ? 'served without CORS' : behaviour === 'missing' ? 'a 404' : 'never answered'}`, async function () {
      this.timeout(90_000);
      const bin = await crossOriginBin();
      const endpoint = bin.endpoint();
      const page = await openPage(
        `<script src="${await cdnUrl(bin, behaviour)}"></script>`,
        `<courtesy-feedback id="inline" endpoint="${endpoint}" comment="optional"></courtesy-feedback>
         <courtesy-feedback id="button" endpoint="${endpoint}" mode="button"></courtesy-feedback>
         <courtesy-feedback id="kiosk" endpoint="${endpoint}" mode="kiosk"></courtesy-feedback>
         <courtesy-feedback id="contact" endpoint="${endpoint}" contact="optional"></courtesy-feedback>
         <courtesy-feedback id="english" endpoint="${endpoint}" lang="en"></courtesy-feedback>`
      );
      const inline = page.widget('#inline');
      inline.minFillTime = 0;
      // No empty box: the launcher is there at once, and the English form shows Korean within seconds.
      await waitUntil(() => text(page.widget('#button'), '[part="launcher"]') === ko.launcher, 'no launcher');
      await waitUntil(
        () => text(page.widget('#english'), 'button[type="submit"]') === ko.submit,
        'no form for the English widget',
        { timeout: 5000 }
      );
      await waitUntil(() => inline.shadowRoot?.querySelector('textarea'), 'no inline form');
      // The launcher opens the form in the page, where the dialog could not come.
      const button = page.widget('#button');
      button.shadowRoot!.querySelector<HTMLButtonElement>('[part="launcher"]')!.click();
      await waitUntil(() => button.shadowRoot!.querySelector('form'), 'the launcher opened nothing');
      typeComment(inline, '전화 010-1234-5678');
      rateAndSend(inline);
      await waitUntil(() => text(inline, '.status') !== '', 'the send did not start');
      // From here on, while the chunks fail and are retried, the page must answer at once.
      page.resetStall();
      await waitUntil(() => text(inline, '.status').includes(ko.queuedLoad), `inline: "${text(inline, '.status')}"`, {
        timeout: 40_000,
      });
      await waitUntil(
        () =>
          ['dialog', 'kiosk', 'contact', 'messages'].every((part) =>
            page.events.includes(`feedback-error:load/${part}`)
          ),
        `not every failed part was reported: ${page.events}`,
        { timeout: 40_000 }
      );
      expect(page.events).to.include('feedback-queued:load');
      expect(page.events.filter((event) => event.startsWith('feedback-sent'))).to.deep.equal([]);
      // Bounded: three tries of a chunk and the two requests of its diagnosis, then it is left alone.
      const chunkRequests = (await cdnRequests(bin)).filter((path) => !path.startsWith('courtesy-feedback.min.js'));
      const perChunk = new Map<string, number>();
      for (const path of chunkRequests) {
        const name = path.replace(/\?.*$/, '');
        perChunk.set(name, (perChunk.get(name) ?? 0) + 1);
      }
      expect(Math.max(...perChunk.values())).to.be.at.most(5);
      // A loop (the old behaviour: a request per render, 250 a second) keeps the page busy throughout,
      // which the 99th percentile catches: under 200 ms a click still feels answered (INP's "good").
      // One pause alone says less on a loaded 2-core machine: garbage collection or the scheduler
      // gave WebKit's dev mode a single 416 ms beside a busy process (CI, stop 29), so the worst is
      // held only to what no pause of the machine explains, a frozen second.
      const { p99, worst } = page.stalls();
      expect(p99, 'the 99th percentile of how long the page took to answer').to.be.below(200);
      expect(worst, 'the longest the page took to answer').to.be.below(1000);
      expect(await bin.submissions()).to.have.length(0);
      // Kept on the device, the comment as typed: it is masked when it leaves.
      expect(JSON.parse(localStorage.getItem(outboxKey) ?? '[]')).to.have.length(1);
    });
  }
});
