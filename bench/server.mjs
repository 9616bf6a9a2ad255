// The benchmarks' page server, in its own process: the collector (a fresh SQLite file, rate limit
// off) serving the built widget, the bench pages and the alternative's bundle from one loopback
// origin, as `npm start` serves the demo. Prints one JSON line: { url, user, password }.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { buildApp, defaults, openStore } from 'courtesy-feedback-collector';

const root = new URL('..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'cf-bench-pages-'));
const config = {
  ...defaults,
  port: 0,
  rateLimit: 100_000_000,
  adminUser: 'bench',
  adminPassword: 'bench-password',
};
const store = await openStore(join(folder, 'bench.sqlite'), { timeZone: config.timeZone });
const app = await buildApp({ store, config });
const folders = { dist: `${root}dist`, 'bench/pages': `${root}bench/pages` };
if (process.env.ALT_DIR) folders.alt = process.env.ALT_DIR;
for (const [prefix, path] of Object.entries(folders)) {
  await app.register(fastifyStatic, {
    root: path,
    prefix: `/${prefix}/`,
    decorateReply: false,
    setHeaders: (reply) => reply.header('Cache-Control', 'no-store'),
  });
}
// The start-up page holds its widgets in its markup, as a CMS page would, so that only the widget
// can move what is below it.
const widget = (i) =>
  `<courtesy-feedback endpoint="/api/feedback" service="여권 발급" department="민원여권과" staff-id="A-${100 + i}" staff-name="김민원" channel="visit"></courtesy-feedback>`;
app.get('/bench/start', (request, reply) => {
  const count = Math.min(200, Math.max(1, Number(request.query.count) || 1));
  const reserve = request.query.reserve !== 'off';
  reply.header('Content-Type', 'text/html; charset=utf-8').header('Cache-Control', 'no-store').send(`<!doctype html>
<html lang="ko">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>courtesy-feedback start-up bench</title>
    <link rel="stylesheet" href="/bench/pages/page.css" />
    ${reserve ? '<link rel="stylesheet" href="/bench/pages/reserve.css" />' : ''}
  </head>
  <body>
    <h1>민원실 친절도 조사</h1>
    <div id="widgets">${Array.from({ length: count }, (_, i) => widget(i)).join('')}</div>
    <p id="below">이 문단은 위젯 아래에 있어요. 위젯이 그려질 때 움직이면 안 돼요.</p>
    <script src="/bench/pages/start.js"></script>
  </body>
</html>`);
});

await app.listen({ port: 0, host: '127.0.0.1' });
const shutdown = async () => {
  await app.close();
  await store.close();
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
console.log(
  JSON.stringify({
    url: `http://127.0.0.1:${app.server.address().port}`,
    user: config.adminUser,
    password: config.adminPassword,
  })
);
