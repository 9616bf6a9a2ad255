// The webhook outbox: which submissions make notifications (written with them), and the sender
// that delivers them until the app closes. Absent when no webhook is configured.
import fp from 'fastify-plugin';
import { checkWebhookSecret } from '../config.js';
import { startDispatcher, type Dispatcher } from '../webhooks/dispatcher.js';
import { notificationsFor, type Notifications } from '../webhooks/notifications.js';

declare module 'fastify' {
  interface FastifyInstance {
    webhooks: { notify: Notifications; dispatcher: Dispatcher } | undefined;
  }
}

export default fp(
  async (app) => {
    const { config, store } = app;
    checkWebhookSecret(config);
    // With only case receivers, no submission makes a notification, but the sender still runs.
    const notify = notificationsFor(config) ?? (config.caseWebhooks.length > 0 ? () => () => [] : undefined);
    if (!notify) {
      app.decorate('webhooks', undefined);
      return;
    }
    const dispatcher = startDispatcher({
      store,
      config,
      log: (level, message) => app.log[level](message),
    });
    app.decorate('webhooks', { notify, dispatcher });
    app.addHook('onClose', async () => dispatcher.stop());
  },
  { name: 'webhooks', dependencies: ['store'] }
);
