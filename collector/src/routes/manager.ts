// Everything a manager reaches, in one scope behind the manager's credentials: the JSON API, the
// CSV export, the dashboard's pages and its moderation actions.
import type { FastifyPluginAsync } from 'fastify';
import i18n from '../plugins/i18n.js';
import managerAuth from '../plugins/manager-auth.js';
import pageErrors from '../plugins/page-errors.js';
import stats from './api/stats.js';
import csvExport from './api/export.js';
import comments from './api/comments.js';
import pages from './admin/pages.js';
import moderation from './admin/moderation.js';

const manager: FastifyPluginAsync = async (app) => {
  await app.register(managerAuth);
  await app.register(stats);
  await app.register(csvExport);
  await app.register(comments);
  await app.register(async (dashboard) => {
    await dashboard.register(i18n);
    await dashboard.register(pageErrors);
    await dashboard.register(pages);
    await dashboard.register(moderation);
  });
};

export default manager;
