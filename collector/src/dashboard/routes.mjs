// The manager's pages, registered inside the admin scope (behind its credentials): the dashboard,
// the audit log, and the two actions that hide a comment or show it again.
import { readFileSync } from 'node:fs';
import { filterQuery, readFilters } from '../filters.mjs';
import { InputError } from '../validate.mjs';
import { auditPage } from './audit-page.mjs';
import { boardTones, dashboardPage, groupNames } from './dashboard-page.mjs';
import { errorPage, pageHeaders, toHtml } from './layout.mjs';
import { messagesFor } from './messages.mjs';

const stylesheet = readFileSync(new URL('./dashboard.css', import.meta.url), 'utf8');
const BOARD_SIZE = 20;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Basic credentials travel with every request the browser makes, so a page elsewhere could post a
 * form here (CSRF). Browsers say where a request came from: Sec-Fetch-Site, or else Origin (which
 * is "null" under some referrer policies, and refused then). A client that sends neither is not a
 * browser, and CSRF needs one.
 */
function checkSameOrigin(request) {
  const refuse = (field) => {
    throw new InputError(403, 'forbidden', field, 'Manager actions are accepted only from the dashboard itself.');
  };
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) {
    if (site !== 'same-origin') refuse('Sec-Fetch-Site');
    return;
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host;
  try {
    host = new URL(origin).host;
  } catch {
    refuse('Origin');
  }
  if (host !== request.headers.host) refuse('Origin');
}

export async function registerDashboard(admin, { store, config }) {
  // Manager forms are plain HTML forms, read here as fields (the feedback route keeps its own parser).
  admin.removeContentTypeParser('application/x-www-form-urlencoded');
  admin.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body)))
  );

  // A page's errors as a page, in the manager's language; the API keeps its JSON errors.
  admin.setErrorHandler(async (error, request, reply) => {
    const page =
      (request.url.startsWith('/admin') && request.method === 'GET') || request.url.startsWith('/admin/submissions');
    if (!page || !(error instanceof InputError) || error.statusCode === 401 || error.statusCode === 503) throw error;
    const messages = messagesFor(request);
    return reply
      .code(error.statusCode)
      .headers(pageHeaders)
      .send(await toHtml(errorPage({ messages, error })));
  });

  admin.get('/admin', (_request, reply) => reply.redirect('/admin/', 301));

  admin.get('/admin/dashboard.css', (_request, reply) =>
    reply.header('Content-Type', 'text/css; charset=utf-8').header('Cache-Control', 'no-cache').send(stylesheet)
  );

  admin.get('/admin/', async (request, reply) => {
    const messages = messagesFor(request);
    const filters = readFilters(request.query, { timeZone: config.timeZone });
    const [totals, days, ...rest] = await Promise.all([
      store.summary(filters),
      store.stats('day', filters),
      ...groupNames.map((name) => store.stats(name, filters)),
      ...boardTones.map((tone) => store.board(tone, filters, BOARD_SIZE)),
      ...groupNames.map((name) => store.choices(name, filters)),
    ]);
    const pick = (names, offset) => Object.fromEntries(names.map((name, i) => [name, rest[offset + i]]));
    const page = dashboardPage({
      messages,
      filters,
      totals,
      days,
      groups: pick(groupNames, 0),
      comments: pick(boardTones, groupNames.length),
      choices: pick(groupNames, groupNames.length + boardTones.length),
      query: request.query,
    });
    return reply.headers(pageHeaders).send(await toHtml(page));
  });

  admin.get('/admin/audit', async (request, reply) => {
    const messages = messagesFor(request);
    const seen = new Set();
    const entries = (await store.audit(200)).map((entry) => {
      const latest = !seen.has(entry.id);
      seen.add(entry.id);
      return { ...entry, latest };
    });
    const page = auditPage({ messages, entries, timeZone: config.timeZone, query: request.query });
    return reply.headers(pageHeaders).send(await toHtml(page));
  });

  for (const [action, hide] of [
    ['hide', true],
    ['restore', false],
  ]) {
    admin.post(`/admin/submissions/:id/${action}`, async (request, reply) => {
      checkSameOrigin(request);
      const { id } = request.params;
      if (!uuid.test(id)) throw new InputError(404, 'not_found', 'id', 'No such submission.');
      const reason = String(request.body?.reason ?? '').trim();
      if (reason === '' || reason.length > 200) {
        throw new InputError(400, 'invalid', 'reason', 'Give a reason of 1 to 200 characters; the audit log keeps it.');
      }
      const outcome = await store.setHidden(id, hide, { actor: request.user ?? 'manager', reason });
      if (outcome === 'missing') throw new InputError(404, 'not_found', 'id', 'No such submission.');
      const { receipt } = await store.find(id);
      const done = outcome === 'unchanged' ? 'unchanged' : hide ? 'hidden' : 'restored';
      if (!hide) {
        const query = new URLSearchParams({ done, receipt });
        if (request.query.lang === 'en') query.set('lang', 'en');
        return reply.redirect(`/admin/audit?${query}`, 303);
      }
      const filters = readFilters(request.query, { timeZone: config.timeZone });
      const lang = request.query.lang === 'en' ? 'en' : undefined;
      return reply.redirect(`/admin/?${filterQuery(filters, { lang, done, receipt })}#board`, 303);
    });
  }

  // The same board as JSON, for agencies that show praise elsewhere (after their own approval).
  admin.get('/api/comments', async (request) => {
    const tone = request.query.tone ?? 'praise';
    if (!boardTones.includes(tone)) {
      throw new InputError(400, 'invalid', 'tone', `tone must be one of ${boardTones.join(', ')}`);
    }
    const limit = Number(request.query.limit ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw new InputError(400, 'invalid', 'limit', 'limit must be a whole number from 1 to 500');
    }
    const filters = readFilters(request.query, { timeZone: config.timeZone });
    return { tone, from: filters.fromDay, to: filters.toDay, comments: await store.board(tone, filters, limit) };
  });
}
