// Bytes of a file as shipped: raw, gzip (level 9) and brotli (quality 11), as a CDN would serve it.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The embed's budget: under 15 KB brotli, Lit included. */
export const BUDGET_BROTLI_BYTES = 15 * 1024;

export function sizesOf(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
