// The manager's dashboard in real browsers (Debian's Chromium and Firefox): a person signs in with
// the keyboard through its form, and out again; a session left idle ends; a form posted from another
// site is refused. It renders under its strict CSP, shows the stored figures, passes both
// accessibility engines, axe and IBM Equal Access (in light and, where the browser can emulate it, dark), works with the keyboard, fits a
// phone, and hides a comment through its own form.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startCollector } from '../../collector/test/helpers.mjs';
import { managerConfig, seeded, toPayload } from '../../collector/test/seed.mjs';
import puppeteer from 'puppeteer-core';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { accessibilityFailures } from './accessibility.mjs';

// Colour-scheme emulation needs the DevTools protocol, which only Chromium speaks.
const engines = {
  chromium: { launch: () => launchChromium(), schemes: ['light', 'dark'] },
  firefox: {
    launch: () => puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true }),
    schemes: ['light'],
  },
};

/** Types a name and a password into the sign-in form the page shows, and presses Enter. */
async function signInWithKeyboard(page, name, password) {
  assert.equal(new URL(page.url()).pathname, '/admin/sign-in', 'the sign-in form is shown');
  // The name field takes the focus itself (autofocus, which browsers apply at their next frame).
  await page.waitForFunction(() => document.activeElement?.id === 'sign-in-name', { timeout: 5000 });
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

for (const [engine, { launch, schemes }] of Object.entries(engines))
  describe(`dashboard in ${engine}`, { timeout: 120_000 }, () => {
    let collector;
    let browser;

    before(async () => {
      collector = await startCollector('sqlite', managerConfig);
      for (const row of seeded) assert.equal((await collector.post(toPayload(row))).status, 201);
      browser = await launch();
      const page = await browser.newPage();
      await page.setExtraHTTPHeaders({ 'Accept-Language': 'ko-KR,ko;q=0.9' });
      await page.goto(`${collector.url}/admin/`);
      await signInWithKeyboard(page, managerConfig.adminUser, managerConfig.adminPassword);
      assert.equal(new URL(page.url()).pathname, '/admin/');
      await page.close();
    });

    after(async () => {
      await browser?.close();
      await collector?.stop();
    });

    async function open(path, { scheme = 'light', width = 1280 } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.setExtraHTTPHeaders({ 'Accept-Language': 'ko-KR,ko;q=0.9' });
      if (scheme !== 'light') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      const response = await page.goto(`${collector.url}${path}`);
      assert.equal(response.status(), 200);
      return { page, problems };
    }

    it('should load its stylesheet under its own CSP, with no violation, and show the stored figures', async () => {
      const { page, problems } = await open('/admin/');
      assert.deepEqual(problems, []);
      const styled = await page.evaluate(() => getComputedStyle(document.body).maxWidth);
      assert.equal(styled, '1152px', 'dashboard.css applied');
      const figures = await page.$$eval('[data-figure]', (nodes) =>
        Object.fromEntries(nodes.map((node) => [node.dataset.figure, node.textContent]))
      );
      // Ratings 100, 75, 0, 100, 0: mean 55.0; two at the top, two in the lower half.
      assert.deepEqual(figures, { responses: '5', kindness: '55.0', top: '2', low: '2' });
      await page.close();
    });

    for (const scheme of schemes) {
      for (const path of ['/admin/', '/admin/?lang=en', '/admin/audit', '/admin/webhooks']) {
        it(`should pass the accessibility check: ${path} (${scheme})`, async () => {
          const { page } = await open(path, { scheme });
          assert.deepEqual(await accessibilityFailures(page), []);
          await page.close();
        });
      }
    }

    it('should start with a skip link that moves to the content', async () => {
      const { page } = await open('/admin/');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), '본문 바로가기');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
      await page.close();
    });

    it('should fit a 360 px phone screen without scrolling sideways', async () => {
      const { page } = await open('/admin/', { width: 360 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      await page.close();
    });

    it('should hide a comment with the keyboard through its form, then show it in the audit log', async () => {
      const { page } = await open('/admin/');
      const receipt = await page.$eval('#board-praise + ol article', (article) => article.dataset.receipt);
      const reasonField = `article[data-receipt="${receipt}"] input[name="reason"]`;
      await page.focus(reasonField);
      await page.keyboard.type('직원 실명과 전화번호가 들어 있음');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.match(await page.$eval('[role="status"]', (node) => node.textContent), /의견을 숨겼어요/);
      assert.equal(await page.$(`article[data-receipt="${receipt}"]`), null, 'gone from the board');

      await page.goto(`${collector.url}/admin/audit`);
      const row = await page.$eval(`tr[data-receipt="${receipt}"]`, (node) => node.textContent);
      assert.match(row, /직원 실명과 전화번호가 들어 있음/);
      assert.match(row, /끝까지 설명해 주셨어요|좋아요/);
      await page.close();
      const withEntries = await open('/admin/audit');
      assert.deepEqual(await accessibilityFailures(withEntries.page), [], 'the audit log with its restore form');
      await withEntries.page.close();
    });

    it('should say a wrong password beside the fields, pass the accessibility check, and let the person sign in', async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setExtraHTTPHeaders({ 'Accept-Language': 'ko-KR,ko;q=0.9' });
      await page.goto(`${collector.url}/admin/audit`);
      assert.deepEqual(await accessibilityFailures(page), [], 'the sign-in form');
      await signInWithKeyboard(page, managerConfig.adminUser, 'not-the-password-2026');
      assert.equal(
        await page.$eval('[role="alert"]', (node) => node.textContent),
        '아이디 또는 비밀번호가 맞지 않아요.'
      );
      // The focus is on the password again, which the refusal describes.
      await page.waitForFunction(() => document.activeElement?.id === 'sign-in-password', { timeout: 5000 });
      const focused = await page.evaluate(() => [
        document.activeElement.id,
        document.activeElement.getAttribute('aria-describedby'),
      ]);
      assert.deepEqual(focused, ['sign-in-password', 'sign-in-notice']);
      assert.deepEqual(await accessibilityFailures(page), [], 'the sign-in form after a refusal');
      await page.keyboard.type(managerConfig.adminPassword);
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.equal(new URL(page.url()).pathname, '/admin/audit', 'back where the person was going');
      await context.close();
    });

    it('should sign out with the button in the header, after which the dashboard asks to sign in again', async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setExtraHTTPHeaders({ 'Accept-Language': 'ko-KR,ko;q=0.9' });
      await page.goto(`${collector.url}/admin/`);
      await signInWithKeyboard(page, managerConfig.adminUser, managerConfig.adminPassword);
      assert.equal(new URL(page.url()).pathname, '/admin/', await page.content());
      await Promise.all([page.waitForNavigation(), page.click('form.account button')]);
      assert.equal(await page.$eval('[role="status"]', (node) => node.textContent), '로그아웃했어요.');
      const cookies = await context.cookies();
      assert.deepEqual(
        cookies.filter((cookie) => cookie.name === 'cf-session'),
        [],
        'the cookie is gone'
      );
      await page.goto(`${collector.url}/admin/`);
      assert.equal(new URL(page.url()).pathname, '/admin/sign-in');
      await context.close();
    });

    it('should end a session left idle, and send the person to sign in again', async () => {
      const idleMs = 1500;
      const brief = await startCollector('sqlite', { ...managerConfig, sessionIdleTimeoutMs: idleMs });
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.goto(`${brief.url}/admin/`);
        await signInWithKeyboard(page, managerConfig.adminUser, managerConfig.adminPassword);
        assert.equal(new URL(page.url()).pathname, '/admin/');
        // Left alone past the idle timeout: the time passing is what is under test.
        await sleep(idleMs + 500);
        await page.reload();
        assert.equal(new URL(page.url()).pathname, '/admin/sign-in');
      } finally {
        await context.close();
        await brief.stop();
      }
    });

    it('should refuse a hide form that a page on another origin makes the signed-in browser post', async () => {
      // The other origin differs by port only: the same site, so even a SameSite=Strict cookie goes
      // with its form; the token it cannot read, and the browser's Sec-Fetch-Site, refuse it.
      const target = toPayload(seeded[3]);
      assert.equal((await collector.post(target)).status, 201);
      const evil = createServer((_request, response) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(`<!doctype html><form method="post" action="${collector.url}/admin/submissions/${target.id}/hide">
          <input name="reason" value="forged"><input name="csrf" value="guessed"></form>
          <script>document.forms[0].submit()</script>`);
      });
      await new Promise((resolve) => evil.listen(0, '127.0.0.1', resolve));
      try {
        const page = await browser.newPage();
        const refused = page.waitForResponse((response) => response.url().includes('/hide'));
        await page.goto(`http://127.0.0.1:${evil.address().port}/`);
        assert.equal((await refused).status(), 403);
        await page.close();
        const audit = await collector.store.audit();
        assert.ok(!audit.some((entry) => entry.id === target.id), 'nothing hidden');
      } finally {
        await new Promise((resolve) => evil.close(resolve));
      }
    });
  });
