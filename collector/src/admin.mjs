import { timingSafeEqual } from 'node:crypto';
import basicAuth from '@fastify/basic-auth';
import { groupings } from './db/queries.mjs';
import { toCsv } from './csv.mjs';
import { InputError } from './validate.mjs';

const DAY = 24 * 60 * 60 * 1000;

function sameSecret(given, expected) {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `from` and `to` as dates (to exclusive); the last 30 days by default. */
export function readPeriod(query, now = new Date()) {
  const parse = (name, fallback) => {
    if (query[name] === undefined) return fallback;
    const date = new Date(query[name]);
    if (Number.isNaN(date.getTime()))
      throw new InputError(400, 'invalid', name, `${name} must be a date such as 2026-11-01`);
    return date;
  };
  const to = parse('to', now);
  const from = parse('from', new Date(to.getTime() - 30 * DAY));
  if (from >= to) throw new InputError(400, 'invalid', 'from', 'from must be before to');
  return { from, to };
}

/**
 * Manager routes behind HTTP Basic credentials (ADMIN_USER / ADMIN_PASSWORD): the JSON stats API
 * and the CSV export. Without configured credentials they answer 503 and say how to set them.
 */
export async function registerAdmin(app, { store, config }) {
  await app.register(async (admin) => {
    await admin.register(basicAuth, {
      authenticate: { realm: 'courtesy-feedback' },
      validate: async (user, password) => {
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
      },
    });
    admin.addHook('onRequest', admin.basicAuth);

    admin.get('/api/stats', async (request) => {
      const by = request.query.by ?? 'department';
      if (!(by in groupings)) {
        throw new InputError(400, 'invalid', 'by', `by must be one of ${Object.keys(groupings).join(', ')}`);
      }
      const { from, to } = readPeriod(request.query);
      return { by, from: from.toISOString(), to: to.toISOString(), groups: await store.stats(by, from, to) };
    });

    admin.get('/api/export.csv', async (request, reply) => {
      const { from, to } = readPeriod(request.query);
      const day = (date) => date.toISOString().slice(0, 10);
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="courtesy-feedback-${day(from)}-${day(to)}.csv"`)
        .header('Cache-Control', 'no-store')
        .send(toCsv(await store.exportRows(from, to)));
    });
  });
}
