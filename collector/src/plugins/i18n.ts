// The manager's language: `?lang=` first, then the browser's Accept-Language, then Korean. Decided
// once per request here; views and redirects read `request.lang`.
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { isLanguage, type Language } from '../lib/language.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Language;
  }
}

export function languageOf(request: Pick<FastifyRequest, 'query' | 'headers'>): Language {
  const asked = (request.query as { lang?: unknown } | undefined)?.lang;
  if (isLanguage(asked)) return asked;
  const accepted = String(request.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return accepted.find(isLanguage) ?? 'ko';
}

export default fp(
  async (app) => {
    app.decorateRequest('lang', 'ko');
    app.addHook('onRequest', async (request) => {
      request.lang = languageOf(request);
    });
  },
  { name: 'i18n' }
);
