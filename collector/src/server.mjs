#!/usr/bin/env node
// Starts the collector: `node src/server.mjs [--port 8787] [--database-url postgres://…]`.
import { readConfig } from './config.mjs';
import { openStore } from './db/open.mjs';
import { buildApp } from './app.mjs';

let config;
try {
  config = readConfig();
} catch (error) {
  console.error(`courtesy-feedback collector: ${error.message}`);
  process.exit(2);
}
const store = await openStore(config.databaseUrl, { timeZone: config.timeZone });
const app = await buildApp({ store, config, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
const close = async () => {
  await app.close();
  await store.close();
  process.exit(0);
};
process.on('SIGINT', close);
process.on('SIGTERM', close);
await app.listen({ port: config.port, host: config.host });
console.log(`courtesy-feedback collector on http://${config.host}:${config.port} (${store.kind})`);
