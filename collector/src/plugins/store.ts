// The store, the settings and the clock, on the app for every route and plugin (not encapsulated).
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { FeedbackStore } from '../db/store.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: FeedbackStore;
    config: Config;
    /** The time, from the app's clock (a test's, to move it). */
    now: () => Date;
  }
}

export default fp<{ store: FeedbackStore; config: Config; now: () => Date }>(
  async (app, { store, config, now }) => {
    app.decorate('store', store);
    app.decorate('config', config);
    app.decorate('now', now);
  },
  { name: 'store' }
);
