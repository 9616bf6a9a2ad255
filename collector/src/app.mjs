import Fastify from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { decodeBody, InputError, validatePayload } from './validate.mjs';
import { registerAdmin } from './admin.mjs';
import { notificationsFor } from './webhooks/notifications.mjs';
import { startDispatcher } from './webhooks/dispatcher.mjs';
import { checkWebhookSecret } from './config.mjs';

const widgetHeaders = ['Content-Type', 'Idempotency-Key', 'X-Feedback-Token'];
const bodyTypes = ['application/json', 'text/plain', 'application/x-www-form-urlencoded'];

/**
 * The collector's HTTP interface. `store` is an opened SQLite or PostgreSQL store; `config` comes
 * from readConfig(). Routes: POST|PUT /api/feedback, GET /healthz, and the manager's routes
 * (admin.mjs). With webhooks configured it also sends the outbox until the app closes.
 */
export async function buildApp({ store, config, logger = false }) {
  const app = Fastify({ logger, bodyLimit: config.bodyLimit, trustProxy: false });
  checkWebhookSecret(config);
  const notify = notificationsFor(config);
  const dispatcher = notify
    ? startDispatcher({ store, config, log: (level, message) => app.log[level](message) })
    : undefined;
  app.addHook('onClose', async () => dispatcher?.stop());

  await app.register(cors, {
    // Only the configured origins; a same-origin page sends no Origin to check.
    origin: (origin, callback) => callback(null, !origin || config.allowedOrigins.includes(origin)),
    methods: ['POST', 'PUT', 'OPTIONS'],
    allowedHeaders: [...widgetHeaders, ...config.allowedHeaders],
    exposedHeaders: ['Retry-After'],
    credentials: true,
    maxAge: 600,
  });

  await app.register(rateLimit, {
    global: false,
    max: config.rateLimit,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'rate_limited',
      field: null,
      message: `Too many submissions from this address; try again in ${Math.ceil(context.ttl / 1000)} s.`,
    }),
  });

  // The raw body of every content type the widget sends; decoding is ours, strict about UTF-8.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(bodyTypes, { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, decodeBody(body, request.headers['content-type'].split(';')[0].trim().toLowerCase()));
    } catch (error) {
      done(error);
    }
  });
  app.addContentTypeParser('*', (request, _payload, done) => {
    done(
      new InputError(
        415,
        'unsupported_media_type',
        null,
        `Send ${bodyTypes.join(', ')}; got ${request.headers['content-type'] ?? 'none'}.`
      )
    );
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof InputError) {
      return reply.code(error.statusCode).send({ error: error.error, field: error.field, message: error.message });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply
        .code(413)
        .send({ error: 'too_large', field: null, message: `The body is over ${config.bodyLimit} bytes.` });
    }
    if (error.statusCode === 429) return reply.code(429).send(error);
    if (error.statusCode === 401) {
      return reply.code(401).send({ error: 'unauthorized', field: null, message: 'Wrong user name or password.' });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ error: 'bad_request', field: null, message: error.message });
    }
    app.log.error(error);
    return reply
      .code(500)
      .send({ error: 'internal', field: null, message: 'The collector had an internal error; please try again.' });
  });

  const receive = async (request, reply) => {
    if (request.body === undefined) throw new InputError(400, 'invalid', '/', 'The body is empty.');
    const payload = validatePayload(request.body);
    const key = request.headers['idempotency-key'];
    if (key !== undefined && key !== payload.id) {
      throw new InputError(400, 'invalid', 'Idempotency-Key', 'The Idempotency-Key header must equal the payload id.');
    }
    const receivedAt = new Date();
    const { created, receipt } = await store.insert(payload, { receivedAt, outbox: notify?.(payload, receivedAt) });
    if (created) dispatcher?.kick();
    return reply.code(created ? 201 : 200).send({ id: payload.id, receipt });
  };
  const limited = { config: { rateLimit: { max: config.rateLimit, timeWindow: 60_000 } } };
  app.post('/api/feedback', limited, receive);
  app.put('/api/feedback', limited, receive);

  app.get('/healthz', async () => ({
    ok: true,
    database: store.kind,
    ...(dispatcher ? { webhooks: await store.outboxCounts() } : {}),
  }));
  await registerAdmin(app, { store, config });
  return app;
}
