// Submission latency: from the visitor's click on "send" to the row stored by the collector (its
// 201), on loopback, in headless Chromium with the built embed; then a check that every row is there.
import { launchChromium } from '../scripts/lib/chromium.mjs';
import { median, percentile, spawnPageServer } from './lib.mjs';

export async function submitLatency({ count = 200 } = {}) {
  const server = await spawnPageServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/bench/pages/submit.html`);
    await page.evaluate((n) => window.runSubmissions(n), 20); // warm-up
    const latencies = await page.evaluate((n) => window.runSubmissions(n), count);
    const auth = { Authorization: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}` };
    const stats = await (await fetch(`${server.url}/api/stats?by=channel`, { headers: auth })).json();
    if (stats.totals.responses !== count + 20) {
      throw new Error(`${stats.totals.responses} rows stored for ${count + 20} submissions`);
    }
    return { count, medianMs: median(latencies), p99Ms: percentile(latencies, 99), stored: stats.totals.responses };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await submitLatency({ count: Number(process.argv[2]) || 200 }));
}
