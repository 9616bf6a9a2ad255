// For load balancers and orchestrators: /healthz says the process is alive (it touches nothing
// else, so a database outage never restarts a healthy instance); /readyz says whether it can take
// submissions now, i.e. whether the database answers within a moment.
import type { FastifyPluginAsync } from 'fastify';
import { version } from '../version.js';

/** How long the database may take to answer the readiness check. */
export const READY_TIMEOUT_MS = 2000;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const health: FastifyPluginAsync = async (app) => {
  const { store } = app;
  app.get('/healthz', async (_request, reply) => reply.header('Cache-Control', 'no-store').send({ ok: true, version }));

  app.get('/readyz', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      await withinTime(store.ping(), READY_TIMEOUT_MS);
    } catch (error) {
      request.log.warn(`not ready: the ${store.kind} database does not answer (${(error as Error).message})`);
      return reply.code(503).header('Retry-After', '5').send({ ok: false, database: store.kind });
    }
    const webhooks = app.webhooks ? { webhooks: await store.outboxCounts() } : {};
    return reply.send({ ok: true, database: store.kind, ...webhooks });
  });
};

export default health;
