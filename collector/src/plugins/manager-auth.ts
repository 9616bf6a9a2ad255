// Manager routes sit behind HTTP Basic credentials (ADMIN_USER / ADMIN_PASSWORD). Registered inside
// the manager scope only; without configured credentials those routes answer 503 and say how to
// set them.
import { timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import basicAuth from '@fastify/basic-auth';
import { InputError } from '../errors.js';
import { memoryThrottle, sharedThrottle } from '../lib/shared-sign-in-throttle.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in manager's name. */
    user: string | null;
  }
}

function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The refusal of a locked account or address, before any password is checked. */
function tooMany(lockMs: number): InputError {
  const seconds = Math.ceil(lockMs / 1000);
  return new InputError(
    429,
    'too_many_attempts',
    null,
    `Too many failed sign-ins; try again in ${seconds} s.`,
    seconds
  );
}

export default fp(
  async (app) => {
    const { config } = app;
    // Shared by every instance through Redis when there is one; else this instance's own.
    const throttle = app.redis
      ? sharedThrottle(app.redis, undefined, (error) =>
          app.log.warn(`sign-in throttle: Redis unreachable, counting in memory (${error.message})`)
        )
      : memoryThrottle();
    await app.register(basicAuth, {
      authenticate: { realm: 'courtesy-feedback' },
      validate: async (user, password, request) => {
        if (!config.adminUser || !config.adminPassword) {
          throw new InputError(
            503,
            'admin_not_configured',
            null,
            'Set ADMIN_USER and ADMIN_PASSWORD to use the dashboard.'
          );
        }
        const keys = [`address:${request.ip}`, `user:${user}`];
        const locked = await throttle.wait(keys);
        if (locked > 0) throw tooMany(locked);
        // Both compared, whatever the first gives, so the timing tells nothing.
        const userOk = sameSecret(user, config.adminUser);
        const passwordOk = sameSecret(password, config.adminPassword);
        if (!(userOk && passwordOk)) {
          const lock = await throttle.failed(keys);
          // A security event: who was tried, from where; never the password.
          request.log.warn(
            { event: 'sign_in_failed', user: user.slice(0, 100), address: request.ip },
            'sign-in failed'
          );
          if (lock > 0) throw tooMany(lock);
          throw new InputError(401, 'unauthorized', null, 'Wrong user name or password.');
        }
        await throttle.succeeded([`user:${user}`]);
        request.user = user;
      },
    });
    app.decorateRequest('user', null);
    app.addHook('onRequest', app.basicAuth);
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
  { name: 'manager-auth', dependencies: ['store', 'redis'] }
);
