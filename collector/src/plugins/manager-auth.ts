// Who is asking, in the manager scope. The dashboard's pages know a person by the session cookie
// its sign-in form set; the manager API (`/api/*`) takes that cookie or HTTP Basic credentials, for
// scripts (SPEC). A route may be public (the sign-in form) or ask for a role (hiding a comment asks
// for `manager`). Also the headers every manager response carries.
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountStore, Role } from '../db/accounts.js';
import { InputError } from '../errors.js';
import { credentialChecker } from '../lib/credentials.js';
import { langParam } from '../lib/language.js';
import { hashPassword, passwordProblem, verifyPassword } from '../lib/password.js';
import { sessionCookieName, tokenHash } from '../lib/session-token.js';
import { memoryThrottle, sharedThrottle } from '../lib/shared-sign-in-throttle.js';
import type { PageViewer } from '../views/layout.js';

export interface SignedIn {
  name: string;
  role: Role;
  /** The dashboard session, or null for a request with HTTP Basic credentials. */
  session: { tokenHash: string; csrf: string } | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    manager: SignedIn | null;
  }
  interface FastifyContextConfig {
    /** Reached without signing in (the sign-in form, the stylesheet). */
    public?: boolean;
    /** The role a signed-in person needs; any role reads. */
    role?: Role;
  }
}

const REALM = 'Basic realm="courtesy-feedback", charset="UTF-8"';

/** The name and password of an `Authorization: Basic …` header, or null. */
function basicCredentials(header: string | undefined): { name: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** ADMIN_USER / ADMIN_PASSWORD: that account exists with that password, as a manager. */
async function ensureConfiguredAccount(accounts: AccountStore, name: string, password: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(`admin-password (ADMIN_PASSWORD): ${problem}`);
  const existing = await accounts.find(name);
  if (existing?.role === 'manager' && (await verifyPassword(password, existing.password_hash))) return;
  await accounts.put({
    name,
    role: 'manager',
    password_hash: await hashPassword(password),
    created_at: existing?.created_at ?? new Date().toISOString(),
  });
}

/** The person a dashboard page is for; pages are reached only with a session. */
export function pageViewer(request: FastifyRequest): PageViewer | undefined {
  const { manager } = request;
  return manager?.session ? { name: manager.name, role: manager.role, csrf: manager.session.csrf } : undefined;
}

/** Where a browser that is not signed in is sent, with the way back to what it asked for. */
export function signInLocation(next: string, lang?: string): string {
  const query = new URLSearchParams({ next });
  if (lang) query.set('lang', lang);
  return `/admin/sign-in?${query}`;
}

export default fp(
  async (app) => {
    const { config, store } = app;
    const { accounts } = store;
    if (config.adminUser !== undefined && config.adminPassword !== undefined) {
      await ensureConfiguredAccount(accounts, config.adminUser, config.adminPassword);
    }
    // Shared by every instance through Redis when there is one; else this instance's own.
    const throttle = app.redis
      ? sharedThrottle(app.redis, undefined, (error) =>
          app.log.warn(`sign-in throttle: Redis unreachable, counting in memory (${error.message})`)
        )
      : memoryThrottle();
    const credentials = credentialChecker(accounts, throttle);
    app.decorate('credentials', credentials);
    await app.register(cookie);
    app.decorateRequest('manager', null);

    const limits = () => {
      const now = Date.now();
      return {
        seenAfter: new Date(now - config.sessionIdleTimeoutMs),
        createdAfter: new Date(now - config.sessionMaxAgeMs),
      };
    };
    // A session's last request is written at most this often, not on every request.
    const touchEveryMs = Math.min(60_000, config.sessionIdleTimeoutMs / 4);

    async function fromSession(request: FastifyRequest): Promise<SignedIn | null> {
      const token = request.cookies[sessionCookieName(request.protocol === 'https')];
      if (!token) return null;
      const hash = tokenHash(token);
      const session = await accounts.session(hash, limits());
      if (!session) return null;
      if (Date.now() - Date.parse(session.seen_at) > touchEveryMs) await accounts.touchSession(hash, new Date());
      return { name: session.name, role: session.role, session: { tokenHash: hash, csrf: session.csrf } };
    }

    async function fromBasic(request: FastifyRequest): Promise<SignedIn | null> {
      const given = basicCredentials(request.headers.authorization);
      if (!given) return null;
      try {
        const account = await credentials.check({ ...given, address: request.ip, log: request.log });
        return { name: account.name, role: account.role, session: null };
      } catch (error) {
        // No password can be right yet: say how to make the first account.
        if ((error as InputError).statusCode === 401) await checkConfigured();
        throw error;
      }
    }

    /** Nobody can sign in yet: say how to make the first account. */
    async function checkConfigured(): Promise<void> {
      if ((await accounts.list()).length > 0) return;
      throw new InputError(
        503,
        'admin_not_configured',
        null,
        'No manager account exists yet: add one with `courtesy-feedback-collector user add NAME`, or set ADMIN_USER and ADMIN_PASSWORD.'
      );
    }

    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const { config: route } = request.routeOptions;
      const page = !request.url.startsWith('/api/');
      // Pages only by session: a browser sends Basic credentials it remembers to any page that
      // asks, which a form elsewhere could use.
      request.manager = (await fromSession(request)) ?? (page ? null : await fromBasic(request));
      if (route.public) return;
      if (!request.manager) {
        // After signing in, back to the page asked for; a form's action is no page to go back to.
        // (The sign-in page says so when no account exists yet.)
        const next = request.method === 'GET' ? request.url : '/admin/';
        if (page) return reply.redirect(signInLocation(next, langParam(request.lang)), 303);
        await checkConfigured();
        reply.header('WWW-Authenticate', REALM);
        throw new InputError(401, 'unauthorized', null, 'Sign in: HTTP Basic credentials of a manager account.');
      }
      if (route.role && route.role !== request.manager.role) {
        throw new InputError(
          403,
          'forbidden',
          null,
          `The account ${request.manager.name} is a ${request.manager.role}: it may read, not change.`
        );
      }
    });

    // What a manager reads is nobody else's: no cache keeps it, no page frames it, no browser
    // guesses its type; over TLS (directly or as the proxy says) browsers are told to stay on it.
    app.addHook('onSend', async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      reply.header('X-Content-Type-Options', 'nosniff');
      if (!reply.hasHeader('Content-Security-Policy')) {
        reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      }
      if (request.protocol === 'https')
        reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    });
  },
  { name: 'manager-auth', dependencies: ['store', 'redis', 'i18n'] }
);

declare module 'fastify' {
  interface FastifyInstance {
    /** Checks a name and password (throttled, logged); the sign-in form uses it. */
    credentials: ReturnType<typeof credentialChecker>;
  }
}
