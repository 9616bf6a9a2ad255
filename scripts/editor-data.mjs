// Writes the editors' descriptions of the elements from custom-elements.json, as Shoelace ships
// them: dist/vscode.html-custom-data.json (VS Code's `html.customData`) and dist/web-types.json
// (JetBrains IDEs, found through package.json's "web-types"). An enumerated attribute lists its
// values, taken from the arrays its type is made of (config.ts, vocabulary.ts: the one source),
// which a generic converter cannot see behind an alias such as `ScaleName`. Run by `npm run build`,
// after the manifest.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const config = await import(new URL('dist/config.js', root));
const vocabulary = await import(new URL('dist/vocabulary.js', root));
const pageAddress = await import(new URL('dist/page-address.js', root));

/** Each type alias of an enumerated attribute, and the values it is made of. */
const aliases = {
  Method: config.methods,
  ContentType: config.contentTypes,
  CredentialMode: config.credentialModes,
  CommentRule: config.commentRules,
  PiiMode: config.piiModes,
  ContactMode: config.contactModes,
  LauncherPosition: config.launcherPositions,
  ScaleName: vocabulary.scaleNames,
  Channel: vocabulary.channels,
  DisplayMode: vocabulary.displayModes,
  PageUrlMode: pageAddress.pageUrlModes,
};
/** Attributes that take any value but have ones worth offering. */
const suggested = { lang: vocabulary.localeCodes };

/** The values an attribute's type allows, or undefined when it is not an enumeration. */
function valuesOf(attribute) {
  const parts = (attribute.type?.text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined');
  const values = parts.flatMap((part) => {
    if (/^'[^']*'$/.test(part)) return [part.slice(1, -1)];
    if (aliases[part]) return aliases[part];
    // A new enumeration must not reach the editors as a bare string by being forgotten here.
    if (!['string', 'number', 'boolean'].includes(part)) {
      throw new Error(`editor-data: the type ${part} of "${attribute.name}" has no values; add it to the aliases`);
    }
    return [];
  });
  if (values.length > 0 && values.length >= parts.length) return values;
  return suggested[attribute.name];
}

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName).map((element) => ({ element, module }))
);

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map(({ element }) => ({
    name: element.tagName,
    description: element.description ?? element.summary ?? '',
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = valuesOf(attribute);
      return {
        name: attribute.name,
        description: attribute.description ?? '',
        ...(values && { values: values.map((value) => ({ name: value })) }),
        ...(attribute.type?.text === 'boolean' && { valueSet: 'v' }),
      };
    }),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name,
  version,
  'description-markup': 'markdown',
  'framework-config': { 'enable-when': { 'node-packages': [name] } },
  contributions: {
    html: {
      elements: elements.map(({ element, module }) => ({
        name: element.tagName,
        description: element.description ?? '',
        source: { module: `./${module.path}`, symbol: element.name },
        attributes: (element.attributes ?? []).map((attribute) => {
          const values = valuesOf(attribute);
          return {
            name: attribute.name,
            description: attribute.description ?? '',
            ...(attribute.default !== undefined && { default: attribute.default }),
            value: values
              ? { type: values.map((value) => `'${value}'`).join(' | '), kind: 'plain' }
              : {
                  type: attribute.type?.text ?? 'string',
                  kind: attribute.type?.text === 'boolean' ? 'no-value' : 'plain',
                },
          };
        }),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        css: {
          parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
          properties: (element.cssProperties ?? []).map((property) => ({
            name: property.name,
            description: property.description ?? '',
          })),
        },
      })),
    },
  },
};

writeFileSync(new URL('dist/vscode.html-custom-data.json', root), `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(new URL('dist/web-types.json', root), `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`editor data written for ${elements.map(({ element }) => `<${element.tagName}>`).join(', ')}`);
