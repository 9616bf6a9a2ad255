// `courtesy-feedback-collector serve`: opens the store, listens, and on SIGTERM or SIGINT stops
// taking requests, finishes those under way (up to the shutdown timeout), closes the database and
// ends. Log lines are JSON on standard output (pino, through Fastify); no comment text or contact
// detail is ever in one.
import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openStore } from './db/open.js';
import type { FeedbackStore } from './db/store.js';
import { version } from './version.js';

export interface Serving {
  app: FastifyInstance;
  store: FeedbackStore;
  url: string;
}

/** Starts the collector; `extend` may add routes (the repository's demo does) before it listens. */
export async function serve(config: Config, extend?: (app: FastifyInstance) => Promise<void>): Promise<Serving> {
  // The store may have something to say before the app (and its log) exists: said then, in turn.
  const started: { app?: FastifyInstance } = {};
  const store = await openStore(config.databaseUrl, {
    timeZone: config.timeZone,
    warn: (message) =>
      started.app ? started.app.log.warn(message) : console.error(`courtesy-feedback-collector: ${message}`),
  });
  let app: FastifyInstance;
  try {
    app = await buildApp({
      store,
      config,
      logger: {
        level: config.logLevel,
        // Credentials and cookies never reach a log line.
        redact: ['req.headers.authorization', 'req.headers.cookie'],
      },
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  started.app = app;
  await extend?.(app);
  closeWithGrace({ delay: config.shutdownTimeoutMs }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'stopping after an uncaught error');
    else app.log.info(`stopping (${signal})`);
    await app.close();
    await store.close();
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  app.log.info(`courtesy-feedback-collector ${version} on ${url} (${store.kind})`);
  if (config.contactKeys.length === 0) {
    app.log.warn(
      'CONTACT_KEY is not set: contact details left with feedback are not kept, and receipts carry no check code (make a key with: openssl rand -base64 32)'
    );
  }
  return { app, store, url };
}
