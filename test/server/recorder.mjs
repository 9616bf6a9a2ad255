// A real HTTP endpoint for browser tests. Each test uses its own "bin" (/bin/<id>/...), so tests in
// parallel browsers never see each other's requests. The endpoint URL scripts the answer:
//   ?status=503       answer with this status (default 201)
//   ?body=...         answer body (default {"receipt":"CF-TEST-0001"} for 2xx)
//   ?delay=ms         wait before answering (bounded to 30 s)
//   ?cors=none        send no CORS headers (the browser must refuse the response)
//   ?failFirst=N      answer the first N requests of the bin with ?status (503 by default), then 201
//   ?retryAfter=S     add Retry-After: S to failures
//   ?chaos=SEED&timeoutMs=T   a seeded mix for fault tests: 30 % 503, 10 % 429, 10 % no answer
//                     within T ms (the client times out), the rest accepted
// Like a real collector, a bin stores each payload id once: a repeat is answered 200 with the same
// receipt and recorded as a duplicate (entry.stored is false).
// GET /bin/<id>/log returns what the bin received, each body parsed and checked against the schema.
// GET /bin/<id>/down makes the network to that bin fail (every request's socket is destroyed, as
// when the visitor's connection is gone) until GET /bin/<id>/up.
//
// The same server is a CDN for the built embed, on its own origin: /cdn/<bin>/<behaviour>/<file>
// serves dist/<file>, where <behaviour> is
//   cors      with Access-Control-Allow-Origin: * (as jsDelivr and unpkg send)
//   nocors    without it
//   missing   the first script only; every other file answers 404 (with CORS, so the 404 is seen)
//   hang      the first script only; every other request is never answered (held at most 40 s)
// While the bin is down, the first script is still served (as if cached) and every chunk fails.
// GET /cdn/<bin>/log lists the paths requested, so that tests can count chunk requests.
import { existsSync, readFileSync } from 'node:fs';
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
/** Bins whose network is down (see /down). */
const down = new Set();
const dist = new URL('../../dist/', import.meta.url);
const ENTRY = 'courtesy-feedback.min.js';
const cdnLogs = new Map();

/** Serves the built embed as a CDN would, or as a badly configured one does. */
function handleCdnRequest(req, res, url) {
  const match = /^\/cdn\/([\w-]{1,64})\/(?:(log)|(cors|nocors|missing|hang)\/([\w.-]+\.js))$/.exec(url.pathname);
  if (!match) return false;
  const [, bin, isLog, behaviour, file] = match;
  if (isLog) {
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
    });
    res.end(JSON.stringify(cdnLogs.get(bin) ?? []));
    return true;
  }
  if (!cdnLogs.has(bin)) {
    if (cdnLogs.size >= MAX_BINS) cdnLogs.delete(cdnLogs.keys().next().value);
    cdnLogs.set(bin, []);
  }
  cdnLogs.get(bin).push(`${file}${url.search}`);
  const entry = file === ENTRY;
  if (!entry && down.has(bin)) return (void req.socket.destroy(), true);
  if (!entry && behaviour === 'hang') {
    const timer = setTimeout(() => res.destroy(), 40_000);
    res.on('close', () => clearTimeout(timer));
    return true;
  }
  const headers = { 'Cache-Control': 'no-store' };
  if (behaviour !== 'nocors') headers['Access-Control-Allow-Origin'] = '*';
  const path = new URL(file, dist);
  if ((!entry && behaviour === 'missing') || !existsSync(path)) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
    res.end('not found');
    return true;
  }
  res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
  res.end(readFileSync(path));
  return true;
}

function binState(bin) {
  if (!bins.has(bin)) {
    if (bins.size >= MAX_BINS) bins.delete(bins.keys().next().value);
    bins.set(bin, { log: [], requests: 0, stored: new Map(), random: undefined });
  }
  return bins.get(bin);
}

/** mulberry32: a small seeded generator, so a fault test's sequence of faults is repeatable. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What to answer this request with: status, extra headers, delay. */
function scriptedAnswer(state, params) {
  const number = ++state.requests;
  if (params.has('chaos')) {
    state.random ??= seeded(Number(params.get('chaos')));
    const roll = state.random();
    if (roll < 0.3) return { status: 503 };
    if (roll < 0.4) return { status: 429, retryAfter: '0' };
    // Stored at once, but the answer comes after the client gave up: the retry must be recognised.
    if (roll < 0.5) return { status: 201, delay: Number(params.get('timeoutMs') ?? 1000) * 3, storeEarly: true };
    return { status: 201 };
  }
  const failFirst = Number(params.get('failFirst') ?? 0);
  if (failFirst && number > failFirst) return { status: 201 };
  return {
    status: Number(params.get('status') ?? (failFirst ? 503 : 201)),
    retryAfter: params.get('retryAfter') ?? undefined,
    delay: Math.min(Number(params.get('delay') ?? 0), 30_000),
  };
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
  if (handleCdnRequest(req, res, url)) return true;
  const match = /^\/bin\/([\w-]{1,64})(?:(\/log)|\/(down|up))?\/?/.exec(url.pathname);
  if (!match) return false;
  const [, bin, isLog, toggle] = match;
  const cors = url.searchParams.get('cors') === 'none' ? {} : corsHeaders(req);
  if (toggle) {
    if (toggle === 'down') down.add(bin);
    else down.delete(bin);
    res.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
    res.end();
    return true;
  }

  if (isLog) {
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
    });
    res.end(JSON.stringify(bins.get(bin)?.log ?? []));
    return true;
  }
  if (down.has(bin)) {
    req.socket.destroy();
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
    const state = binState(bin);
    const entry = {
      method: req.method,
      path: url.pathname,
      headers: req.headers,
      body: text,
      payload,
      schemaErrors: valid ? null : (validate.errors ?? [{ message: 'body is not JSON' }]),
      at: Date.now(),
      status: null,
      stored: false,
    };
    state.log.push(entry);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    const script = scriptedAnswer(state, url.searchParams);
    let status = script.status;
    const id = payload?.id;
    const accepted = status >= 200 && status < 300;
    const store = () => {
      if (accepted && id && state.stored.has(id)) status = 200;
      else if (accepted && id) {
        state.stored.set(id, `CF-TEST-${String(state.stored.size + 1).padStart(4, '0')}`);
        entry.stored = true;
      }
    };
    if (script.storeEarly) store();
    const answer = () => {
      if (res.destroyed) return;
      // Stored when the answer goes out, as a collector commits before it answers.
      if (!script.storeEarly) store();
      entry.status = status;
      const body =
        url.searchParams.get('body') ??
        (accepted ? JSON.stringify({ receipt: id ? state.stored.get(id) : 'CF-TEST-0001' }) : '');
      const type = body.startsWith('{') ? 'application/json' : 'text/html; charset=utf-8';
      const headers = { ...cors, 'Content-Type': type, 'Cache-Control': 'no-store' };
      if (script.retryAfter !== undefined && !accepted) headers['Retry-After'] = script.retryAfter;
      if (cors['Access-Control-Allow-Origin']) headers['Access-Control-Expose-Headers'] = 'Retry-After';
      res.writeHead(status, headers);
      res.end(body);
    };
    const timer = setTimeout(answer, script.delay ?? 0);
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
