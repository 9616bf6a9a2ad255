// GET /api/export.csv: every submission for the filters, as a spreadsheet opens it safely.
import type { FastifyPluginAsync } from 'fastify';
import { toCsv } from '../../lib/csv.js';
import { filtersQueryProperties, readFilters, type FiltersQuery } from '../../lib/filters.js';

const csvExport: FastifyPluginAsync = async (app) => {
  const { config, store } = app;
  app.get<{ Querystring: FiltersQuery }>(
    '/api/export.csv',
    { schema: { querystring: { type: 'object', properties: filtersQueryProperties } } },
    async (request, reply) => {
      const filters = readFilters(request.query, { timeZone: config.timeZone });
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="courtesy-feedback-${filters.fromDay}-${filters.toDay}.csv"`
        )
        .send(toCsv(await store.exportRows(filters)));
    }
  );
};

export default csvExport;
