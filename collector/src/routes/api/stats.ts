// GET /api/stats: the kindness index and counts per group, for the filters.
import type { FastifyPluginAsync } from 'fastify';
import { groupingNames, type Grouping } from '../../db/store.js';
import { filtersQueryProperties, readFilters, type FiltersQuery } from '../../lib/filters.js';

const stats: FastifyPluginAsync = async (app) => {
  const { config, store } = app;
  app.get<{ Querystring: FiltersQuery & { by?: Grouping } }>(
    '/api/stats',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { ...filtersQueryProperties, by: { type: 'string', enum: groupingNames } },
        },
      },
    },
    async (request) => {
      const by = request.query.by ?? 'department';
      const filters = readFilters(request.query, { timeZone: config.timeZone });
      return {
        by,
        from: filters.fromDay,
        to: filters.toDay,
        timeZone: config.timeZone,
        totals: await store.summary(filters),
        groups: await store.stats(by, filters),
      };
    }
  );
};

export default stats;
