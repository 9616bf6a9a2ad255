// Everything a manager reaches, in one scope behind the manager's credentials: the JSON API, the
// CSV export, the dashboard's sign-in, pages and moderation actions.
import type { FastifyPluginAsync } from 'fastify';
import i18n from '../plugins/i18n.js';
import managerAuth from '../plugins/manager-auth.js';
import pageErrors from '../plugins/page-errors.js';
import csrf from '../plugins/csrf.js';
import session from './admin/session.js';
import stats from './api/stats.js';
import csvExport from './api/export.js';
import comments from './api/comments.js';
import pages from './admin/pages.js';
import moderation from './admin/moderation.js';
import cases from './admin/cases.js';
import webhooks from './admin/webhooks.js';

const manager: FastifyPluginAsync = async (app) => {
  await app.register(i18n);
  await app.register(managerAuth);
  await app.register(stats);
  await app.register(csvExport);
  await app.register(comments);
  await app.register(async (dashboard) => {
    // The dashboard's forms are plain HTML forms, read as fields (the intake keeps its own parser).
    dashboard.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(String(body))))
    );
    await dashboard.register(pageErrors);
    await dashboard.register(csrf);
    await dashboard.register(session);
    await dashboard.register(pages);
    await dashboard.register(moderation);
    await dashboard.register(cases);
    await dashboard.register(webhooks);
  });
};

export default manager;
