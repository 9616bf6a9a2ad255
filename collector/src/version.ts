import { readFileSync } from 'node:fs';

/** The collector's version, from its package.json (the one place it is written). */
export const version: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
