// Manager accounts and their dashboard sessions, for both databases: the SQL is the same but for
// placeholders, so one implementation runs on whichever statement runner the store gives it.
import type { Dialect } from './queries.js';

export const roles = ['manager', 'viewer'] as const;
/** `manager` may read, hide and restore; `viewer` may only read. */
export type Role = (typeof roles)[number];
export const isRole = (value: unknown): value is Role => (roles as readonly unknown[]).includes(value);

export interface ManagerAccount {
  name: string;
  role: Role;
  created_at: string;
}

export interface StoredManager extends ManagerAccount {
  password_hash: string;
}

/** A live dashboard session, with its owner's current role. */
export interface ManagerSession {
  name: string;
  role: Role;
  csrf: string;
  created_at: string;
  seen_at: string;
}

/** Sessions older than either instant are over: idle too long, or begun too long ago. */
export interface SessionLimits {
  seenAfter: Date;
  createdAfter: Date;
}

export interface AccountStore {
  /** Adds an account; false when the name is taken. */
  add(account: StoredManager): Promise<boolean>;
  /** Adds the account or sets its role and password (ADMIN_USER / ADMIN_PASSWORD at start). */
  put(account: StoredManager): Promise<void>;
  find(name: string): Promise<StoredManager | undefined>;
  list(): Promise<ManagerAccount[]>;
  setPasswordHash(name: string, hash: string): Promise<void>;
  /** Removes the account and ends its sessions; false when there was none. */
  remove(name: string): Promise<boolean>;
  startSession(session: { tokenHash: string; name: string; csrf: string; at: Date }): Promise<void>;
  /** The session, if it is still live. */
  session(tokenHash: string, limits: SessionLimits): Promise<ManagerSession | undefined>;
  touchSession(tokenHash: string, at: Date): Promise<void>;
  endSession(tokenHash: string): Promise<void>;
  /** Ends every session of one account (a new password). */
  endSessionsOf(name: string): Promise<void>;
  /** Forgets the sessions that are over (at each sign-in, so that the table stays small). */
  endStaleSessions(limits: SessionLimits): Promise<void>;
}

/** What a store gives: its placeholders, a query that returns rows, and a statement that counts them. */
export interface StatementRunner {
  dialect: Dialect;
  all<Row>(sql: string, params: unknown[]): Promise<Row[]>;
  run(sql: string, params: unknown[]): Promise<number>;
}

export function accountStore({ dialect: d, all, run }: StatementRunner): AccountStore {
  const [p1, p2, p3] = [1, 2, 3].map((n) => d.param(n));
  const [t1, t2, t3, t4] = [1, 2, 3, 4].map((n) => d.time(n));
  const values = (a: StoredManager) => [a.name, a.role, a.password_hash, a.created_at];
  const insert = `INSERT INTO managers (name, role, password_hash, created_at) VALUES (${p1}, ${p2}, ${p3}, ${t4})`;
  const stale = `seen_at <= ${t1} OR created_at <= ${t2}`;
  return {
    async add(account) {
      return (await run(`${insert} ON CONFLICT (name) DO NOTHING`, values(account))) === 1;
    },
    async put(account) {
      await run(
        `${insert} ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash`,
        values(account)
      );
    },
    async find(name) {
      const [row] = await all<StoredManager>(
        `SELECT name, role, password_hash, created_at FROM managers WHERE name = ${p1}`,
        [name]
      );
      return row;
    },
    list: () => all<ManagerAccount>('SELECT name, role, created_at FROM managers ORDER BY name', []),
    async setPasswordHash(name, hash) {
      await run(`UPDATE managers SET password_hash = ${p2} WHERE name = ${p1}`, [name, hash]);
    },
    async remove(name) {
      // Sessions first: SQLite enforces the cascade only with foreign_keys on, PostgreSQL always.
      await run(`DELETE FROM manager_sessions WHERE name = ${p1}`, [name]);
      return (await run(`DELETE FROM managers WHERE name = ${p1}`, [name])) === 1;
    },
    async startSession({ tokenHash, name, csrf, at }) {
      await run(
        `INSERT INTO manager_sessions (token_hash, name, csrf, created_at, seen_at) VALUES (${p1}, ${p2}, ${p3}, ${t4}, ${t4})`,
        [tokenHash, name, csrf, at.toISOString()]
      );
    },
    async session(tokenHash, { seenAfter, createdAfter }) {
      const [row] = await all<ManagerSession>(
        `SELECT s.name, m.role, s.csrf, s.created_at, s.seen_at
          FROM manager_sessions s JOIN managers m ON m.name = s.name
          WHERE s.token_hash = ${p1} AND s.seen_at > ${t2} AND s.created_at > ${t3}`,
        [tokenHash, seenAfter.toISOString(), createdAfter.toISOString()]
      );
      return row;
    },
    async touchSession(tokenHash, at) {
      await run(`UPDATE manager_sessions SET seen_at = ${t2} WHERE token_hash = ${p1}`, [tokenHash, at.toISOString()]);
    },
    async endSession(tokenHash) {
      await run(`DELETE FROM manager_sessions WHERE token_hash = ${p1}`, [tokenHash]);
    },
    async endSessionsOf(name) {
      await run(`DELETE FROM manager_sessions WHERE name = ${p1}`, [name]);
    },
    async endStaleSessions({ seenAfter, createdAfter }) {
      await run(`DELETE FROM manager_sessions WHERE ${stale}`, [seenAfter.toISOString(), createdAfter.toISOString()]);
    },
  };
}
