// `npm start`: the project's main job. The reference collector on http://127.0.0.1:8787 with its
// SQLite file (.data/feedback.sqlite), serving the demo pages, which post to it, the built widget,
// and the manager's dashboard (/admin/).
// Under /bin/ it also mounts the tests' scriptable endpoint, so that a demo can show a failing server
// (503) and what an "existing system" receives. Manager credentials are made up at each start.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { buildApp, contactKey, newContactKey, openStore, readConfig } from 'courtesy-feedback-collector';
import { handleRecorderRequest } from '../test/server/recorder.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The demo runs under the strict policy the README recommends: no inline script or style.
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const config = readConfig();
config.adminUser ??= 'admin';
config.adminPassword ??= randomBytes(9).toString('base64url');
// The demo's contact key, made up once and kept beside its database so that a restart can still
// open what it sealed. (An agency keeps its CONTACT_KEY in its secrets, never beside the data.)
let demoKeyFile;
if (config.contactKeys.length === 0) {
  demoKeyFile = join(/^postgres/.test(config.databaseUrl) ? '.data' : dirname(config.databaseUrl), 'demo-contact-key');
  if (!existsSync(demoKeyFile)) {
    mkdirSync(dirname(demoKeyFile), { recursive: true });
    writeFileSync(demoKeyFile, `${newContactKey()}\n`, { mode: 0o600 });
  }
  config.contactKeys = [contactKey(readFileSync(demoKeyFile, 'utf8'))];
}
const store = await openStore(config.databaseUrl, { timeZone: config.timeZone });
const app = await buildApp({ store, config });

for (const folder of ['demo', 'dist', 'schema', 'docs']) {
  await app.register(fastifyStatic, {
    root: `${root}${folder}`,
    prefix: `/${folder}/`,
    decorateReply: folder === 'demo',
    // Since @fastify/static 10 this receives the Fastify reply.
    setHeaders: (reply) => {
      reply.header('Content-Security-Policy', contentSecurityPolicy);
      reply.header('Cache-Control', 'no-store');
    },
  });
}
app.get('/', (_request, reply) =>
  reply.header('Content-Security-Policy', contentSecurityPolicy).sendFile('index.html')
);
// The scriptable endpoint reads the raw request itself, so its scope must not consume the body.
await app.register(async (scope) => {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
  scope.all('/bin/*', (request, reply) => {
    reply.hijack();
    handleRecorderRequest(request.raw, reply.raw);
  });
});

await app.listen({ port: config.port, host: config.host });
console.log(
  `courtesy-feedback: demo pages and collector on http://${config.host}:${config.port}/ (${store.kind}: ${config.databaseUrl})`
);
console.log(
  `Dashboard: http://${config.host}:${config.port}/admin/ (and /api/stats, /api/export.csv), user "${config.adminUser}", password "${config.adminPassword}"`
);
if (demoKeyFile)
  console.log(`Contact details sealed with the demo key in ${demoKeyFile} (set CONTACT_KEY in production).`);
