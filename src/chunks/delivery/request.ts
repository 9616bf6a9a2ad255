import type { FormConfig } from '../../config.js';
import type { FeedbackPayload } from '../../payload.js';
import { encodeBody, mediaTypes } from './encode.js';
import type { SendRequest } from './send.js';

/** Turns a payload into the request body; see the element's `transform` property. */
export type PayloadTransform = (payload: FeedbackPayload) => unknown;

function isBodyInit(value: unknown): value is BodyInit {
  return (
    typeof value === 'string' ||
    value instanceof Blob ||
    value instanceof FormData ||
    value instanceof URLSearchParams ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value)
  );
}

/**
 * The request for one attempt. The payload id goes in `Idempotency-Key`, except where that header
 * alone would turn a preflight-free cross-origin request (`text` or `form`) into one with a CORS
 * preflight: there the id still travels in the body, which is what the collector deduplicates on.
 */
export function buildRequest(
  payload: FeedbackPayload,
  config: FormConfig,
  pageOrigin: string,
  hostHeaders: Record<string, string> | undefined,
  transform: PayloadTransform | undefined
): SendRequest {
  const transformed = transform ? transform(payload) : payload;
  const rawBody = isBodyInit(transformed);
  const headers: Record<string, string> = {};
  // FormData and Blob bodies carry their own type (a multipart boundary); setting one would break them.
  if (!(transformed instanceof FormData || transformed instanceof Blob || transformed instanceof URLSearchParams)) {
    headers['Content-Type'] = mediaTypes[config.contentType];
  }
  Object.assign(headers, hostHeaders);
  const preflightAnyway =
    config.contentType === 'json' || config.endpoint.origin === pageOrigin || Object.keys(hostHeaders ?? {}).length > 0;
  if (preflightAnyway) headers['Idempotency-Key'] = payload.id;
  return {
    url: config.endpoint.href,
    method: config.method,
    credentials: config.credentials,
    headers,
    body: rawBody ? transformed : encodeBody(transformed as object, config.contentType),
    timeout: config.timeout,
  };
}
