// The collector's HTTP interface, assembled from its plugins (src/plugins) and routes (src/routes):
// the intake (POST|PUT /api/feedback), the health checks, and the manager's scope (API, CSV, pages).
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';
import type { FeedbackStore } from './db/store.js';
import errors from './plugins/errors.js';
import housekeeping from './plugins/housekeeping.js';
import publicCors from './plugins/public-cors.js';
import rateLimit from './plugins/rate-limit.js';
import redis from './plugins/redis.js';
import storePlugin from './plugins/store.js';
import webhooks from './plugins/webhooks.js';
import health from './routes/health.js';
import feedback from './routes/api/feedback.js';
import manager from './routes/manager.js';
import status from './routes/status.js';

/** The headers of a request must all arrive within this long (and within the request timeout). */
export const HEADERS_TIMEOUT_MS = 10_000;

export interface AppOptions {
  store: FeedbackStore;
  config: Config;
  /** The clock of case times and the purge; the system's unless a test moves it. */
  now?: () => Date;
  /** Fastify's logger setting; false (silent) unless given. */
  logger?: FastifyServerOptions['logger'];
}

/** Builds the app (not listening). With webhooks configured it sends the outbox until the app closes. */
export async function buildApp({
  store,
  config,
  now = () => new Date(),
  logger = false,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimit,
    // A number of hops is a function to Fastify's types (its runtime takes the number too).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
    // A request that trickles in (a byte every few seconds) holds a connection for nothing: cut off
    // at the request timeout, checked every second rather than Node's default 30 s.
    // (Fastify sets the server's requestTimeout from its own option, over the http one.)
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: {
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, config.requestTimeoutMs),
      connectionsCheckingInterval: 1000,
    },
  });
  await app.register(storePlugin, { store, config, now });
  await app.register(errors, { bodyLimit: config.bodyLimit });
  await app.register(redis, { redisUrl: config.redisUrl });
  await app.register(rateLimit, { max: config.rateLimit });
  await app.register(webhooks);
  await app.register(housekeeping);
  await app.register(health);
  await app.register(async (visitorFacing) => {
    await visitorFacing.register(publicCors);
    await visitorFacing.register(feedback);
    await visitorFacing.register(status);
  });
  await app.register(manager);
  return app;
}
