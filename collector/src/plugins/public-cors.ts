// CORS for the routes the agency's own pages call from their origin: the intake and the receipt
// lookup. Only the configured origins; a same-origin page sends no Origin to check. Registered in
// the scope of those routes alone, so that no manager route ever answers another origin.
import cors from '@fastify/cors';
import fp from 'fastify-plugin';

const widgetHeaders = ['Content-Type', 'Idempotency-Key', 'X-Feedback-Token'];

// fastify-plugin: its hooks belong to the scope that registers it, not to a scope of its own.
export default fp(
  async (app) => {
    const { config } = app;
    await app.register(cors, {
      origin: (origin, callback) => callback(null, !origin || config.allowedOrigins.includes(origin)),
      methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowedHeaders: [...widgetHeaders, ...config.allowedHeaders],
      exposedHeaders: ['Retry-After'],
      credentials: true,
      maxAge: 600,
    });
  },
  { name: 'public-cors', dependencies: ['store'] }
);
