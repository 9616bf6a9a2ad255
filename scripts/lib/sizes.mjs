// Bytes of the embed as shipped: raw, gzip (level 9) and brotli (quality 11), as a CDN would serve it.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The embed's first script, Lit included: 15 KB brotli until 2026-12, when the guarantees that must
 * not wait for a download moved into it (the write-ahead outbox, every submission event, bounded
 * chunk loading with its diagnosis, the launcher) and the element's behaviour into controllers:
 * 17 KB, to be won back by moving features out (issue 17).
 */
export const BUDGET_BROTLI_BYTES = 17 * 1024;
/**
 * What a page that sends downloads in all: the first script and the delivery chunk. 20.5 KB until
 * the follow-up by receipt (issue 18) put the thank-you's receipt lines, the check code and the
 * status link in the delivery chunk (+318 B, the first script unchanged): 21 KB, also to be won back
 * (issue 17).
 */
export const BUDGET_SENDING_BROTLI_BYTES = 21 * 1024;

/**
 * `courtesy-feedback-status.min.js`, the page where a visitor follows a case: one file, Lit inside
 * (about 5 KB of it); 9.7 KB brotli when it came (issue 18) in Korean and English, 11.8 KB with the
 * widget's other three languages (about 600 B each), so that a visitor who rated in Vietnamese
 * follows the case in Vietnamese. One file, not chunks per language: it is loaded on the one page
 * that follows a case, and a classic script tag must work from a CDN without a second fetch.
 */
export const BUDGET_STATUS_BROTLI_BYTES = 12 * 1024 + 256;

export function sizesOf(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const CHUNK_FILE = /^courtesy-feedback-(.+)-[\w-]{8}\.min\.js$/;

/**
 * The embed's files in `dist/`: the entry, and each chunk it loads on demand under the name of the
 * module it comes from (`delivery`, a locale, …), with their sizes.
 */
export function embedSizes(distDirectory) {
  const dir = new URL(distDirectory.endsWith('/') ? distDirectory : `${distDirectory}/`, 'file:///');
  const entry = { file: 'courtesy-feedback.min.js', ...sizesOf(new URL('courtesy-feedback.min.js', dir)) };
  const chunks = readdirSync(dir)
    .map((file) => ({ file, match: CHUNK_FILE.exec(file) }))
    .filter(({ match }) => match)
    .map(({ file, match }) => ({ file, name: match[1], ...sizesOf(new URL(file, dir)) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { entry, chunks };
}
