// The two manager actions on one comment: hide it (staff protection) or show it again. Each asks
// for a reason, which the audit log keeps with the name of the person who signed in.
import type { FastifyPluginAsync } from 'fastify';
import { InputError } from '../../errors.js';
import { filterQuery, filtersQueryProperties, readFilters, type FiltersQuery } from '../../lib/filters.js';
import { langParam } from '../../lib/language.js';
import { canonicalId } from '../../payload/validate.js';

const uuid = /^(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const actions = [
  ['hide', true],
  ['restore', false],
] as const;

const moderation: FastifyPluginAsync = async (app) => {
  const { config, store } = app;
  for (const [action, hide] of actions) {
    app.post<{ Params: { id: string }; Querystring: FiltersQuery; Body: { reason?: string } | undefined }>(
      `/admin/submissions/:id/${action}`,
      // Its form's token and origin are checked before this runs (plugins/csrf.ts).
      { schema: { querystring: { type: 'object', properties: filtersQueryProperties } }, config: { role: 'manager' } },
      async (request, reply) => {
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
        const outcome = await store.setHidden(id, hide, { actor: request.manager!.name, reason });
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
