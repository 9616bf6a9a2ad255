// The visitor's side of a case, public and rate limited (a check code is 40 bits; at the lookup
// limit per address, guessing one takes longer than any retention): the JSON lookup and actions that
// <courtesy-feedback-status> uses from the agency's pages, and the same as a page that needs no
// JavaScript at /status.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { InputError } from '../errors.js';
import { findByCheck, publicStatus, visitorAct, visitorActions, type VisitorAction } from '../cases/public-status.js';
import i18n, { visitorLanguageOf } from '../plugins/i18n.js';
import { RATE_WINDOW_MS } from '../plugins/rate-limit.js';
import { isLanguage, langSuffix } from '../lib/language.js';
import { pageHeaders, toHtml } from '../views/layout.js';
import { catalogues } from '../views/messages.js';
import { statusCatalogues } from '../views/status-messages.js';
import { statusPage, type StatusNotice } from '../views/status-page.js';

const notFound = () => new InputError(404, 'not_found', 'receipt', 'No case matches that receipt and check code.');

interface Lookup {
  receipt?: string;
  check?: string;
}

const lookupQuery = {
  type: 'object',
  properties: { receipt: { type: 'string', maxLength: 64 }, check: { type: 'string', maxLength: 64 } },
} as const;

/** A page of the status form's, never cached and never sending its address (it holds the check) on. */
const statusHeaders = { ...pageHeaders, 'Referrer-Policy': 'no-referrer' };

const status: FastifyPluginAsync = async (app) => {
  const { config, store } = app;
  const now = () => app.now();
  await app.register(i18n);
  // One budget for every lookup and action of an address, whichever route it comes by: one limiter
  // (one store) on all of them, where per-route settings would count each route apart.
  const limited = {
    onRequest: app.rateLimit({
      max: config.lookupRateLimit,
      timeWindow: RATE_WINDOW_MS,
      keyGenerator: (request) => `receipts:${request.ip}`,
    }),
  };

  const caseOf = async (receipt: string, check: string | undefined) => {
    const row = await findByCheck(store, config, receipt, check ?? '');
    if (!row) throw notFound();
    return row;
  };

  app.get<{ Params: { receipt: string }; Querystring: Lookup }>(
    '/api/receipts/:receipt',
    { ...limited, schema: { querystring: lookupQuery } },
    async (request, reply) => {
      const row = await caseOf(request.params.receipt, request.query.check);
      return reply.header('Cache-Control', 'no-store').send(publicStatus(row));
    }
  );

  app.post<{ Params: { receipt: string }; Body: { check?: unknown; satisfied?: unknown } }>(
    '/api/receipts/:receipt/satisfaction',
    limited,
    async (request, reply) => {
      const { check, satisfied } = request.body ?? {};
      if (typeof satisfied !== 'boolean') {
        throw new InputError(400, 'invalid', 'satisfied', 'Send { "check": "…", "satisfied": true or false }.');
      }
      const row = await caseOf(request.params.receipt, typeof check === 'string' ? check : '');
      if (!(await visitorAct(store, row, satisfied ? 'satisfied' : 'dissatisfied', now()))) {
        throw new InputError(409, 'not_answered', 'satisfied', 'Only an answer not yet rated can be rated.');
      }
      return reply.header('Cache-Control', 'no-store').send(publicStatus((await store.cases.find(row.receipt))!));
    }
  );

  app.delete<{ Params: { receipt: string }; Querystring: Lookup }>(
    '/api/receipts/:receipt/contact',
    { ...limited, schema: { querystring: lookupQuery } },
    async (request, reply) => {
      const row = await caseOf(request.params.receipt, request.query.check);
      await visitorAct(store, row, 'delete-contact', now());
      return reply.header('Cache-Control', 'no-store').send(publicStatus((await store.cases.find(row.receipt))!));
    }
  );

  // The page and its forms: HTML to the end, a refusal included (a browser without JavaScript
  // shows whatever it gets).
  await app.register(async (pages) => {
    pages.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(String(body))))
    );
    pages.setErrorHandler(async (error: { statusCode?: number; ttl?: number }, request, reply) => {
      if (error.statusCode !== 429) throw error;
      const seconds = Math.max(1, Math.ceil(Number(reply.getHeader('retry-after') ?? 60)));
      return page(
        request,
        reply.code(429),
        {},
        undefined,
        statusCatalogues[visitorLanguageOf(request)].tooMany(seconds)
      );
    });
    const page = async (
      request: FastifyRequest,
      reply: FastifyReply,
      { receipt = '', check = '' }: Lookup,
      notice: StatusNotice,
      refusal?: string
    ) => {
      const row = receipt ? await findByCheck(store, config, receipt, check) : undefined;
      const lang = visitorLanguageOf(request);
      const html = await toHtml(
        statusPage({
          // The frame's words are the dashboard's, which has Korean and English.
          messages: catalogues[isLanguage(lang) ? lang : 'en'],
          lang,
          words: statusCatalogues[lang],
          timeZone: config.timeZone,
          receipt,
          check,
          found: row ? publicStatus(row) : receipt ? 'missing' : undefined,
          notice,
          refusal,
        })
      );
      return reply
        .code(refusal ? reply.statusCode : receipt && !row ? 404 : 200)
        .headers(statusHeaders)
        .send(html);
    };

    pages.get<{ Querystring: Lookup & { done?: string } }>(
      '/status',
      {
        ...limited,
        schema: {
          querystring: { ...lookupQuery, properties: { ...lookupQuery.properties, done: { type: 'string' } } },
        },
      },
      (request, reply) => {
        const done = request.query.done as StatusNotice;
        const notice = (['satisfied', 'dissatisfied', 'contact-deleted', 'refused'] as const).find((n) => n === done);
        return page(request, reply, request.query, notice);
      }
    );

    // The page's forms: the action, then back to the page (303), which says what was done.
    pages.post<{ Body: Lookup & { action?: string } }>('/status', limited, async (request, reply) => {
      const { receipt = '', check = '', action } = request.body ?? {};
      const row = await findByCheck(store, config, String(receipt), String(check));
      if (!row) return page(request, reply, { receipt: String(receipt), check: String(check) }, undefined);
      const known = visitorActions.find((name): name is VisitorAction => name === action);
      const done = known && (await visitorAct(store, row, known, now())) ? known : 'refused';
      const query = new URLSearchParams({
        receipt: row.receipt,
        check: String(check),
        done: done === 'delete-contact' ? 'contact-deleted' : done,
      });
      return reply.redirect(`/status?${query}${langSuffix(visitorLanguageOf(request), '&')}`, 303);
    });
  });
};

export default status;
