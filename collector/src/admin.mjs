import { timingSafeEqual } from 'node:crypto';
import basicAuth from '@fastify/basic-auth';
import { groupings } from './db/queries.mjs';
import { toCsv } from './csv.mjs';
import { readFilters } from './filters.mjs';
import { InputError } from './validate.mjs';
import { registerDashboard } from './dashboard/routes.mjs';

function sameSecret(given, expected) {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Manager routes behind HTTP Basic credentials (ADMIN_USER / ADMIN_PASSWORD): the dashboard, the
 * JSON stats API and the CSV export. Without configured credentials they answer 503 and say how to
 * set them.
 */
export async function registerAdmin(app, { store, config }) {
  await app.register(async (admin) => {
    await admin.register(basicAuth, {
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
    admin.decorateRequest('user', null);
    admin.addHook('onRequest', admin.basicAuth);

    admin.get('/api/stats', async (request) => {
      const by = request.query.by ?? 'department';
      if (!(by in groupings)) {
        throw new InputError(400, 'invalid', 'by', `by must be one of ${Object.keys(groupings).join(', ')}`);
      }
      const filters = readFilters(request.query, { timeZone: config.timeZone });
      return {
        by,
        from: filters.fromDay,
        to: filters.toDay,
        timeZone: config.timeZone,
        totals: await store.summary(filters),
        groups: await store.stats(by, filters),
      };
    });

    admin.get('/api/export.csv', async (request, reply) => {
      const filters = readFilters(request.query, { timeZone: config.timeZone });
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="courtesy-feedback-${filters.fromDay}-${filters.toDay}.csv"`
        )
        .header('Cache-Control', 'no-store')
        .send(toCsv(await store.exportRows(filters)));
    });

    await registerDashboard(admin, { store, config });
  });
}
