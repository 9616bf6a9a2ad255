// Connections that hold a place for nothing are closed in bounded time: a body sent a byte at a time
// (a slow-body attack) at the request timeout, a connection that never sends its headers at the
// headers timeout, and a kept-alive connection left idle at the keep-alive timeout.
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

  /** Opens a connection, sends `first` (if anything), and resolves with how long it stayed open and what came back. */
  function openAndWait(port, first, limitMs = 10_000) {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => first && socket.write(first));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      const limit = setTimeout(() => {
        socket.destroy();
        reject(new Error(`still open after ${limitMs} ms`));
      }, limitMs);
      socket.on('close', () => {
        clearTimeout(limit);
        resolve({ ms: Date.now() - started, answer });
      });
      socket.on('error', () => undefined);
    });
  }

  it('should close a connection that never sends its headers, and one kept alive but left idle', async () => {
    const collector = await startCollector('sqlite', { requestTimeoutMs: 2000, keepAliveTimeoutMs: 1000 });
    const port = Number(new URL(collector.url).port);
    try {
      const silent = await openAndWait(port, '');
      assert.ok(silent.ms >= 1900 && silent.ms < 5000, `a silent connection closed after ${silent.ms} ms`);
      const idle = await openAndWait(
        port,
        'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n'
      );
      assert.match(idle.answer, /^HTTP\/1\.1 200/);
      assert.match(idle.answer, /Keep-Alive: timeout=1/i, 'the client is told');
      assert.ok(idle.ms >= 900 && idle.ms < 4000, `an idle kept-alive connection closed after ${idle.ms} ms`);
    } finally {
      await collector.stop();
    }
  });
});
