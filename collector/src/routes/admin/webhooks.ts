// The notifications page: what failed for good, and a manager's "send again", which makes the
// delivery due now with fresh attempts and enables its receiver again if it had said 410 Gone.
import type { FastifyPluginAsync } from 'fastify';
import { InputError } from '../../errors.js';
import { langParam } from '../../lib/language.js';
import { pageViewer } from '../../plugins/manager-auth.js';
import { pageHeaders, toHtml } from '../../views/layout.js';
import { catalogues } from '../../views/messages.js';
import type { NoticeQuery } from '../../views/dashboard-page.js';
import { webhooksPage } from '../../views/webhooks-page.js';
import { receiptInBody } from '../../webhooks/notifications.js';

const FAILURES_SHOWN = 200;
const noticeProperties = { done: { type: 'string' }, receipt: { type: 'string' }, lang: { type: 'string' } } as const;

const webhooks: FastifyPluginAsync = async (app) => {
  const { config, store } = app;

  app.get<{ Querystring: NoticeQuery & { lang?: string } }>(
    '/admin/webhooks',
    { schema: { querystring: { type: 'object', properties: noticeProperties } } },
    async (request, reply) => {
      const [failures, disabled] = await Promise.all([store.outboxFailures(FAILURES_SHOWN), store.disabledReceivers()]);
      const page = webhooksPage({
        messages: catalogues[request.lang],
        failures,
        disabled,
        timeZone: config.timeZone,
        query: request.query,
        viewer: pageViewer(request)!,
      });
      return reply.headers(pageHeaders).send(await toHtml(page));
    }
  );

  // Its form's token and origin are checked before this runs (plugins/csrf.ts).
  app.post<{ Params: { seq: string }; Querystring: { lang?: string } }>(
    '/admin/webhooks/:seq/resend',
    { config: { role: 'manager' } },
    async (request, reply) => {
      const seq = Number(request.params.seq);
      const resent = Number.isSafeInteger(seq) && seq > 0 ? await store.outboxResend(seq, new Date()) : undefined;
      if (!resent) throw new InputError(404, 'not_found', 'seq', 'No such failed notification.');
      request.log.info({ event: 'webhook_resent', user: request.manager!.name, seq }, 'notification sent again');
      void app.webhooks?.dispatcher.kick();
      const query = new URLSearchParams({ done: 'resent', receipt: receiptInBody(resent.body) });
      const lang = langParam(request.lang);
      if (lang) query.set('lang', lang);
      return reply.redirect(`/admin/webhooks?${query}`, 303);
    }
  );
};

export default webhooks;
