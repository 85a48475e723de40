import fc from 'fast-check';

/** The part of JSON Schema (as OpenAPI 3.1 documents write it) the route fuzzer reads. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  example?: unknown;
};

export type SchemaContext = {
  /** `#/components/schemas/…` targets. */
  components: Record<string, JsonSchema>;
  /** Strings a careless or hostile client sends, mixed into string fields now and then. */
  hostile: fc.Arbitrary<string>;
  /** Real ids (plans, items, assignments, orgs), so well-formed requests reach the handlers. */
  realIds: readonly string[];
};

const MAX_DEPTH = 6;
/** Long enough to pass any minimum, short enough to keep a run quick; hostile strings bring the long ones. */
const MAX_STRING = 60;

/**
 * Values that fit a schema most of the time — so requests get past validation into the handlers —
 * with a hostile string in a string field now and then, so the handlers meet what validation lets
 * through. Deeper than MAX_DEPTH, anything JSON.
 */
export function arbitraryOf(schema: JsonSchema | undefined, context: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > MAX_DEPTH) return fc.jsonValue({ maxDepth: 1 });
  if (schema.$ref) return arbitraryOf(resolveRef(schema.$ref, context), context, depth + 1);
  // The documented example is a value the route surely accepts: a ledger filter of 12 optional
  // fields reaches the handler only if each one is valid.
  if (schema.example !== undefined) {
    const { example, ...rest } = schema;
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant(example) },
      { weight: 2, arbitrary: arbitraryOf(rest, context, depth) },
    );
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((s) => arbitraryOf(s, context, depth + 1)));
  if (schema.allOf?.length) return arbitraryOf(mergeAll(schema.allOf, context), context, depth + 1);
  if (Array.isArray(schema.type))
    return fc.oneof(...schema.type.map((type) => arbitraryOf({ ...schema, type }, context, depth)));
  switch (schema.type) {
    case 'object':
      return objectOf(schema, context, depth);
    case 'array':
      return fc.array(arbitraryOf(schema.items, context, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case 'string':
      return stringOf(schema, context);
    case 'integer':
    case 'number':
      return numberOf(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return schema.properties ? objectOf(schema, context, depth) : fc.jsonValue({ maxDepth: 2 });
  }
}

function resolveRef(ref: string, context: SchemaContext): JsonSchema | undefined {
  const name = ref.replace(/^#\/components\/schemas\//, '');
  return context.components[name];
}

function mergeAll(schemas: JsonSchema[], context: SchemaContext): JsonSchema {
  const merged: JsonSchema = { properties: {}, required: [] };
  for (const part of schemas) {
    const s = part.$ref ? (resolveRef(part.$ref, context) ?? {}) : part;
    Object.assign(merged.properties as object, s.properties);
    merged.required?.push(...(s.required ?? []));
    if (s.type) merged.type = s.type;
  }
  return merged;
}

function objectOf(schema: JsonSchema, context: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const record = Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, arbitraryOf(value, context, depth + 1)]),
  );
  return fc.record(record, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
}

function stringOf(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_STRING, MAX_STRING));
  // No `.filter` here: a filter that nothing passes makes fast-check generate forever.
  const ids = context.realIds.filter((id) => id.length >= minLength && id.length <= maxLength);
  const fitting =
    schema.format === 'date'
      ? fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10))
      : schema.pattern
        ? fc.stringMatching(new RegExp(schema.pattern), { size: 'xsmall' })
        : fc.oneof(
            fc.string({ minLength, maxLength }),
            fc.string({ unit: 'grapheme', minLength, maxLength }),
            ...(ids.length ? [fc.constantFrom(...ids)] : []),
          );
  return fc.oneof({ weight: 8, arbitrary: fitting }, { weight: 1, arbitrary: context.hostile });
}

function numberOf(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
  const [low, high] = [Math.max(min, -Number.MAX_SAFE_INTEGER), Math.min(max, Number.MAX_SAFE_INTEGER)];
  const INT32 = 2 ** 31 - 1;
  const fitting =
    schema.type === 'integer'
      ? fc.integer({ min: Math.max(Math.ceil(low), -INT32), max: Math.min(Math.floor(high), INT32) })
      : fc.double({ min: low, max: high, noNaN: true });
  // The edges and just past them are where off-by-one checks live.
  return fc.oneof(
    { weight: 6, arbitrary: fitting },
    { weight: 1, arbitrary: fc.constantFrom(low, high, low - 1, high + 1) },
  );
}
