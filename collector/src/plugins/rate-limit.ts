// Rate limits, per client address (the proxy's X-Forwarded-For when trust-proxy says so). With
// REDIS_URL the counters live in Redis, so that several instances enforce one limit between them;
// otherwise in this instance's memory. Routes opt in (`config.rateLimit`).
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';

export const RATE_WINDOW_MS = 60_000;

export default fp<{ max: number }>(
  async (app, { max }) => {
    const { redis } = app;
    await app.register(rateLimit, {
      global: false,
      max,
      timeWindow: RATE_WINDOW_MS,
      ...(redis ? { redis, nameSpace: 'courtesy-feedback:rate:' } : {}),
      // Redis down: submissions are still taken (the body limit and validation still hold) rather
      // than refused; the log says so.
      skipOnError: true,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        error: 'rate_limited',
        field: null,
        message: `Too many requests from this address; try again in ${Math.ceil(context.ttl / 1000)} s.`,
      }),
    });
  },
  { name: 'rate-limit', dependencies: ['redis'] }
);
