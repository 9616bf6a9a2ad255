// The pages of a case in real browsers (Debian's Chromium and Firefox): the visitor's /status page,
// which needs no JavaScript, and the manager's case list and case page. Each state passes two
// accessibility engines, axe (WCAG 2.0–2.2 A and AA) and IBM Equal Access (WCAG 2.2), and the
// visitor's whole round is done with the keyboard: type the receipt and check, read the answer,
// say it did not satisfy, and see the case reopened.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { payload, startCollector, TEST_CONTACT_KEY } from '../../collector/test/helpers.mjs';
import { managerConfig } from '../../collector/test/seed.mjs';
import { contactKey } from '../../collector/dist/lib/contact-seal.js';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { accessibilityFailures } from './accessibility.mjs';

const ANSWER = '불편을 드려 죄송합니다. 담당 직원에게 응대 교육을 했습니다.';

const engines = {
  chromium: { launch: () => launchChromium(), schemes: ['light', 'dark'] },
  firefox: {
    launch: () => puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true }),
    schemes: ['light'],
  },
};

const lowWithEmail = () =>
  payload({
    rating: { value: 1, max: 5, scale: 'faces5', label: '매우 불친절해요' },
    contact: {
      email: 'citizen.kim@example.com',
      consent: { given: true, at: new Date().toISOString(), notice: 'contact-notice-v1' },
    },
  });

for (const [engine, { launch, schemes }] of Object.entries(engines))
  describe(`case pages in ${engine}`, { timeout: 180_000 }, () => {
    let collector;
    let browser;
    /** A case answered and waiting for the visitor's verdict, and one just received. */
    let answered;
    let received;
    let cookies;

    const makeCase = async () => {
      const response = await collector.post(lowWithEmail());
      assert.equal(response.status, 201);
      return response.json();
    };

    before(async () => {
      // Every page load below is a lookup; the limit itself is tested in collector/test/cases.test.mjs.
      collector = await startCollector('sqlite', {
        ...managerConfig,
        contactKeys: [contactKey(TEST_CONTACT_KEY)],
        lookupRateLimit: 1000,
      });
      answered = await makeCase();
      received = await makeCase();
      assert.equal(
        await collector.store.cases.change(answered.receipt, 'answer', {
          actor: 'manager',
          at: new Date(),
          value: ANSWER,
        }),
        'changed'
      );
      browser = await launch();
      // The manager's pages take the session of the sign-in form; a page signs in once.
      const page = await browser.newPage();
      await page.goto(`${collector.url}/admin/sign-in`);
      await page.type('#sign-in-name', managerConfig.adminUser);
      await page.type('#sign-in-password', managerConfig.adminPassword);
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.equal(new URL(page.url()).pathname, '/admin/');
      cookies = (await page.cookies()).length;
      await page.close();
    });

    after(async () => {
      await browser?.close();
      await collector?.stop();
    });

    async function open(path, { scheme = 'light', status = 200 } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.setExtraHTTPHeaders({ 'Accept-Language': 'ko-KR,ko;q=0.9' });
      if (scheme !== 'light') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const response = await page.goto(`${collector.url}${path}`);
      assert.equal(response.status(), status, path);
      return page;
    }

    const visitorPages = () => [
      ['the empty form', '/status', 200],
      ['an answer to rate', `/status?receipt=${answered.receipt}&check=${answered.check}`, 200],
      ['a case just received, in English', `/status?receipt=${received.receipt}&check=${received.check}&lang=en`, 200],
      ['an answer to rate, in Vietnamese', `/status?receipt=${answered.receipt}&check=${answered.check}&lang=vi`, 200],
      ['a wrong check', `/status?receipt=${received.receipt}&check=AAAAAAAA`, 404],
    ];
    for (const scheme of schemes) {
      it(`should pass both engines on every state of the visitor's page (${scheme})`, async () => {
        for (const [what, path, status] of visitorPages()) {
          const page = await open(path, { scheme, status });
          assert.deepEqual(await accessibilityFailures(page), [], what);
          await page.close();
        }
      });

      it(`should pass both engines on the manager's case list and case page (${scheme})`, async () => {
        assert.ok(cookies > 0, 'signed in');
        for (const path of ['/admin/cases', `/admin/cases/${answered.receipt}`, `/admin/cases/${received.receipt}`]) {
          const page = await open(path, { scheme });
          assert.notEqual(new URL(page.url()).pathname, '/admin/sign-in', `${path} needs the session`);
          assert.deepEqual(await accessibilityFailures(page), [], path);
          await page.close();
        }
      });
    }

    it('should let a visitor follow a case with the keyboard alone, and reopen it when not satisfied', async () => {
      const made = await makeCase();
      await collector.store.cases.change(made.receipt, 'answer', { actor: 'manager', at: new Date(), value: ANSWER });
      const page = await open('/status');
      await page.focus('input[name="receipt"]');
      await page.keyboard.type(made.receipt);
      await page.keyboard.press('Tab');
      await page.keyboard.type(made.check);
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.match(await page.$eval('main', (main) => main.textContent), new RegExp(ANSWER));

      await page.focus('button[value="dissatisfied"]');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      // The 303 and the page it leads to are two navigations; the notice is on the second.
      await page.waitForFunction(
        () => /만족하지 않는다고/.test(document.querySelector('.notice[role="status"]')?.textContent ?? ''),
        { timeout: 5000 }
      );
      const response = await fetch(`${collector.url}/api/receipts/${made.receipt}?check=${made.check}`);
      assert.equal((await response.json()).state, 'in-progress');
      await page.close();
      // The manager sees the reopening in the case's log.
      const managerPage = await open(`/admin/cases/${made.receipt}`);
      assert.match(await managerPage.$eval('main', (main) => main.textContent), /방문자: 불만족 \(다시 열림\)/);
      await managerPage.close();
    });
  });
