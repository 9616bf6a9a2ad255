// `courtesy-feedback-collector user add|password|list|remove`: the manager accounts, kept in the
// collector's own database. A password is never an argument (a process list would show it): it is
// asked for twice at a terminal, or read as the first line of standard input from a script.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { isRole, roles, type Role } from './db/accounts.js';
import type { FeedbackStore } from './db/store.js';
import { accountNameProblem } from './lib/account-name.js';
import { hashPassword, passwordProblem } from './lib/password.js';

export const userUsage = `  user add NAME [--role manager|viewer]   add an account (role manager unless said); asks for its password
  user password NAME                      give an account a new password; its sessions end
  user list                               the accounts, their roles and when they were added
  user remove NAME                        remove an account; its sessions end`;

/** A refusal of what was typed: the command ends with this line and code 2. */
export class UsageError extends Error {}

/** Splits `--role X` off the arguments; the rest are settings. */
export function takeRole(args: string[]): { role: Role; rest: string[] } {
  const at = args.findIndex((arg) => arg === '--role' || arg.startsWith('--role='));
  if (at < 0) return { role: 'manager', rest: args };
  const arg = args[at]!;
  const value = arg.includes('=') ? arg.slice('--role='.length) : args[at + 1];
  if (!isRole(value)) throw new UsageError(`--role must be ${roles.join(' or ')}, got "${value ?? ''}"`);
  const rest = args.filter((_, i) => i !== at && !(i === at + 1 && !arg.includes('=')));
  return { role: value, rest };
}

/** Asks at a terminal without showing what is typed. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

/** The first line of standard input (a script: `printf '%s\n' "$PASSWORD" | … user add NAME`). */
async function firstLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function readPassword(name: string): Promise<string> {
  let password: string;
  if (process.stdin.isTTY) {
    password = await askHidden(`Password for ${name}: `);
    if ((await askHidden('The same again: ')) !== password) throw new UsageError('the two passwords differ');
  } else {
    password = await firstLine();
  }
  const problem = passwordProblem(password);
  if (problem) throw new UsageError(problem);
  return password;
}

function nameFrom(args: string[], verb: string): string {
  const [name, ...extra] = args;
  if (name === undefined) throw new UsageError(`user ${verb} needs a NAME`);
  if (extra.length > 0) throw new UsageError(`user ${verb} takes one NAME, got "${extra.join(' ')}" too`);
  const problem = accountNameProblem(name);
  if (problem) throw new UsageError(problem);
  return name;
}

/** Runs one `user …` command on the store; returns what to print. */
export async function runUserCommand(store: FeedbackStore, verb: string | undefined, args: string[], role: Role) {
  const { accounts } = store;
  switch (verb) {
    case 'add': {
      const name = nameFrom(args, verb);
      if (await accounts.find(name)) throw new UsageError(`an account named ${name} exists already`);
      const hash = await hashPassword(await readPassword(name));
      if (!(await accounts.add({ name, role, password_hash: hash, created_at: new Date().toISOString() }))) {
        throw new UsageError(`an account named ${name} exists already`);
      }
      return `added ${name} (${role})`;
    }
    case 'password': {
      const name = nameFrom(args, verb);
      const account = await accounts.find(name);
      if (!account) throw new UsageError(`no account named ${name}`);
      const hash = await hashPassword(await readPassword(name));
      await accounts.setPasswordHash(name, hash);
      // A new password ends the sessions begun with the old one.
      await accounts.endSessionsOf(name);
      return `new password for ${name}; signed out everywhere`;
    }
    case 'list': {
      if (args.length > 0) throw new UsageError(`user list takes no NAME, got "${args.join(' ')}"`);
      const all = await accounts.list();
      if (all.length === 0) return 'no accounts yet; add one with: courtesy-feedback-collector user add NAME';
      const width = Math.max(...all.map((account) => account.name.length));
      return all.map((a) => `${a.name.padEnd(width)}  ${a.role.padEnd(7)}  added ${a.created_at}`).join('\n');
    }
    case 'remove': {
      const name = nameFrom(args, verb);
      if (!(await accounts.remove(name))) throw new UsageError(`no account named ${name}`);
      return `removed ${name}; signed out everywhere`;
    }
    default:
      throw new UsageError(`user needs add, password, list or remove, got "${verb ?? ''}"`);
  }
}
