// A client that sends its body a byte at a time (a slow-body attack, which holds a connection for
// nothing) is cut off at the request timeout, not kept for minutes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { startCollector } from './helpers.mjs';

describe('request timeout', () => {
  it('should close a connection whose body trickles in, at the request timeout', async () => {
    const collector = await startCollector('sqlite', { requestTimeoutMs: 2000 });
    const { port } = new URL(collector.url);
    try {
      const started = Date.now();
      const closedAfter = await new Promise((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            'POST /api/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{'
          );
        });
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk));
        // One byte every 500 ms: each one alone would reset an idle timer, never the request's.
        const drip = setInterval(() => socket.write(' '), 500);
        const limit = setTimeout(() => {
          clearInterval(drip);
          socket.destroy();
          reject(new Error('still open after 10 s'));
        }, 10_000);
        socket.on('close', () => {
          clearInterval(drip);
          clearTimeout(limit);
          resolve({ ms: Date.now() - started, answer });
        });
        socket.on('error', () => undefined);
      });
      assert.ok(closedAfter.ms >= 1900, `closed after ${closedAfter.ms} ms, not before the timeout`);
      assert.ok(closedAfter.ms < 5000, `closed after ${closedAfter.ms} ms`);
      assert.match(closedAfter.answer, /^HTTP\/1\.1 408/, 'told why');
    } finally {
      await collector.stop();
    }
  });
});
