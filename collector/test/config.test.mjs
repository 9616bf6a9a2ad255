import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaults, readConfig } from '../dist/config.js';
import { newReceipt, receiptPattern } from '../dist/lib/receipt.js';

describe('configuration', () => {
  it('should use the documented defaults, then environment variables, then flags', () => {
    assert.deepEqual(readConfig([], {}), defaults);
    const fromEnv = readConfig([], {
      PORT: '9000',
      DATABASE_URL: 'postgres://x/y',
      ALLOWED_ORIGINS: 'https://a.go.kr, https://b.go.kr',
    });
    assert.equal(fromEnv.port, 9000);
    assert.equal(fromEnv.databaseUrl, 'postgres://x/y');
    assert.deepEqual(fromEnv.allowedOrigins, ['https://a.go.kr', 'https://b.go.kr']);
    assert.equal(readConfig(['--port', '9100'], { PORT: '9000' }).port, 9100);
  });

  it('should refuse bad values with a message naming the setting', () => {
    assert.throws(() => readConfig(['--port', 'eighty'], {}), /port must be a positive whole number/);
    assert.throws(() => readConfig([], { RATE_LIMIT: '-1' }), /rate-limit/);
    assert.throws(() => readConfig(['--colour', 'blue'], {}), /Unknown option/);
    assert.throws(() => readConfig(['--time-zone', 'Mars/Olympus'], {}), /time-zone must be an IANA time zone/);
    assert.throws(() => readConfig([], { PRAISE_WEBHOOKS: 'ftp://x.go.kr/hook' }), /praise-webhooks must be/);
  });

  it('should read webhook settings, and never send them unsigned', () => {
    const config = readConfig(
      ['--praise-webhooks', 'https://a.go.kr/praise, https://b.go.kr/praise', '--webhook-timeout', '3'],
      { LOW_RATING_WEBHOOKS: 'https://a.go.kr/low', WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }
    );
    assert.deepEqual(config.praiseWebhooks, ['https://a.go.kr/praise', 'https://b.go.kr/praise']);
    assert.deepEqual(config.lowRatingWebhooks, ['https://a.go.kr/low']);
    assert.equal(config.webhookTimeoutMs, 3000);
    assert.throws(() => readConfig(['--praise-webhooks', 'https://a.go.kr/praise'], {}), /webhook-secret/);
    assert.throws(
      () => readConfig(['--praise-webhooks', 'https://a.go.kr/praise', '--webhook-secret', 'short'], {}),
      /entry 1 is 5 characters; a secret without "whsec_" needs at least 32/
    );
    const hook = ['--praise-webhooks', 'https://a.go.kr/praise', '--webhook-secret'];
    assert.throws(() => readConfig([...hook, 'whsec_AAAAAAAAAAA='], {}), /entry 1 holds 8 bytes; at least 24/);
    assert.throws(
      () => readConfig([...hook, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw,whsec_not*base64!'], {}),
      (error) => /entry 2 is not base64/.test(error.message) && !error.message.includes('not*base64'),
      'a bad entry is named by its place, never shown'
    );
    assert.equal(readConfig(['--time-zone', 'Europe/London'], {}).timeZone, 'Europe/London');
  });

  it('should take a secret of its own after a receiver URL, and need the shared one only for the others', () => {
    const own = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const next = 'whsec_Zm9yIHRoZSBuZXh0IHJvdGF0aW9uIG9mIGtleXM=';
    const config = readConfig(['--praise-webhooks', `https://a.go.kr/praise ${own} ${next}`], {});
    assert.deepEqual(config.praiseWebhooks, ['https://a.go.kr/praise']);
    assert.deepEqual(config.receiverSecrets, { 'https://a.go.kr/praise': [own, next] });
    assert.throws(
      () => readConfig(['--praise-webhooks', `https://a.go.kr/praise ${own}, https://b.go.kr/praise`], {}),
      /webhook-secret \(WEBHOOK_SECRET\) is required when a webhook has no secret of its own/
    );
    assert.throws(
      () =>
        readConfig(['--low-rating-webhooks', `https://a.go.kr/low ${own}, https://b.go.kr/low whsec_AAAAAAAAAAA=`], {}),
      (error) =>
        /low-rating-webhooks entry 2, secret 1 holds 8 bytes/.test(error.message) && !error.message.includes('AAAA')
    );
  });

  it('should make receipts that read well over the phone', () => {
    const receipt = newReceipt(new Date('2026-11-22T09:30:00Z'));
    assert.match(receipt, receiptPattern);
    assert.ok(receipt.startsWith('CF-20261122-'));
    assert.doesNotMatch(receipt.slice(12), /[ILOU]/);
    // 23:30 UTC is 08:30 the next morning in Seoul: the visitor's day.
    assert.ok(newReceipt(new Date('2026-11-21T23:30:00Z'), 'Asia/Seoul').startsWith('CF-20261122-'));
  });
});
