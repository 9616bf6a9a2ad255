// `cem analyze` reads the element's JSDoc (@event, @csspart, @cssprop, @tagname) and its static
// properties, and writes custom-elements.json: what editors, frameworks and the README's API
// tables (scripts/docs.mjs) are built from.
import { posix } from 'node:path';

/**
 * The analyzer reports `state: true` entries of `static properties` as attributes, and guesses an
 * event from a `dispatchEvent(new X(value))` argument. Keep the manifest to the public contract:
 * attributes of public fields, and the documented `feedback-*` events.
 */
function publicContractOnly() {
  return {
    name: 'public-contract-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const privateFields = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((member) => member.name)
          );
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) => !privateFields.has(attribute.fieldName)
          );
          declaration.events = (declaration.events ?? []).filter((event) => event.name?.startsWith('feedback-'));
        }
      }
    },
  };
}

/**
 * The analyzer names the modules it read (`src/courtesy-feedback.ts`), which the package does not
 * ship; an editor or a framework that follows a path must land on the published file
 * (`dist/courtesy-feedback.js`, its types beside it), so every path and module reference is
 * rewritten to the build's.
 */
function shippedPaths() {
  // `src/a/b.ts` or `/src/a/b.js` → `dist/a/b.js`; a re-export's `./c.js` is relative to its module.
  const shipped = (path, from) => {
    const inSrc = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
    return inSrc.replace(/^src\/(.*)\.(ts|js)$/, 'dist/$1.js');
  };
  const rewrite = (value, from) => {
    if (Array.isArray(value)) return value.forEach((item) => rewrite(item, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') value[key] = shipped(inner, from);
      else rewrite(inner, from);
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        rewrite(module.declarations, from);
        rewrite(module.exports, from);
        module.path = shipped(from, from);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicContractOnly(), shippedPaths()],
};
