// The manager's dashboard in real browsers (Debian's Chromium and Firefox): it renders under its
// strict CSP, shows the stored figures, passes axe's WCAG 2.2 AA rules (in light and, where the
// browser can emulate it, dark), works with the keyboard, fits a phone, and hides a comment through
// its own form.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startCollector } from '../../collector/test/helpers.mjs';
import { managerConfig, seeded, toPayload } from '../../collector/test/seed.mjs';
import puppeteer from 'puppeteer-core';
import { launchChromium } from '../../scripts/lib/chromium.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const authorization = `Basic ${Buffer.from(`${managerConfig.adminUser}:${managerConfig.adminPassword}`).toString('base64')}`;

// Colour-scheme emulation needs the DevTools protocol, which only Chromium speaks.
const engines = {
  chromium: { launch: () => launchChromium(), schemes: ['light', 'dark'] },
  firefox: {
    launch: () => puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true }),
    schemes: ['light'],
  },
};

/**
 * axe-core's violations of WCAG 2.0–2.2 A and AA on the page, as "rule: target" lines. Evaluated
 * by the automation protocol, so the page's CSP does not apply to it.
 */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

for (const [engine, { launch, schemes }] of Object.entries(engines))
  describe(`dashboard in ${engine}`, { timeout: 120_000 }, () => {
    let collector;
    let browser;

    before(async () => {
      collector = await startCollector('sqlite', managerConfig);
      for (const row of seeded) assert.equal((await collector.post(toPayload(row))).status, 201);
      browser = await launch();
    });

    after(async () => {
      await browser?.close();
      await collector?.stop();
    });

    async function open(path, { scheme = 'light', width = 1280 } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.setExtraHTTPHeaders({ Authorization: authorization, 'Accept-Language': 'ko-KR,ko;q=0.9' });
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
      for (const path of ['/admin/', '/admin/?lang=en', '/admin/audit']) {
        it(`should pass the accessibility check: ${path} (${scheme})`, async () => {
          const { page } = await open(path, { scheme });
          assert.deepEqual(await axeViolations(page), []);
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
      assert.deepEqual(await axeViolations(withEntries.page), [], 'the audit log with its restore form');
      await withEntries.page.close();
    });
  });
