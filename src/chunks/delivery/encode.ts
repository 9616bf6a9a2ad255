import type { ContentType } from '../../config.js';

export const mediaTypes: Record<ContentType, string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  text: 'text/plain;charset=UTF-8',
};

/**
 * Flattens a JSON document into form fields with dotted names: `rating.value=5`, one `aspects` field
 * per item, `null` and empty arrays left out. Classic form handlers (PHP, Spring, ASP) read these
 * names directly; the collector restores the types from the schema.
 */
export function toFormFields(value: unknown, prefix = '', fields = new URLSearchParams()): URLSearchParams {
  if (value === null || value === undefined) return fields;
  if (Array.isArray(value)) {
    for (const item of value) toFormFields(item, prefix, fields);
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) toFormFields(item, prefix ? `${prefix}.${key}` : key, fields);
  } else {
    fields.append(prefix, String(value));
  }
  return fields;
}

/**
 * The request body for a content type. `text` carries the same JSON as `json` but as `text/plain`,
 * a CORS-safelisted type, so a cross-origin endpoint gets it without a preflight request.
 */
export function encodeBody(document: object, contentType: ContentType): string {
  return contentType === 'form' ? toFormFields(document).toString() : JSON.stringify(document);
}
