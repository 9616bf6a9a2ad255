// Webhooks follow the Standard Webhooks specification (standardwebhooks.com), so that receivers can
// verify them with its libraries in any language: headers webhook-id, webhook-timestamp and
// webhook-signature = "v1," + base64 HMAC-SHA256 of "id.timestamp.body".
import { Webhook } from 'standardwebhooks';

/**
 * The signer for a secret: a `whsec_…` secret is the specification's base64 form; any other text is
 * used as it is (a receiver then verifies with `{ format: 'raw' }`).
 */
export function signerFor(secret: string): Webhook {
  return secret.startsWith('whsec_') ? new Webhook(secret) : new Webhook(secret, { format: 'raw' });
}

/** The headers of one delivery attempt. */
export function signedHeaders(signer: Webhook, id: string, body: string, now = new Date()): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': signer.sign(id, now, body),
  };
}
