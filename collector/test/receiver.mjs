// A webhook receiver for the tests, on 127.0.0.1: records every request, and answers with the
// status (and headers) its `answer` function gives (200 by default), so a test can play an outage.
import { createServer } from 'node:http';

export async function startReceiver({ port = 0 } = {}) {
  const received = [];
  let answer = () => 200;
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const entry = {
        path: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      received.push(entry);
      // `answer` gives a status, or [status, headers].
      const [status, headers] = [answer(entry, received.length)].flat();
      response.writeHead(status, headers).end();
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    received,
    answerWith(fn) {
      answer = fn;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Resolves when `check()` is true; fails after `timeoutMs`, saying what it waited for. */
export async function waitFor(check, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
