// Renders the demo pages in Debian's Chromium and saves the README's screenshots under docs/:
// light (demo.png), dark, kiosk (a tablet) and button (a phone, its dialog open). Prints the pages'
// console messages, so that CSP or Trusted Types violations show up. Needs `npm start` running.
import { launchChromium } from './lib/chromium.mjs';

const origin = process.argv[2] ?? 'http://127.0.0.1:8787';

/** Picks the best rating and types a comment in a widget, as a visitor would before sending. */
function fillIn(el) {
  Array.from(el.shadowRoot.querySelectorAll('input[type="radio"]')).at(-1).click();
  const field = el.shadowRoot.querySelector('textarea');
  field.value = '창구 직원분이 끝까지 친절하게 설명해 주셨어요.';
  field.dispatchEvent(new Event('input'));
}

const shots = [
  { out: 'docs/demo.png', path: '/', size: [720, 900], scheme: 'light', element: true },
  { out: 'docs/dark.png', path: '/', size: [720, 900], scheme: 'dark', element: true },
  { out: 'docs/kiosk.png', path: '/demo/kiosk.html', size: [1024, 768], scheme: 'light', element: false },
  { out: 'docs/button.png', path: '/demo/button.html', size: [390, 844], scheme: 'light', element: false, open: true },
];

const browser = await launchChromium();
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    page.on('console', (message) => console.log(`${shot.path} console.${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => console.log(`${shot.path} pageerror: ${error.message}`));
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.scheme }]);
    const [width, height] = shot.size;
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.goto(`${origin}${shot.path}`, { waitUntil: 'networkidle0' });
    const first = await page.$('courtesy-feedback');
    await first.evaluate((el) => el.updateComplete);
    if (shot.open) await first.evaluate((el) => el.show());
    else await first.evaluate(fillIn);
    if (shot.path === '/demo/kiosk.html') {
      await first.evaluate((el) => el.shadowRoot.querySelector('.toggle input')?.click());
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    await (shot.element ? first : page).screenshot({ path: shot.out });
    console.log(`saved ${shot.out}`);
    await page.close();
  }
} finally {
  await browser.close();
}
