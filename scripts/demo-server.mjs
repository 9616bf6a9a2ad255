// `npm start`: serves the demo pages and the built widget on http://127.0.0.1:8787.
// Until the collector (collector/, issue 5) exists, submissions go to the recording endpoint the
// browser tests use: it validates each one against the schema and keeps it in memory only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleRecorderRequest } from '../test/server/recorder.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const servedFolders = ['demo', 'dist', 'docs', 'schema'];

const server = createServer((req, res) => {
  if (handleRecorderRequest(req, res)) return;
  const path = decodeURIComponent(new URL(req.url, 'http://demo.invalid').pathname);
  const relative = path === '/' ? 'demo/index.html' : normalize(path).replace(/^[/\\]+/, '');
  const file = join(root, relative);
  const allowed = servedFolders.some((folder) => relative === folder || relative.startsWith(folder + sep));
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    // The demo runs under the strict policy the README recommends: no inline script or style.
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  });
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`courtesy-feedback demo: http://${host}:${port}/`);
  console.log('Submissions go to the in-memory recording endpoint at /bin/demo/feedback (see /bin/demo/log).');
});
