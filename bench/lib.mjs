// Shared by the benchmarks: percentiles, the machine description, and a collector in its own
// process (so that the load generator does not share its event loop).
import { spawn } from 'node:child_process';
import os from 'node:os';
import { freePort } from '../scripts/lib/chromium.mjs';

export const repo = new URL('..', import.meta.url).pathname;

/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (samples) => percentile(samples, 50);

export function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Waits until `url` answers 2xx, for at most `timeoutMs`. */
export async function waitUntilUp(url, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The collector as agencies run it (`collector/dist/cli.js`), in a child process on a free
 * loopback port. `args` are its flags; logging is at warn so that the log is not what is measured.
 * `script` runs another server the same way (the bare baseline, bench/bare-fastify.mjs).
 */
export async function spawnCollector(args, env = {}, script = 'collector/dist/cli.js') {
  const port = await freePort();
  const child = spawn(process.execPath, [script, '--port', String(port), ...args], {
    cwd: repo,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}/healthz`);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** bench/server.mjs in a child process; resolves with { url, user, password, stop }. */
export function spawnPageServer(env = {}) {
  const child = spawn(process.execPath, ['bench/server.mjs'], {
    cwd: repo,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!output.includes('\n')) return;
      const info = JSON.parse(output.split('\n')[0]);
      resolve({
        ...info,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
