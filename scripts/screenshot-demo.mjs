// Renders the demo page in Debian's Chromium and saves docs/demo.png for the README; prints the
// page's console messages so that CSP or Trusted Types violations show up. Needs `npm start` running.
import { launchChromium } from './lib/chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8787/';
const out = process.argv[3] ?? 'docs/demo.png';
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
  await page.setViewport({ width: 720, height: 900, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(() => customElements.whenDefined('courtesy-feedback'));
  const first = await page.$('courtesy-feedback');
  await first.evaluate((el) => {
    el.shadowRoot.querySelector('input[value="5"]').click();
    const field = el.shadowRoot.querySelector('textarea');
    field.value = '창구 직원분이 끝까지 친절하게 설명해 주셨어요.';
    field.dispatchEvent(new Event('input'));
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await first.screenshot({ path: out });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
