// Renders a manager's day with cases in Debian's Chromium and saves the screenshots under docs/:
// the case list with what is due and overdue and the handling figures (cases.png), one case's page
// (case.png), and the visitor's no-JavaScript status page (status.png). It starts a collector of
// its own on a temporary SQLite file, with a clock set ten days back so that some cases are late,
// and seeds them through the public API and the dashboard's own forms, as a visitor and a manager
// would. Needs `npm run build --workspace collector` first.
import { launchChromium } from './lib/chromium.mjs';
import { payload, postForm, signIn, startCollector, TEST_CONTACT_KEY } from '../collector/test/helpers.mjs';
import { managerConfig } from '../collector/test/seed.mjs';
import { contactKey } from '../collector/dist/lib/contact-seal.js';

const DAY = 24 * 60 * 60 * 1000;
const clock = { at: new Date(Date.now() - 10 * DAY) };
const collector = await startCollector(
  'sqlite',
  { ...managerConfig, contactKeys: [contactKey(TEST_CONTACT_KEY)] },
  { now: () => clock.at }
);

const low = (department, value, comment, contact) =>
  payload({
    rating: { value, max: 5, scale: 'faces5', label: value === 1 ? '매우 불친절해요' : '불친절해요' },
    comment,
    subject: { service: '민원 상담', department, channel: 'visit' },
    contact: contact && {
      ...contact,
      consent: { given: true, at: clock.at.toISOString(), notice: 'contact-notice-v1' },
    },
  });

const seeds = [
  {
    day: 0,
    body: low('민원여권과', 1, '설명 없이 다른 창구로 보냈어요', { email: 'citizen.kim@example.com' }),
    steps: ['acknowledge', 'assign', 'answer'],
    satisfied: true,
  },
  {
    day: 1,
    body: low('민원여권과', 2, '대기 안내가 없었어요', { phone: '010-2345-6789' }),
    steps: ['acknowledge', 'assign', 'answer'],
    satisfied: false,
  },
  { day: 2, body: low('세무과', 1, '전화를 중간에 끊으셨어요', { email: 'lee@example.com' }), steps: ['acknowledge'] },
  { day: 3, body: low('세무과', 2, '서류를 두 번 냈어요', null), steps: ['acknowledge', 'assign', 'answer', 'close'] },
  { day: 7, body: low('건축과', 2, '담당자가 자리에 없었어요', { email: 'park@example.com' }), steps: [] },
  { day: 9, body: low('민원여권과', 1, '번호표가 두 번 불렸어요', null), steps: [] },
];

const session = await signIn(collector.url, managerConfig.adminUser, managerConfig.adminPassword);
let shown;
for (const seed of seeds) {
  clock.at = new Date(Date.now() - (10 - seed.day) * DAY);
  const sent = await (await collector.post(seed.body)).json();
  for (const step of seed.steps) {
    clock.at = new Date(clock.at.getTime() + DAY / 3);
    const fields =
      step === 'assign'
        ? { value: '김담당 (민원여권과)' }
        : step === 'answer'
          ? { value: '불편을 드려 죄송합니다. 다음 주부터 대기 순서를 화면과 방송으로 함께 안내합니다.' }
          : {};
    const response = await postForm(collector.url, `/admin/cases/${sent.receipt}/${step}`, session, fields);
    if (response.status !== 303) throw new Error(`${step} answered ${response.status}`);
  }
  if (seed.satisfied !== undefined) {
    await fetch(`${collector.url}/api/receipts/${sent.receipt}/satisfaction`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ check: sent.check, satisfied: seed.satisfied }),
    });
  }
  shown ??= sent;
}
clock.at = new Date();

const shots = [
  { out: 'docs/cases.png', path: '/admin/cases', size: [1280, 900], signedIn: true },
  { out: 'docs/case.png', path: `/admin/cases/${shown.receipt}`, size: [1024, 900], signedIn: true },
  { out: 'docs/status.png', path: `/status?receipt=${shown.receipt}&check=${shown.check}`, size: [480, 800] },
];

const browser = await launchChromium();
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    page.on('console', (message) => console.log(`${shot.path} console.${message.type()}: ${message.text()}`));
    const [width, height] = shot.size;
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'ko-KR,ko' });
    if (shot.signedIn) {
      const [name, value] = session.headers.Cookie.split('=');
      await page.setCookie({ name, value, url: collector.url });
    }
    await page.goto(`${collector.url}${shot.path}`, { waitUntil: 'networkidle0' });
    await page.screenshot({ path: shot.out, fullPage: true });
    console.log(`saved ${shot.out}`);
    await page.close();
  }
} finally {
  await browser.close();
  await collector.stop();
}
