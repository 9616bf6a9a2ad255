// `cem analyze` reads the element's JSDoc (@event, @csspart, @cssprop, @tagname) and its static
// properties, and writes custom-elements.json: what editors, frameworks and the README's API
// tables (scripts/docs.mjs) are built from.

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

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicContractOnly()],
};
