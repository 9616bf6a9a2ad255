// In the dashboard's scope: a refused request is answered as a page in the manager's language,
// with the way back, where the JSON API keeps its JSON errors. Credentials and configuration
// problems (401, 503) keep the JSON answer, which a browser shows as its own prompt or text.
import fp from 'fastify-plugin';
import { InputError } from '../errors.js';
import { errorPage, pageHeaders, toHtml } from '../views/layout.js';
import { catalogues } from '../views/messages.js';
import { pageViewer } from './manager-auth.js';

export default fp(
  async (app) => {
    app.setErrorHandler(async (error, request, reply) => {
      const validation = (error as { validation?: unknown }).validation;
      const refusal =
        error instanceof InputError
          ? error
          : validation
            ? new InputError(400, 'invalid', null, (error as Error).message)
            : undefined;
      if (!refusal || refusal.statusCode === 401 || refusal.statusCode === 503) throw error;
      const messages = catalogues[request.lang];
      if (refusal.retryAfterSeconds !== undefined) reply.header('Retry-After', String(refusal.retryAfterSeconds));
      return reply
        .code(refusal.statusCode)
        .headers(pageHeaders)
        .send(await toHtml(errorPage({ messages, error: refusal, viewer: pageViewer(request) })));
    });
  },
  { name: 'page-errors', dependencies: ['i18n'] }
);
