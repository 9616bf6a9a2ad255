// The embed: dist/courtesy-feedback.min.js, production Lit inside, template literals minified, which
// registers <courtesy-feedback> from a classic or a module script; plus the chunks it loads on demand
// (dist/courtesy-feedback-<name>-<hash>.min.js) beside it. Input is tsc's output in dist/.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export const ENTRY_FILE = 'courtesy-feedback.min.js';

/**
 * A classic <script> cannot hold `import`/`export` statements, and its top-level names would become
 * the page's globals. So the entry is wrapped in a function and must import nothing statically; it
 * reaches its chunks with `import()`, which a classic script may call (resolved against the
 * script's own URL). No chunk may import the entry back: that would run a second copy of it (chunks
 * may import each other). Both are checked here, so a change that breaks them fails the build.
 */
/**
 * How the entry loads a chunk: `import()` of its URL resolved against the entry's own address.
 * A classic script without `crossorigin` from another origin (a CDN) is "CORS-cross-origin": there
 * Chromium resolves a relative `import()` against about:blank and refuses it, while an absolute URL
 * loads. `document.currentScript` names the entry while it runs as a classic script; as a module it
 * is null, and a relative specifier already resolves against the module's URL. A chunk that failed
 * is asked for again under a new query (`?retry=N`): a browser keeps a failed module's URL failed.
 * The URL tried is put on the error, so that the element can say which file failed.
 */
const CHUNK_LOADER =
  '(b=>{const t={};return s=>{const h=b?new URL(s,b).href:s,n=t[s];' +
  'return import(n?h+"?retry="+n:h).catch(e=>{t[s]=(n||0)+1;throw Object.assign(e,{chunk:h})})}})' +
  '(document.currentScript&&document.currentScript.src)';
const RELATIVE_IMPORT = /\bimport\((['"])(\.\/[^'"]+)\1\)/g;

function classicScriptSafe() {
  return {
    name: 'classic-script-safe',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      const rewritten = code.replace(
        RELATIVE_IMPORT,
        (_match, quote, specifier) => `__chunk(${quote}${specifier}${quote})`
      );
      if (/\bimport\(/.test(rewritten))
        this.error(`${chunk.fileName} has an import() the chunk loader does not handle.`);
      // Loaded twice (the snippet pasted twice, or next to the npm build): the second copy does
      // nothing at all, not even evaluate Lit, whose second Trusted Types policy a strict page refuses.
      return {
        code: `customElements.get("courtesy-feedback")||((__chunk)=>{${rewritten}})(${CHUNK_LOADER});`,
        map: null,
      };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (chunk.isEntry && chunk.imports.length) {
          this.error(
            `${chunk.fileName} imports ${chunk.imports.join(', ')} statically; the entry must import nothing.`
          );
        }
        if (chunk.isEntry && chunk.exports.length) this.error(`${chunk.fileName} must export nothing.`);
        if (chunk.imports.includes(ENTRY_FILE)) {
          this.error(
            `${chunk.fileName} imports the entry back: it shares run-time code with the element's own ` +
              '(see src/chunks/delivery/delivery.ts; the lint rule in eslint.config.mjs says the same). Chunks may share code with each other, never with the entry.'
          );
        }
      }
    },
  };
}

const embed = {
  input: 'dist/embed.js',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: ENTRY_FILE,
    // The hash ties each chunk to the entry that names it, so a cached old chunk never meets a new entry.
    chunkFileNames: 'courtesy-feedback-[name]-[hash].min.js',
    // The map ships beside the file; the comment pointing at it is left out to keep the embed small.
    sourcemap: 'hidden',
  },
  plugins: [
    // Default export conditions pick Lit's production build.
    nodeResolve(),
    minifyHTML(),
    classicScriptSafe(),
    terser({
      ecma: 2021,
      module: false,
      warnings: true,
      format: { comments: false },
      // Lit's own private fields start with `__`; mangling them is safe and saves bytes. Each chunk is
      // mangled on its own, so no `__` name may cross from the entry to a chunk.
      mangle: { properties: { regex: /^__/ } },
    }),
  ],
};

export const STATUS_FILE = 'courtesy-feedback-status.min.js';

/**
 * dist/courtesy-feedback-status.min.js: `<courtesy-feedback-status>` for a page that follows a case,
 * one file with Lit inside, for a classic or a module script, and nothing when it is already defined.
 */
const statusEmbed = {
  input: 'dist/status-embed.js',
  output: { file: `dist/${STATUS_FILE}`, format: 'es', sourcemap: 'hidden' },
  plugins: [
    nodeResolve(),
    minifyHTML(),
    {
      name: 'status-classic-script-safe',
      renderChunk(code, chunk) {
        if (chunk.imports.length || chunk.exports.length || chunk.dynamicImports.length)
          this.error(`${STATUS_FILE} must import and export nothing.`);
        return { code: `customElements.get("courtesy-feedback-status")||(()=>{${code}})();`, map: null };
      },
    },
    terser({ ecma: 2021, module: false, format: { comments: false }, mangle: { properties: { regex: /^__/ } } }),
  ],
};

export default [embed, statusEmbed];
