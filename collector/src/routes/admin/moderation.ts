// The two manager actions on one comment: hide it (staff protection) or show it again. Each asks
// for a reason, which the audit log keeps with the manager's name.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { InputError } from '../../errors.js';
import { filterQuery, filtersQueryProperties, readFilters, type FiltersQuery } from '../../lib/filters.js';
import { langParam } from '../../lib/language.js';
import { canonicalId } from '../../payload/validate.js';

const uuid = /^(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Basic credentials travel with every request the browser makes, so a page elsewhere could post a
 * form here (CSRF). Browsers say where a request came from: Sec-Fetch-Site, or else Origin (which
 * is "null" under some referrer policies, and refused then). A client that sends neither is not a
 * browser, and CSRF needs one.
 */
function checkSameOrigin(request: FastifyRequest): void {
  const refuse = (field: string): never => {
    throw new InputError(403, 'forbidden', field, 'Manager actions are accepted only from the dashboard itself.');
  };
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) {
    if (site !== 'same-origin') refuse('Sec-Fetch-Site');
    return;
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    refuse('Origin');
  }
  if (host !== request.headers.host) refuse('Origin');
}

const actions = [
  ['hide', true],
  ['restore', false],
] as const;

const moderation: FastifyPluginAsync = async (app) => {
  const { config, store } = app;
  // Manager forms are plain HTML forms, read here as fields (the intake keeps its own parser).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body))))
  );

  for (const [action, hide] of actions) {
    app.post<{ Params: { id: string }; Querystring: FiltersQuery; Body: { reason?: string } | undefined }>(
      `/admin/submissions/:id/${action}`,
      { schema: { querystring: { type: 'object', properties: filtersQueryProperties } } },
      async (request, reply) => {
        checkSameOrigin(request);
        if (!uuid.test(request.params.id)) throw new InputError(404, 'not_found', 'id', 'No such submission.');
        const id = canonicalId(request.params.id);
        const reason = String(request.body?.reason ?? '').trim();
        if (reason === '' || reason.length > 200) {
          throw new InputError(
            400,
            'invalid',
            'reason',
            'Give a reason of 1 to 200 characters; the audit log keeps it.'
          );
        }
        const outcome = await store.setHidden(id, hide, { actor: request.user ?? 'manager', reason });
        if (outcome === 'missing') throw new InputError(404, 'not_found', 'id', 'No such submission.');
        const { receipt } = (await store.find(id))!;
        const done = outcome === 'unchanged' ? 'unchanged' : hide ? 'hidden' : 'restored';
        const lang = langParam(request.lang);
        if (!hide) {
          const query = new URLSearchParams({ done, receipt });
          if (lang) query.set('lang', lang);
          return reply.redirect(`/admin/audit?${query}`, 303);
        }
        const filters = readFilters(request.query, { timeZone: config.timeZone });
        return reply.redirect(`/admin/?${filterQuery(filters, { lang, done, receipt })}#board`, 303);
      }
    );
  }
};

export default moderation;
