// Written by scripts/sync-version.mjs from package.json (`npm version` runs it); a test checks they agree.
export const VERSION = '0.1.0';
