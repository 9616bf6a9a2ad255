// The main job end to end: the server `npm start` runs (collector + demo pages, SQLite), the built
// widget on the demo page in Chromium, a visitor's rating, and the row in the manager's CSV export,
// stats and dashboard.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, launchChromium } from '../../scripts/lib/chromium.mjs';

const repo = new URL('../..', import.meta.url).pathname;

describe('npm start', { timeout: 120_000 }, () => {
  let child;
  let origin;
  let credentials;
  let folder;
  let browser;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cf-start-'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: repo,
      env: { ...process.env, PORT: String(port), DATABASE_URL: join(folder, 'feedback.sqlite') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /user "([^"]+)", password "([^"]+)"/.exec(output);
        if (match) {
          clearTimeout(timer);
          credentials = Buffer.from(`${match[1]}:${match[2]}`).toString('base64');
          resolve();
        }
      });
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    child?.kill();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('should store a rating made on the demo page and list it in the manager export', async () => {
    const page = await browser.newPage();
    const violations = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.querySelector('courtesy-feedback')?.shadowRoot?.querySelector('input'));
    const receipt = await page.evaluate(async () => {
      const widget = document.querySelector('courtesy-feedback');
      widget.shadowRoot.querySelector('input[value="4"]').click();
      const field = widget.shadowRoot.querySelector('textarea');
      field.value = '끝까지 친절하게 안내해 주셨어요';
      field.dispatchEvent(new Event('input'));
      const sent = new Promise((resolve) =>
        widget.addEventListener('feedback-sent', (event) => resolve(event.detail.receipt))
      );
      await widget.submit();
      return sent;
    });
    assert.match(receipt, /^CF-\d{8}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.deepEqual(violations, [], 'no CSP or Trusted Types violation');

    const response = await fetch(`${origin}/api/export.csv`, { headers: { Authorization: `Basic ${credentials}` } });
    const csv = await response.text();
    const line = csv.split('\r\n').find((row) => row.startsWith(receipt));
    assert.ok(line, 'the receipt is in the export');
    assert.match(line, /끝까지 친절하게 안내해 주셨어요/);
    assert.match(line, /민원여권과/);
    const stats = await (
      await fetch(`${origin}/api/stats?by=staff`, { headers: { Authorization: `Basic ${credentials}` } })
    ).json();
    assert.deepEqual(
      stats.groups.map((group) => [group.key, group.label, group.responses, group.kindness]),
      [['A-102', '김민원', 1, 75]]
    );

    // The manager signs in to the dashboard: the rating is counted and the comment is on the board.
    const [user, password] = Buffer.from(credentials, 'base64').toString().split(':');
    await page.goto(`${origin}/admin/`);
    await page.type('#sign-in-name', user);
    await page.type('#sign-in-password', password);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(await page.$eval('[data-figure="responses"]', (node) => node.textContent), '1');
    assert.equal(await page.$eval('[data-figure="kindness"]', (node) => node.textContent), '75.0');
    const comment = await page.$eval(`article[data-receipt="${receipt}"] .comment`, (node) => node.textContent);
    assert.equal(comment, '끝까지 친절하게 안내해 주셨어요');
    await page.close();
  });
});
