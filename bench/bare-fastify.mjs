// The baseline the collector is measured beside: a bare Fastify app that does only what any intake
// must, parse the JSON body and make one idempotent insert of it (INSERT … ON CONFLICT DO NOTHING on
// the id), with no validation, CORS, rate limit, receipt or group commit. Same process model, same
// database. `node bench/bare-fastify.mjs --port 9000 --database-url <sqlite file | postgres://…>`
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import Database from 'better-sqlite3';
import pg from 'pg';

const { values } = parseArgs({ options: { port: { type: 'string' }, 'database-url': { type: 'string' } } });
const databaseUrl = values['database-url'];
const create = 'CREATE TABLE IF NOT EXISTS bare (id TEXT PRIMARY KEY, body TEXT NOT NULL)';

let insert;
let close;
if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query(create);
  insert = async (id, body) =>
    (await pool.query('INSERT INTO bare VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [id, body])).rowCount;
  close = () => pool.end();
} else {
  const db = new Database(databaseUrl);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(create);
  const statement = db.prepare('INSERT INTO bare VALUES (?, ?) ON CONFLICT (id) DO NOTHING');
  insert = async (id, body) => statement.run(id, body).changes;
  close = () => db.close();
}

const app = Fastify({ logger: false });
app.post('/api/feedback', async (request, reply) => {
  const created = await insert(request.body.id, JSON.stringify(request.body));
  return reply.code(created ? 201 : 200).send({ id: request.body.id });
});
app.get('/healthz', async () => ({ ok: true }));
await app.listen({ port: Number(values.port), host: '127.0.0.1' });
process.on('SIGTERM', async () => {
  await app.close();
  await close();
  process.exit(0);
});
