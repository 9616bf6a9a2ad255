// Where a state-changing request came from, as the browser says it: the first check against a page
// elsewhere posting a form here (CSRF); the session's token (plugins/csrf.ts) is the second.
import type { FastifyRequest } from 'fastify';
import { InputError } from '../errors.js';

/**
 * Sec-Fetch-Site when the browser sends it, else Origin (which is "null" under some referrer
 * policies, and refused then). A client that sends neither is not a browser, and CSRF needs one.
 */
export function checkSameOrigin(request: FastifyRequest): void {
  const refuse = (field: string): never => {
    throw new InputError(403, 'forbidden', field, 'Manager actions are accepted only from the dashboard itself.');
  };
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) {
    if (site !== 'same-origin') refuse('Sec-Fetch-Site');
    return;
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    refuse('Origin');
  }
  if (host !== request.headers.host) refuse('Origin');
}
