/**
 * The inverse of `toFormFields`, for servers: rebuilds the JSON document from dotted form fields,
 * taking each value's type from the JSON Schema (integers, booleans, arrays, nullable objects), so
 * that a `content-type="form"` submission validates exactly like a JSON one. Not used by the widget.
 */
type Schema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
};

/** The object branch of a nullable `oneOf`, or the schema itself. */
function objectBranch(schema: Schema): Schema {
  return schema.oneOf?.find((branch) => branch.type === 'object') ?? schema;
}

function scalar(schema: Schema | undefined, text: string): unknown {
  const kinds = [schema?.type, typeof schema?.const, ...(schema?.enum ?? []).map((value) => typeof value)].flat();
  if (kinds.includes('integer') || kinds.includes('number')) {
    const number = Number(text);
    return text.trim() !== '' && Number.isFinite(number) ? number : text;
  }
  if (kinds.includes('boolean')) return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

function build(schema: Schema | undefined, fields: [string, string][], prefix: string): unknown {
  const properties = schema ? objectBranch(schema).properties : undefined;
  if (!properties) {
    // An open object such as `metadata`: every field below the prefix, as text.
    const result: Record<string, unknown> = {};
    for (const [name, value] of fields) if (name.startsWith(prefix)) result[name.slice(prefix.length)] = value;
    return result;
  }
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(properties)) {
    const name = prefix + key;
    const branch = objectBranch(child);
    if (branch.properties || branch.type === 'object') {
      const present = fields.some(([field]) => field.startsWith(`${name}.`));
      const nullable = child.oneOf?.some((option) => option.type === 'null');
      if (present) result[key] = build(child, fields, `${name}.`);
      else if (nullable) result[key] = null;
      else if (branch.type === 'object') result[key] = {};
    } else if (child.type === 'array') {
      result[key] = fields.filter(([field]) => field === name).map(([, value]) => scalar(child.items, value));
    } else {
      const found = fields.find(([field]) => field === name);
      if (found) result[key] = scalar(child, found[1]);
      else if (child.type === 'string' && prefix === '') result[key] = '';
    }
  }
  return result;
}

export function fromFormFields(fields: URLSearchParams, schema: object): Record<string, unknown> {
  return build(schema as Schema, Array.from(fields.entries()), '') as Record<string, unknown>;
}
