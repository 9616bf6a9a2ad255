// What the intake accepts: the very schema file the widget package publishes
// (`courtesy-feedback/schema.json`), one source of truth, and its form decoder
// (`courtesy-feedback/server.js`), so that a form body validates exactly like a JSON one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fromFormFields, SCHEMA_ID, type FeedbackPayload } from 'courtesy-feedback/server.js';
import { InputError } from '../errors.js';

const require = createRequire(import.meta.url);
export const payloadSchema: Record<string, unknown> = JSON.parse(
  readFileSync(require.resolve('courtesy-feedback/schema.json'), 'utf8')
);

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: false, strict: true });
addFormats(ajv);
const validateSchema = ajv.compile<FeedbackPayload>(payloadSchema);

/** Nesting deeper than this in `metadata` is refused: the widget never sends it, a flood might. */
export const MAX_METADATA_DEPTH = 5;

/** Whether objects nest more than `levels` deep; looks no deeper than that, so no body can exhaust the stack. */
function nestedDeeperThan(value: unknown, levels: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (levels === 0) return true;
  return Object.values(value).some((child) => nestedDeeperThan(child, levels - 1));
}

// Text no database stores as written: PostgreSQL refuses NUL in text, and an unpaired UTF-16
// surrogate is no character at all. Refused as the client's error rather than failing the write.
// (String.prototype.isWellFormed is Node 20's, typed only from ES2024.)
const storable = (text: string): boolean =>
  !text.includes('\u0000') && (text as string & { isWellFormed(): boolean }).isWellFormed();

/** The path of the first string (or key) that cannot be stored, or undefined. */
function unstorableText(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return storable(value) ? undefined : path || '/';
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}/${key}`;
    if (!storable(key)) return childPath;
    const found = unstorableText(child, childPath);
    if (found) return found;
  }
  return undefined;
}

export const bodyTypes = ['application/json', 'text/plain', 'application/x-www-form-urlencoded'] as const;
export type BodyType = (typeof bodyTypes)[number];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Turns a raw body of one of the widget's three content types into a document, or throws InputError. */
export function decodeBody(buffer: Buffer, contentType: BodyType): unknown {
  let text: string;
  try {
    text = strictUtf8.decode(buffer);
  } catch {
    throw new InputError(400, 'invalid_encoding', null, 'The body is not valid UTF-8.');
  }
  if (contentType === 'application/x-www-form-urlencoded') {
    return fromFormFields(new URLSearchParams(text), payloadSchema);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // A RangeError here means nesting deep enough to exhaust the parser's stack.
    throw new InputError(400, 'invalid_json', null, `The body is not JSON: ${(error as Error).message}`.slice(0, 200));
  }
}

/** The field an error is about: the missing or unexpected property itself, else the value's path. */
function fieldOf(error: ErrorObject): string {
  if (error.keyword === 'required') return `${error.instancePath}/${String(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') {
    return `${error.instancePath}/${String(error.params.additionalProperty)}`;
  }
  return error.instancePath || '/';
}

/**
 * The error that says what to mend. For a nullable object (`page`: null or `{ url, title }`) ajv
 * reports each branch of the `oneOf`: an object that lacks `title` fails "must be null" first,
 * which names the wrong thing; the branch the value is closest to (a non-type error at or below
 * the same place) is the one to report.
 */
function mostUseful(errors: ErrorObject[]): ErrorObject {
  const specific = errors.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
  const informative = specific.find(
    (error) =>
      error.keyword !== 'type' ||
      !specific.some((other) => other.keyword !== 'type' && other.instancePath.startsWith(error.instancePath))
  );
  return informative ?? errors[0]!;
}

/**
 * One spelling per id: the schema's `uuid` format also admits upper case and a `urn:uuid:` prefix,
 * which would otherwise be as many rows (SQLite compares text exactly) or an error (PostgreSQL's
 * uuid type refuses the prefix). Stored, compared and answered lower case without the prefix.
 */
export function canonicalId(id: string): string {
  return id.toLowerCase().replace(/^urn:uuid:/, '');
}

/** Checks a document against courtesy-feedback/v1; throws InputError naming the first bad field. */
export function validatePayload(document: unknown): FeedbackPayload {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new InputError(400, 'invalid', '/', 'The body must be a JSON object.');
  }
  const declared = (document as { schema?: unknown }).schema;
  if (declared !== SCHEMA_ID) {
    throw new InputError(
      400,
      'unsupported_schema',
      '/schema',
      `Unknown schema "${String(declared).slice(0, 50)}"; this collector accepts ${SCHEMA_ID}.`
    );
  }
  if (!validateSchema(document)) {
    const error = mostUseful(validateSchema.errors ?? []);
    const field = fieldOf(error);
    const message = error.keyword === 'required' ? 'is required' : error.message;
    throw new InputError(400, 'invalid', field, `${field} ${message}`);
  }
  if (nestedDeeperThan(document.metadata, MAX_METADATA_DEPTH)) {
    throw new InputError(400, 'invalid', '/metadata', `/metadata is nested deeper than ${MAX_METADATA_DEPTH} levels`);
  }
  document.id = canonicalId(document.id);
  // After the nesting check, so that this walk is bounded too.
  const bad = unstorableText(document, '');
  if (bad) {
    throw new InputError(400, 'invalid', bad, `${bad} must not contain a NUL character or an unpaired surrogate`);
  }
  return document;
}
