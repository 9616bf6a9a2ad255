// The manager's pages (behind the manager scope's credentials): the dashboard and the audit log,
// rendered on the server, and their one stylesheet.
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import { groupingNames, toneNames, filterNames, type FilterName, type Tone } from '../../db/store.js';
import { filtersQueryProperties, readFilters, type FiltersQuery } from '../../lib/filters.js';
import { auditPage } from '../../views/audit-page.js';
import { dashboardPage, type NoticeQuery } from '../../views/dashboard-page.js';
import { pageHeaders, toHtml } from '../../views/layout.js';
import { catalogues } from '../../views/messages.js';
import { pageViewer } from '../../plugins/manager-auth.js';

const stylesheet = readFileSync(new URL('../../views/dashboard.css', import.meta.url), 'utf8');
const BOARD_SIZE = 20;
const noticeProperties = { done: { type: 'string' }, receipt: { type: 'string' } } as const;

const pages: FastifyPluginAsync = async (app) => {
  const { config, store } = app;
  app.get('/admin', (_request, reply) => reply.redirect('/admin/', 301));

  app.get('/admin/dashboard.css', { config: { public: true } }, (_request, reply) =>
    reply.header('Content-Type', 'text/css; charset=utf-8').send(stylesheet)
  );

  app.get<{ Querystring: FiltersQuery & NoticeQuery }>(
    '/admin/',
    { schema: { querystring: { type: 'object', properties: { ...filtersQueryProperties, ...noticeProperties } } } },
    async (request, reply) => {
      const messages = catalogues[request.lang];
      const filters = readFilters(request.query, { timeZone: config.timeZone });
      const groupNames = groupingNames.filter((name): name is FilterName => name !== 'day');
      const [totals, days, groups, comments, choices] = await Promise.all([
        store.summary(filters),
        store.stats('day', filters),
        Promise.all(groupNames.map((name) => store.stats(name, filters))),
        Promise.all(toneNames.map((tone) => store.board(tone, filters, BOARD_SIZE))),
        Promise.all(filterNames.map((name) => store.choices(name, filters))),
      ]);
      const page = dashboardPage({
        messages,
        filters,
        totals,
        days,
        groups: Object.fromEntries(groupNames.map((name, i) => [name, groups[i]!])) as Record<FilterName, typeof days>,
        comments: Object.fromEntries(toneNames.map((tone, i) => [tone, comments[i]!])) as Record<
          Tone,
          (typeof comments)[number]
        >,
        choices: Object.fromEntries(filterNames.map((name, i) => [name, choices[i]!])) as Record<
          FilterName,
          (typeof choices)[number]
        >,
        query: request.query,
        viewer: pageViewer(request)!,
      });
      return reply.headers(pageHeaders).send(await toHtml(page));
    }
  );

  app.get<{ Querystring: NoticeQuery & { lang?: string } }>(
    '/admin/audit',
    { schema: { querystring: { type: 'object', properties: { ...noticeProperties, lang: { type: 'string' } } } } },
    async (request, reply) => {
      const messages = catalogues[request.lang];
      const seen = new Set<string>();
      const entries = (await store.audit(200)).map((entry) => {
        const latest = !seen.has(entry.id);
        seen.add(entry.id);
        return { ...entry, latest };
      });
      const page = auditPage({
        messages,
        entries,
        timeZone: config.timeZone,
        query: request.query,
        viewer: pageViewer(request)!,
      });
      return reply.headers(pageHeaders).send(await toHtml(page));
    }
  );
};

export default pages;
