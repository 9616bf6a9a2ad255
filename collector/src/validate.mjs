import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fromFormFields } from '../../dist/transport/decode-form.js';

// The very schema file the widget package publishes: one source of truth for what is accepted.
export const schema = JSON.parse(
  readFileSync(new URL('../../schema/courtesy-feedback-v1.schema.json', import.meta.url), 'utf8')
);
const ajv = new Ajv2020({ allErrors: false, strict: true });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

/** Nesting deeper than this in `metadata` is refused: the widget never sends it, a flood might. */
export const MAX_METADATA_DEPTH = 5;

function depth(value) {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depth(child));
  return deepest + 1;
}

/** A client error with the field it concerns, answered as `{ error, field, message }`. */
export class InputError extends Error {
  constructor(status, error, field, message) {
    super(message);
    this.statusCode = status;
    this.error = error;
    this.field = field;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Turns a raw body of one of the widget's three content types into a document, or throws InputError. */
export function decodeBody(buffer, contentType) {
  let text;
  try {
    text = strictUtf8.decode(buffer);
  } catch {
    throw new InputError(400, 'invalid_encoding', null, 'The body is not valid UTF-8.');
  }
  if (contentType === 'application/x-www-form-urlencoded') return fromFormFields(new URLSearchParams(text), schema);
  try {
    return JSON.parse(text);
  } catch (error) {
    // A RangeError here means nesting deep enough to exhaust the parser's stack.
    throw new InputError(400, 'invalid_json', null, `The body is not JSON: ${error.message}`.slice(0, 200));
  }
}

/** Checks a document against courtesy-feedback/v1; throws InputError naming the first bad field. */
export function validatePayload(document) {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new InputError(400, 'invalid', '/', 'The body must be a JSON object.');
  }
  if (document.schema !== 'courtesy-feedback/v1') {
    throw new InputError(
      400,
      'unsupported_schema',
      '/schema',
      `Unknown schema "${String(document.schema).slice(0, 50)}"; this collector accepts courtesy-feedback/v1.`
    );
  }
  if (!validateSchema(document)) {
    const [first] = validateSchema.errors;
    const field =
      first.keyword === 'required'
        ? `${first.instancePath}/${first.params.missingProperty}`
        : first.keyword === 'additionalProperties'
          ? `${first.instancePath}/${first.params.additionalProperty}`
          : first.instancePath || '/';
    throw new InputError(400, 'invalid', field, `${field} ${first.message}`);
  }
  if (depth(document.metadata) > MAX_METADATA_DEPTH) {
    throw new InputError(400, 'invalid', '/metadata', `/metadata is nested deeper than ${MAX_METADATA_DEPTH} levels`);
  }
  return document;
}
