// Debian's Chromium as this machine can run it (as root, no network but loopback), for the test
// runner, the node tests and the screenshot script alike; and a free loopback port.
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** `extraArgs`, e.g. `--js-flags=--expose-gc` for the benchmarks. */
export function launchChromium({ extraArgs = [] } = {}) {
  return puppeteer.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
