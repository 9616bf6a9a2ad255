// The embed file's size budget (Lion's bundlesize habit): under 15 KB brotli, Lit included.
import { BUDGET_BROTLI_BYTES, sizesOf } from './lib/sizes.mjs';

const { raw, gzip, brotli } = sizesOf(new URL('../dist/courtesy-feedback.min.js', import.meta.url));
console.log(
  `dist/courtesy-feedback.min.js: ${raw} B raw, ${gzip} B gzip, ${brotli} B brotli (budget ${BUDGET_BROTLI_BYTES} B brotli)`
);
if (brotli > BUDGET_BROTLI_BYTES) {
  console.error(`Size budget exceeded by ${brotli - BUDGET_BROTLI_BYTES} B brotli.`);
  process.exit(1);
}
