// Every form the dashboard posts carries its session's token (a synchronizer token, OWASP's first
// choice): a page elsewhere can make a browser post here, but cannot read the token to put in it.
// The request's Sec-Fetch-Site or Origin is checked first (lib/same-origin.ts).
import fp from 'fastify-plugin';
import { InputError } from '../errors.js';
import { checkSameOrigin } from '../lib/same-origin.js';
import { sameToken } from '../lib/session-token.js';

export default fp(
  async (app) => {
    app.addHook('preHandler', async (request) => {
      if (request.method !== 'POST' || request.routeOptions.config.public) return;
      checkSameOrigin(request);
      const expected = request.manager?.session?.csrf;
      const given = (request.body as { csrf?: unknown } | undefined)?.csrf;
      if (!expected || !sameToken(given, expected)) {
        throw new InputError(
          403,
          'csrf',
          'csrf',
          'This form is out of date or was not sent from the dashboard; reload the page and try again.'
        );
      }
    });
  },
  { name: 'csrf', dependencies: ['manager-auth'] }
);
