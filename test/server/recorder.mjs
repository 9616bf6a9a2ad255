// A real HTTP endpoint for browser tests. Each test uses its own "bin" (/bin/<id>/...), so tests in
// parallel browsers never see each other's requests. The endpoint URL scripts the answer:
//   ?status=503       answer with this status (default 201)
//   ?body=...         answer body (default {"receipt":"CF-TEST-0001"} for 2xx)
//   ?delay=ms         wait before answering (bounded to 30 s)
//   ?cors=none        send no CORS headers (the browser must refuse the response)
// GET /bin/<id>/log returns what the bin received, each body parsed and checked against the schema.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fromFormFields } from '../../dist/transport/decode-form.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/courtesy-feedback-v1.schema.json', import.meta.url)));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const MAX_BINS = 5000;
const bins = new Map();

function record(bin, entry) {
  if (!bins.has(bin)) {
    if (bins.size >= MAX_BINS) bins.delete(bins.keys().next().value);
    bins.set(bin, []);
  }
  bins.get(bin).push(entry);
}

function corsHeaders(req) {
  const origin = req.headers.origin;
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'POST, PUT, OPTIONS',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '',
    'Access-Control-Max-Age': '0',
    Vary: 'Origin',
  };
}

function parseBody(contentType, text) {
  try {
    if (contentType.startsWith('application/x-www-form-urlencoded')) {
      return fromFormFields(new URLSearchParams(text), schema);
    }
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Handles /bin/... requests; returns false for any other path so that a host server can go on. */
export function handleRecorderRequest(req, res) {
  const url = new URL(req.url, 'http://recorder.invalid');
  const match = /^\/bin\/([\w-]{1,64})(\/log)?\/?/.exec(url.pathname);
  if (!match) return false;
  const [, bin, isLog] = match;
  const cors = url.searchParams.get('cors') === 'none' ? {} : corsHeaders(req);

  if (isLog) {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(bins.get(bin) ?? []));
    return true;
  }

  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size <= 1_000_000) chunks.push(chunk);
  });
  req.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    const contentType = req.headers['content-type'] ?? '';
    const payload = req.method === 'OPTIONS' ? undefined : parseBody(contentType, text);
    const valid = payload === undefined ? false : validate(payload);
    record(bin, {
      method: req.method,
      path: url.pathname,
      headers: req.headers,
      body: text,
      payload,
      schemaErrors: valid ? null : (validate.errors ?? [{ message: 'body is not JSON' }]),
      at: Date.now(),
    });
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    const status = Number(url.searchParams.get('status') ?? 201);
    const delay = Math.min(Number(url.searchParams.get('delay') ?? 0), 30_000);
    const body =
      url.searchParams.get('body') ?? (status >= 200 && status < 300 ? JSON.stringify({ receipt: 'CF-TEST-0001' }) : '');
    const answer = () => {
      if (res.destroyed) return;
      const type = body.startsWith('{') ? 'application/json' : 'text/html; charset=utf-8';
      res.writeHead(status, { ...cors, 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    const timer = setTimeout(answer, delay);
    res.on('close', () => clearTimeout(timer));
  });
  return true;
}

/** A standalone recorder on 127.0.0.1 with an OS-chosen port: a cross-origin endpoint for tests. */
export function startRecorder() {
  const server = createServer((req, res) => {
    if (!handleRecorderRequest(req, res)) {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}
