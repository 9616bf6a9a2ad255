// The embed's size budgets (Lion's bundlesize habit): the first script, Lit included, and with the
// delivery chunk what a page that sends downloads (the figures and their history: lib/sizes.mjs).
import { fileURLToPath } from 'node:url';
import {
  BUDGET_BROTLI_BYTES,
  BUDGET_SENDING_BROTLI_BYTES,
  BUDGET_STATUS_BROTLI_BYTES,
  embedSizes,
  sizesOf,
} from './lib/sizes.mjs';

const { entry, chunks } = embedSizes(fileURLToPath(new URL('../dist/', import.meta.url)));
const line = ({ file, raw, gzip, brotli }) => `dist/${file}: ${raw} B raw, ${gzip} B gzip, ${brotli} B brotli`;
console.log(`${line(entry)} (budget ${BUDGET_BROTLI_BYTES} B brotli)`);
for (const chunk of chunks) console.log(`  loaded on demand: ${line(chunk)}`);

const status = {
  file: 'courtesy-feedback-status.min.js',
  ...sizesOf(new URL('../dist/courtesy-feedback-status.min.js', import.meta.url)),
};
console.log(`${line(status)} (budget ${BUDGET_STATUS_BROTLI_BYTES} B brotli)`);

const delivery = chunks.find((chunk) => chunk.name === 'delivery');
const failures = [];
if (entry.brotli > BUDGET_BROTLI_BYTES)
  failures.push(`the first script exceeds its budget by ${entry.brotli - BUDGET_BROTLI_BYTES} B brotli`);
if (!delivery) failures.push('no delivery chunk was built');
else if (entry.brotli + delivery.brotli > BUDGET_SENDING_BROTLI_BYTES) {
  failures.push(
    `the first script with the delivery chunk, ${entry.brotli + delivery.brotli} B brotli, exceeds ${BUDGET_SENDING_BROTLI_BYTES} B`
  );
}
if (status.brotli > BUDGET_STATUS_BROTLI_BYTES)
  failures.push(`the status element exceeds its budget by ${status.brotli - BUDGET_STATUS_BROTLI_BYTES} B brotli`);
if (failures.length) {
  for (const failure of failures) console.error(`Size budget: ${failure}.`);
  process.exit(1);
}
