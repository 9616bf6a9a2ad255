// The collector as a library, for a host that embeds it (the repository's demo server does).
export { buildApp, type AppOptions } from './app.js';
export { defaults, readConfig, settings, type Config } from './config.js';
export { openStore } from './db/open.js';
export { contactKey, newContactKey } from './lib/contact-seal.js';
export type { FeedbackStore } from './db/store.js';
export { serve, type Serving } from './serve.js';
export { version } from './version.js';
