// Manager routes sit behind HTTP Basic credentials (ADMIN_USER / ADMIN_PASSWORD). Registered inside
// the manager scope only; without configured credentials those routes answer 503 and say how to
// set them.
import { timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import basicAuth from '@fastify/basic-auth';
import { InputError } from '../errors.js';

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

export default fp(
  async (app) => {
    const { config } = app;
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
        // Both compared, whatever the first gives, so the timing tells nothing.
        const userOk = sameSecret(user, config.adminUser);
        const passwordOk = sameSecret(password, config.adminPassword);
        if (!(userOk && passwordOk)) throw new InputError(401, 'unauthorized', null, 'Wrong user name or password.');
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
  { name: 'manager-auth', dependencies: ['store'] }
);
