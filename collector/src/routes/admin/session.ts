// Signing in and out of the dashboard. A sign-in starts a new session (never one a visitor brought
// along) in a cookie only this site's own requests carry (HttpOnly, SameSite=Strict, Secure over
// TLS); signing out ends it in the database, so a copied cookie is worthless too.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { InputError } from '../../errors.js';
import { langParam } from '../../lib/language.js';
import { checkSameOrigin } from '../../lib/same-origin.js';
import { newToken, sessionCookieName, tokenHash } from '../../lib/session-token.js';
import { signInLocation } from '../../plugins/manager-auth.js';
import { pageHeaders, toHtml } from '../../views/layout.js';
import { catalogues } from '../../views/messages.js';
import { signInPage, type SignInNotice } from '../../views/sign-in-page.js';

/** A path on this collector's dashboard or manager API; anything else becomes the dashboard. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 2000) return '/admin/';
  let url: URL;
  try {
    url = new URL(next, 'http://collector.invalid');
  } catch {
    return '/admin/';
  }
  const ours = url.origin === 'http://collector.invalid' && /^\/(admin|api)\//.test(url.pathname);
  return ours && !next.startsWith('//') && !next.includes('\\') ? url.pathname + url.search : '/admin/';
}

interface SignInBody {
  name?: string;
  password?: string;
  next?: string;
}

const session: FastifyPluginAsync = async (app) => {
  const { config, store, credentials } = app;

  async function form(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    notice: SignInNotice,
    { next, name = '' }: { next: string; name?: string }
  ) {
    const page = signInPage({ messages: catalogues[request.lang], next, name, notice });
    return reply
      .code(status)
      .headers(pageHeaders)
      .send(await toHtml(page));
  }

  const noAccount = async () => (await store.accounts.list()).length === 0;

  app.get<{ Querystring: { next?: string; 'signed-out'?: string; lang?: string } }>(
    '/admin/sign-in',
    { config: { public: true } },
    async (request, reply) => {
      const next = safeNext(request.query.next);
      if (request.manager?.session) return reply.redirect(next, 303);
      if (await noAccount()) return form(request, reply, 503, { kind: 'not-configured' }, { next });
      const notice: SignInNotice =
        request.query['signed-out'] !== undefined ? { kind: 'signed-out' } : { kind: 'none' };
      return form(request, reply, 200, notice, { next });
    }
  );

  app.post<{ Body: SignInBody | undefined }>('/admin/sign-in', { config: { public: true } }, async (request, reply) => {
    // No session yet to hold a token: the browser's own word on where the form was is the check
    // against a page elsewhere signing a manager in to an account of its choosing.
    checkSameOrigin(request);
    const next = safeNext(request.body?.next);
    const name = String(request.body?.name ?? '').slice(0, 64);
    const password = String(request.body?.password ?? '');
    if (await noAccount()) return form(request, reply, 503, { kind: 'not-configured' }, { next });
    let account;
    try {
      account = await credentials.check({ name, password, address: request.ip, log: request.log });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      if (error.statusCode === 429) {
        const seconds = error.retryAfterSeconds ?? 1;
        reply.header('Retry-After', String(seconds));
        return form(request, reply, 429, { kind: 'locked', seconds }, { next, name });
      }
      return form(request, reply, 401, { kind: 'wrong' }, { next, name });
    }
    const now = new Date();
    const secure = request.protocol === 'https';
    const cookieName = sessionCookieName(secure);
    const previous = request.cookies[cookieName];
    if (previous) await store.accounts.endSession(tokenHash(previous));
    await store.accounts.endStaleSessions({
      seenAfter: new Date(now.getTime() - config.sessionIdleTimeoutMs),
      createdAfter: new Date(now.getTime() - config.sessionMaxAgeMs),
    });
    const token = newToken();
    await store.accounts.startSession({ tokenHash: tokenHash(token), name: account.name, csrf: newToken(), at: now });
    request.log.info({ event: 'signed_in', user: account.name, address: request.ip }, 'signed in');
    // No Max-Age: the cookie goes when the browser closes; the server ends the session earlier.
    reply.setCookie(cookieName, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
    return reply.redirect(next, 303);
  });

  // The session's own token is checked before this runs (plugins/csrf.ts).
  app.post('/admin/sign-out', async (request, reply) => {
    const signedIn = request.manager!;
    await store.accounts.endSession(signedIn.session!.tokenHash);
    request.log.info({ event: 'signed_out', user: signedIn.name, address: request.ip }, 'signed out');
    const secure = request.protocol === 'https';
    reply.clearCookie(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'strict', secure });
    const location = signInLocation('/admin/', langParam(request.lang));
    return reply.redirect(`${location}&signed-out`, 303);
  });
};

export default session;
