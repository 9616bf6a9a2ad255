// The smallest well-known alternative, measured in the same run: Sentry's user-feedback widget,
// bundled minimally with esbuild (minified IIFE), its bytes and its start-up in the same Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/lib/chromium.mjs';
import { sizesOf } from '../scripts/lib/sizes.mjs';
import { median, repo, spawnPageServer } from './lib.mjs';

export async function alternative({ runs = 20 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'cf-bench-alt-'));
  const outfile = join(folder, 'sentry.js');
  await build({
    entryPoints: [join(repo, 'bench/pages/sentry-entry.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile,
    logLevel: 'error',
  });
  const version = (await import('@sentry/browser/package.json', { with: { type: 'json' } })).default.version;
  const server = await spawnPageServer({ ALT_DIR: folder });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setCacheEnabled(false);
    await page.setViewport({ width: 720, height: 900 });
    const times = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${server.url}/bench/pages/sentry.html`);
      await page.waitForFunction(() => window.__bench?.done, { timeout: 30_000 });
      times.push(await page.evaluate(() => window.__bench.startToReady));
    }
    return { name: `@sentry/browser ${version} feedbackIntegration`, sizes: sizesOf(outfile), startMs: median(times) };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await alternative({ runs: Number(process.argv[2]) || 20 }));
}
