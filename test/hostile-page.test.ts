import { expect, waitUntil } from '@open-wc/testing';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { clearQueue, framedPage, sameOriginBin, shadow } from './helpers.js';

// These pages load the built embed, as an agency's page does, under the policy the README gives
// as the least a Content Security Policy must allow. The origin is written out rather than 'self':
// Firefox does not match 'self' in an iframe's srcdoc document, which these pages are.
const strictPolicy = [
  "default-src 'none'",
  `script-src ${location.origin}`,
  `style-src ${location.origin}`,
  `img-src ${location.origin}`,
  `connect-src ${location.origin}`,
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const tenWidgets = (endpoint: string) => `
  <courtesy-feedback id="first" endpoint="${endpoint}" staff-name="김민원" service="여권 발급" aspects="attitude,speed"></courtesy-feedback>
  <courtesy-feedback endpoint="${endpoint}" scale="stars5" lang="en"></courtesy-feedback>
  <courtesy-feedback endpoint="${endpoint}" scale="numbers5" lang="ja" aspects="waiting"></courtesy-feedback>
  <courtesy-feedback endpoint="${endpoint}" scale="faces3" lang="zh" comment="required"></courtesy-feedback>
  <courtesy-feedback endpoint="${endpoint}" scale="thumbs2" lang="vi"></courtesy-feedback>
  <courtesy-feedback endpoint="${endpoint}" mode="button" launcher-position="bottom-end"></courtesy-feedback>
  <courtesy-feedback endpoint="${endpoint}" contact="optional" privacy-url="/privacy"></courtesy-feedback>
  <courtesy-feedback endpoint="${endpoint}" theme="dark" complaint-url="/complaints"></courtesy-feedback>
  <courtesy-feedback endpoint="${endpoint}" pii="warn" comment="required-when-low"></courtesy-feedback>
  <courtesy-feedback endpoint="${endpoint}" mode="kiosk" kiosk-reset="60"></courtesy-feedback>`;

/** What a visitor sees of a widget: sizes and text styles of its parts, as computed. */
function looks(el: CourtesyFeedback) {
  const root = el.shadowRoot!;
  const parts = [
    '[part="base"]',
    'legend',
    '.tile',
    '.word',
    'textarea',
    'button[type="submit"]',
    '.notice',
    '.toggle label',
  ];
  return parts.map((selector) => {
    const node = root.querySelector<HTMLElement>(selector)!;
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    return {
      selector,
      width: Math.round(box.width),
      height: Math.round(box.height),
      ...Object.fromEntries(
        [
          'font-size',
          'line-height',
          'font-family',
          'font-weight',
          'font-style',
          'color',
          'text-align',
          'direction',
          'text-transform',
          'text-indent',
          'white-space',
          'cursor',
        ].map((name) => [name, style.getPropertyValue(name)])
      ),
    };
  });
}

describe('<courtesy-feedback> on a hostile page', () => {
  it('should look the same under a stylesheet that forces every inherited text property', async () => {
    const body = '<courtesy-feedback endpoint="/x" staff-name="김민원" aspects="attitude,speed"></courtesy-feedback>';
    const clean = await framedPage(body, { width: 720, height: 900 });
    const hostile = await framedPage(
      body,
      { width: 720, height: 900 },
      '<link rel="stylesheet" href="/test/fixtures/hostile.css">'
    );
    try {
      expect(getComputedStyle(hostile.el).direction, 'the stylesheet did reach the element').to.equal('rtl');
      expect(looks(hostile.el)).to.deep.equal(looks(clean.el));
    } finally {
      clean.frame.remove();
      hostile.frame.remove();
    }
  });

  it('should work under a strict CSP with Trusted Types, loaded twice, ten widgets, with no violation', async () => {
    // What other test files left queued for their own endpoints would be flushed by this page, to
    // origins its policy does not allow: a violation that is theirs, not this page's.
    await clearQueue();
    const bin = sameOriginBin();
    const page = await framedPage(
      tenWidgets(bin.endpoint()),
      { width: 720, height: 900 },
      `<meta http-equiv="Content-Security-Policy" content="${strictPolicy}">
       <link rel="stylesheet" href="/test/fixtures/hostile.css">
       <script type="module" src="/dist/courtesy-feedback.min.js"></script>
       <script src="/test/fixtures/record-violations.js"></script>`
    );
    const win = page.frame.contentWindow as Window & { violations: string[]; pageErrors: string[] };
    try {
      const widgets = Array.from(
        page.frame.contentDocument!.querySelectorAll('courtesy-feedback')
      ) as CourtesyFeedback[];
      expect(widgets).to.have.length(10);
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const widget of widgets) {
        expect(widget.shadowRoot!.querySelector('form, [part="launcher"]'), widget.outerHTML).to.not.equal(null);
      }
      const first = widgets[0];
      shadow(first).radio(5).click();
      expect(await first.submit()).to.equal(true);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.schemaErrors).to.equal(null);
      // The dialog opens too (its chunk, its styles, the top layer) under the same policy.
      await widgets[5].show();
      await waitUntil(() => widgets[5].shadowRoot!.querySelector('dialog')!.open);
      expect(win.pageErrors).to.deep.equal([]);
      expect(win.violations).to.deep.equal([]);
      // The policy is in force where the engine has Trusted Types: markup from a string is refused.
      if ('trustedTypes' in win) {
        expect(() => page.frame.contentDocument!.body.insertAdjacentHTML('beforeend', '<b>x</b>')).to.throw();
      }
    } finally {
      page.frame.remove();
    }
  });
});
