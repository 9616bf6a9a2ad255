// The manager's language: `?lang=` first, then the browser's Accept-Language, then Korean. Decided
// once per request here; views and redirects read `request.lang`. The visitor's status page asks
// the same way among more languages (visitorLanguageOf).
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { isLanguage, isVisitorLanguage, type Language } from '../lib/language.js';
import type { StatusLanguage } from '../views/status-messages.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Language;
  }
}

/** `?lang=` when it is one of `known`, else the first of Accept-Language's that is, else Korean. */
function negotiate<L extends string>(
  request: Pick<FastifyRequest, 'query' | 'headers'>,
  isKnown: (value: unknown) => value is L
): L | 'ko' {
  const asked = (request.query as { lang?: unknown } | undefined)?.lang;
  if (isKnown(asked)) return asked;
  const accepted = String(request.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return accepted.find(isKnown) ?? 'ko';
}

export const languageOf = (request: Pick<FastifyRequest, 'query' | 'headers'>): Language =>
  negotiate(request, isLanguage);

/** The visitor's language on /status: any of the widget's, which the visitor may have rated in. */
export const visitorLanguageOf = (request: Pick<FastifyRequest, 'query' | 'headers'>): StatusLanguage =>
  negotiate(request, isVisitorLanguage);

export default fp(
  async (app) => {
    app.decorateRequest('lang', 'ko');
    app.addHook('onRequest', async (request) => {
      request.lang = languageOf(request);
    });
  },
  { name: 'i18n' }
);
