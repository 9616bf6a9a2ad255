// Page cost of the embed in headless Chromium, on a page served from loopback: start-up time of one
// and of 50 widgets, long tasks, layout shift (with the README's reserved-height rule and without),
// JS heap after load, and heap growth over 1,000 mount and unmount cycles.
import { launchChromium } from '../scripts/lib/chromium.mjs';
import { median, spawnPageServer } from './lib.mjs';

/**
 * One tab per configuration, reloaded `runs` times with the HTTP cache (and so V8's code cache)
 * off: every run parses, compiles and runs the embed afresh, as a first visit does. A fresh tab's
 * very first load also pays for starting its renderer and loading Hangul fonts; the first run
 * shows it and the median leaves it out.
 */
async function startUps(browser, url, { count, runs, reserve = true }) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport({ width: 720, height: 900 });
  const results = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${url}/bench/start?count=${count}${reserve ? '' : '&reserve=off'}`);
    await page.waitForFunction(() => window.__bench?.done, { timeout: 30_000 });
    const result = await page.evaluate(() => ({ ...window.__bench }));
    if (result.rendered !== count) throw new Error(`${result.rendered} of ${count} widgets rendered`);
    if (count === 1) {
      await page.evaluate(() => window.gc());
      result.heap = (await page.metrics()).JSHeapUsedSize;
    }
    results.push(result);
  }
  await page.close();
  return results;
}

async function mountCycles(browser, url, cycles) {
  const page = await browser.newPage();
  await page.goto(`${url}/bench/start?count=1`);
  await page.waitForFunction(() => window.__bench?.done, { timeout: 30_000 });
  const cycle = (n) =>
    page.evaluate(async (n) => {
      const box = document.getElementById('widgets');
      for (let i = 0; i < n; i++) {
        const widget = document.createElement('courtesy-feedback');
        widget.setAttribute('endpoint', '/api/feedback');
        widget.setAttribute('staff-id', `C-${i}`);
        box.append(widget);
        await widget.updateComplete;
        widget.remove();
      }
    }, n);
  const heapNow = async () => {
    await page.evaluate(() => {
      window.gc();
      window.gc();
    });
    return (await page.metrics()).JSHeapUsedSize;
  };
  await cycle(100); // warm-up: JIT, template caches
  const before = await heapNow();
  await cycle(cycles);
  const after = await heapNow();
  // A second round tells a leak (it grows again by as much) from one-off caches (it does not).
  await cycle(cycles);
  const afterSecond = await heapNow();
  await page.close();
  return { before, after, growth: after - before, secondGrowth: afterSecond - after };
}

export async function pageCost({ runs = 20 } = {}) {
  const server = await spawnPageServer();
  const browser = await launchChromium({ extraArgs: ['--js-flags=--expose-gc'] });
  try {
    const one = await startUps(browser, server.url, { count: 1, runs });
    const fifty = await startUps(browser, server.url, { count: 50, runs });
    const unreserved = await startUps(browser, server.url, { count: 1, runs: 5, reserve: false });
    const cycles = await mountCycles(browser, server.url, 1000);
    return {
      runs,
      oneMs: median(one.map((r) => r.startToReady)),
      oneFirstMs: one[0].startToReady,
      fiftyMs: median(fifty.map((r) => r.startToReady)),
      longTasksOne: one.slice(1).reduce((sum, r) => sum + r.longTasks, 0),
      longTasksFifty: fifty.slice(1).reduce((sum, r) => sum + r.longTasks, 0),
      longTasksFirst: one[0].longTasks,
      layoutShift: Math.max(...one.map((r) => r.layoutShift)),
      layoutShiftUnreserved: median(unreserved.map((r) => r.layoutShift)),
      widgetHeight: median(one.map((r) => r.contentHeight)),
      heapAfterLoad: median(one.map((r) => r.heap)),
      cycles,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await pageCost({ runs: Number(process.argv[2]) || 20 }));
}
