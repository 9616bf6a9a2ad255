// Writes the README's API tables from custom-elements.json (one source: the element's own docs).
// `node scripts/docs.mjs --check` exits 1 when the README is out of date; the tests run that.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const readmeUrl = new URL('../README.md', import.meta.url);
const declarationOf = (tagName) => {
  const found = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tagName);
  if (!found) throw new Error(`custom-elements.json has no <${tagName}>; run npm run build first`);
  return found;
};
const element = declarationOf('courtesy-feedback');
const statusElement = declarationOf('courtesy-feedback-status');

const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text ? `\`${text}\`` : '');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');

const members = element.members ?? [];
const publicFields = members.filter(
  (member) => member.kind === 'field' && member.privacy !== 'private' && !member.static
);
const attributeFields = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName));

const attributesTable = (declaration) =>
  table(
    ['attribute', 'property', 'default', 'meaning'],
    (declaration.attributes ?? []).map((attribute) => [
      code(attribute.name),
      code(attribute.fieldName),
      code(attribute.default?.replace(/'/g, '')),
      attribute.description,
    ])
  );
const partsTable = (declaration) =>
  table(
    ['part', 'what it is'],
    (declaration.cssParts ?? []).map((part) => [code(part.name), part.description])
  );

const sections = {
  attributes: attributesTable(element),
  properties: table(
    ['member', 'type', 'meaning'],
    [
      ...publicFields
        .filter((field) => !attributeFields.has(field.name))
        .map((field) => [code(field.name), code(field.type?.text), field.description]),
      ...members
        .filter((member) => member.kind === 'method' && member.privacy !== 'private' && !member.static)
        .map((method) => [code(`${method.name}()`), code(method.return?.type?.text), method.description]),
    ]
  ),
  events: table(
    ['event', 'class', 'when and `detail`'],
    (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), event.description])
  ),
  parts: partsTable(element),
  'css-properties': table(
    ['custom property', 'styles'],
    (element.cssProperties ?? []).map((property) => [code(property.name), property.description])
  ),
  'status-attributes': attributesTable(statusElement),
  'status-parts': partsTable(statusElement),
};

let readme = readFileSync(readmeUrl, 'utf8');
const original = readme;
for (const [name, content] of Object.entries(sections)) {
  const pattern = new RegExp(`(<!-- api:${name} -->\\n)[\\s\\S]*?(<!-- /api:${name} -->)`);
  if (!pattern.test(readme)) throw new Error(`README.md lacks the <!-- api:${name} --> markers`);
  readme = readme.replace(pattern, `$1${content}\n$2`);
}
if (process.argv.includes('--check')) {
  if (readme !== original) {
    console.error('README.md API tables are out of date with custom-elements.json: run `node scripts/docs.mjs`.');
    process.exit(1);
  }
  console.log('README.md API tables match custom-elements.json');
} else {
  writeFileSync(readmeUrl, readme);
  console.log('README.md API tables written from custom-elements.json');
}
