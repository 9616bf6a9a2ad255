// GET /api/comments: the board as JSON, for agencies that show praise elsewhere (after their own
// approval). Hidden comments are never in it.
import type { FastifyPluginAsync } from 'fastify';
import { toneNames, type Tone } from '../../db/store.js';
import { filtersQueryProperties, readFilters, type FiltersQuery } from '../../lib/filters.js';

const comments: FastifyPluginAsync = async (app) => {
  const { config, store } = app;
  app.get<{ Querystring: FiltersQuery & { tone?: Tone; limit?: number } }>(
    '/api/comments',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            ...filtersQueryProperties,
            tone: { type: 'string', enum: toneNames },
            limit: { type: 'integer', minimum: 1, maximum: 500 },
          },
        },
      },
    },
    async (request) => {
      const { tone = 'praise', limit = 50 } = request.query;
      const filters = readFilters(request.query, { timeZone: config.timeZone });
      return { tone, from: filters.fromDay, to: filters.toDay, comments: await store.board(tone, filters, limit) };
    }
  );
};

export default comments;
