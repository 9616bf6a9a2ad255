import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../dist/app.js';
import { defaults } from '../dist/config.js';
import { openStore } from '../dist/db/open.js';

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A valid courtesy-feedback/v1 payload, as the widget builds it; `changes` are merged in. */
export function payload(changes = {}) {
  return {
    schema: 'courtesy-feedback/v1',
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    rating: { value: 5, max: 5, scale: 'faces5', label: '매우 친절해요' },
    aspects: [],
    comment: '창구 직원분이 끝까지 설명해 주셨어요',
    piiMasked: false,
    contact: null,
    subject: { service: '여권 발급', department: '민원여권과', staffId: 'A-102', channel: 'visit' },
    page: { url: 'https://www.example.go.kr/minwon', title: '민원실' },
    locale: 'ko',
    metadata: {},
    client: { name: 'courtesy-feedback', version: '0.1.0', attempt: 1 },
    ...changes,
  };
}

/** One contact key for the tests that follow cases (the demo's `npm start` makes its own). */
export const TEST_CONTACT_KEY = 'q83vEjRWeJASNFZ4kBI0VniQEjRWeJASNFZ4kBI0Vng=';

/**
 * A running collector on 127.0.0.1 with an OS-chosen port, over a fresh SQLite file or a fresh
 * PostgreSQL schema (so that runs never see each other's rows). Close it with `stop()`.
 */
export async function startCollector(
  kind,
  overrides = {},
  { schema, sqliteFile, postgresUrl = POSTGRES_URL, now, logger } = {}
) {
  const config = { ...defaults, port: 0, allowedOrigins: ['https://www.example.go.kr'], ...overrides };
  let folder;
  let databaseUrl;
  if (kind === 'sqlite' && sqliteFile) {
    databaseUrl = sqliteFile;
  } else if (kind === 'sqlite') {
    folder = mkdtempSync(join(tmpdir(), 'cf-collector-'));
    databaseUrl = join(folder, 'feedback.sqlite');
  } else {
    databaseUrl = postgresUrl;
  }
  const pgSchema = kind === 'postgres' ? (schema ?? `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`) : undefined;
  const store = await openStore(databaseUrl, { schema: pgSchema, timeZone: config.timeZone });
  let app;
  try {
    app = await buildApp({ store, config, ...(now && { now }), ...(logger && { logger }) });
  } catch (error) {
    await store.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  return {
    url,
    app,
    store,
    schema: pgSchema,
    sqliteFile: kind === 'sqlite' ? databaseUrl : undefined,
    post: (body, { type = 'application/json', headers = {}, method = 'POST' } = {}) =>
      fetch(`${url}/api/feedback`, {
        method,
        headers: { 'Content-Type': type, ...headers },
        body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
      }),
    /** `keepData` leaves the SQLite file or the PostgreSQL schema for a restart (then remove it yourself). */
    async stop({ keepData = false } = {}) {
      await app.close();
      if (kind === 'postgres' && !keepData) {
        const pg = (await import('pg')).default;
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
        await client.end();
      }
      await store.close();
      if (folder && !keepData) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in through the dashboard's form as a browser would (Sec-Fetch-Site: same-origin); returns
 * the session cookie as headers and the CSRF token its pages put in their forms.
 */
export async function signIn(url, name, password, extraHeaders = {}) {
  const response = await fetch(`${url}/admin/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      ...extraHeaders,
    },
    body: new URLSearchParams({ name, password, next: '/admin/' }).toString(),
  });
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const headers = { Cookie: response.headers.get('set-cookie').split(';')[0] };
  const page = await (await fetch(`${url}/admin/`, { headers: { ...headers, ...extraHeaders } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error('the dashboard has no CSRF token in its forms');
  return { headers, csrf };
}

/** Posts a dashboard form with the session's cookie, its token and `fields`. */
export function postForm(url, path, session, fields, headers = {}) {
  return fetch(`${url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...session.headers, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ csrf: session.csrf, ...fields }).toString(),
  });
}
