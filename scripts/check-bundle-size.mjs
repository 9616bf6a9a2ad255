// The embed file's size budget (Lion's bundlesize habit): under 15 KB brotli, Lit included.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET_BROTLI_BYTES = 15 * 1024;
const file = new URL('../dist/courtesy-feedback.min.js', import.meta.url);
const bytes = readFileSync(file);
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(
  `dist/courtesy-feedback.min.js: ${bytes.length} B raw, ${gzip} B gzip, ${brotli} B brotli (budget ${BUDGET_BROTLI_BYTES} B brotli)`
);
if (brotli > BUDGET_BROTLI_BYTES) {
  console.error(`Size budget exceeded by ${brotli - BUDGET_BROTLI_BYTES} B brotli.`);
  process.exit(1);
}
