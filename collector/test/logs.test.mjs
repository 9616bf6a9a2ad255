// Personal data stays out of the logs (PIPA: collect little, spread it nowhere): at the most
// talkative level, the log of an accepted submission, a refused one and one the database could not
// store holds neither the comment nor the contact details nor the manager's password.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { buildApp } from '../dist/app.js';
import { defaults } from '../dist/config.js';
import { openStore } from '../dist/db/open.js';
import { payload } from './helpers.mjs';

describe('log lines', () => {
  it('should never carry a comment, a contact detail or a password', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cf-logs-'));
    const lines = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const store = await openStore(join(folder, 'feedback.sqlite'));
    const config = { ...defaults, port: 0, adminUser: 'manager', adminPassword: '비밀번호는-로그에-없다-2026' };
    const app = await buildApp({ store, config, logger: { level: 'trace', stream } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${app.server.address().port}`;
    const secretComment = '민원여권과 김민원 주무관님 010-1234-5678 친절했어요';
    const contact = {
      name: '홍길동',
      email: 'hong.gildong@example.kr',
      consent: { given: true, at: new Date().toISOString(), notice: 'v1' },
    };
    const send = (body) =>
      fetch(`${url}/api/feedback`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    try {
      assert.equal((await send(payload({ comment: secretComment, contact }))).status, 201);
      assert.equal((await send(payload({ comment: secretComment, contact, rating: 'five' }))).status, 400);
      const auth = `Basic ${Buffer.from(`manager:${config.adminPassword}`).toString('base64')}`;
      assert.equal((await fetch(`${url}/api/stats`, { headers: { Authorization: auth } })).status, 200);
      await store.close();
      assert.equal((await send(payload({ comment: secretComment, contact }))).status, 503);
    } finally {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    }
    const log = lines.join('');
    assert.ok(lines.length >= 6, 'the requests were logged');
    assert.match(log, /submission not stored/);
    for (const secret of [secretComment, '김민원', '010-1234-5678', '홍길동', contact.email, config.adminPassword]) {
      assert.ok(!log.includes(secret), `"${secret}" is not in the log`);
    }
  });
});
