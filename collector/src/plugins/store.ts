// The store and the settings, on the app for every route and plugin (not encapsulated).
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { FeedbackStore } from '../db/store.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: FeedbackStore;
    config: Config;
  }
}

export default fp<{ store: FeedbackStore; config: Config }>(
  async (app, { store, config }) => {
    app.decorate('store', store);
    app.decorate('config', config);
  },
  { name: 'store' }
);
