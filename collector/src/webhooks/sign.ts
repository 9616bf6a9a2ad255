// Webhooks follow the Standard Webhooks specification (standardwebhooks.com), so that receivers can
// verify them with its libraries in any language: headers webhook-id, webhook-timestamp and
// webhook-signature = "v1," + base64 HMAC-SHA256 of "id.timestamp.body". During a key rotation
// several secrets sign at once, and the header carries each signature, separated by spaces, as the
// specification allows: a receiver holding either key verifies.
import { Webhook } from 'standardwebhooks';

/** The least a secret may hold: 24 random bytes (the specification recommends 24 to 64). */
export const MIN_SECRET_BYTES = 24;

/**
 * Checks one secret: `whsec_` and base64 of at least 24 bytes, or any other text of at least 32
 * characters (used as it is; a receiver then verifies with `{ format: 'raw' }`). Throws a message
 * that names it by `which` (its place), never its value.
 */
export function checkSecret(secret: string, which: string): string {
  if (secret.startsWith('whsec_')) {
    const encoded = secret.slice('whsec_'.length);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) {
      throw new Error(`${which} is not base64 after "whsec_"; make one with: echo "whsec_$(openssl rand -base64 32)"`);
    }
    const bytes = Buffer.from(encoded, 'base64').length;
    if (bytes < MIN_SECRET_BYTES) {
      throw new Error(`${which} holds ${bytes} bytes; at least ${MIN_SECRET_BYTES} random bytes are needed`);
    }
  } else if (secret.length < 32) {
    throw new Error(`${which} is ${secret.length} characters; a secret without "whsec_" needs at least 32`);
  }
  return secret;
}

/** The secrets of a `webhook-secret` setting (a comma list, the first the newest), each checked. */
export function parseWebhookSecrets(setting: string): string[] {
  return setting
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((secret, index) => checkSecret(secret, `webhook-secret (WEBHOOK_SECRET) entry ${index + 1}`));
}

/** The signer for one secret. */
export function signerFor(secret: string): Webhook {
  return secret.startsWith('whsec_') ? new Webhook(secret) : new Webhook(secret, { format: 'raw' });
}

/** The headers of one delivery attempt, signed by every signer (the newest first). */
export function signedHeaders(signers: Webhook[], id: string, body: string, now = new Date()): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': signers.map((signer) => signer.sign(id, now, body)).join(' '),
  };
}
