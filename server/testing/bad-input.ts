import fc from 'fast-check';
import type { JsonSchema, Operation } from './openapi.ts';

/**
 * REL-2: bad input derived from an operation's OpenAPI schemas, as fast-check arbitraries. Every generated
 * request carries at least one definite violation of the document (a wrong type, a missing required field, a
 * number or length out of bounds, a value outside an enum, a bad path id, malformed JSON, a wrong content
 * type), so a correct server refuses it and stores nothing; on top come noise the server may accept or refuse
 * (control characters, injection strings in q/sort/cursor, prototype-pollution keys).
 */

export interface BadRequest {
  /** What the request breaks, for the failure message. */
  violation: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  /** The raw body as sent. */
  payload?: string;
  contentType?: string;
}

export interface ValidRequest {
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
}

const injections = [
  "'; drop table users; --",
  "' or '1'='1",
  "%' OR 1=1 --",
  '$(rm -rf /)',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '{"$gt":""}',
  '\u0000',
  '%00',
  '\\',
];
const controlCharacters = fc
  .array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 8 })
  .map((codes) => `a${String.fromCharCode(...codes)}b`);
const megabyte = 'x'.repeat(1024 * 1024);
const pollutionKeys = ['__proto__', 'constructor', 'prototype'];
const badIds = ['not-an-id', '00000000-0000-0000-0000-00000000000g', "1' or '1'='1", 'x'.repeat(300), '%00', '..%2F..'];

const typeOf = (schema: JsonSchema): string | undefined => {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  const [variant] = (schema.anyOf ?? schema.oneOf ?? []) as JsonSchema[];
  return variant ? typeOf(variant) : undefined;
};

/** Values that break this schema for certain (never valid under it). */
function violationsOf(schema: JsonSchema): fc.Arbitrary<{ value: unknown; violation: string }> {
  const type = typeOf(schema);
  const options: fc.Arbitrary<{ value: unknown; violation: string }>[] = [];
  const of = (violation: string, value: fc.Arbitrary<unknown>) =>
    options.push(value.map((v) => ({ value: v, violation })));
  if (type === 'string') {
    of('a number for a string', fc.oneof(fc.integer(), fc.double({ noNaN: true })));
    of('an object for a string', fc.constant({ nested: ['x'] }));
    if (typeof schema.maxLength === 'number')
      of('a string over maxLength', fc.constant(schema.maxLength < 1e6 ? megabyte : 'x'));
    if (typeof schema.minLength === 'number' && schema.minLength > 0) of('an empty string', fc.constant(''));
    if (Array.isArray(schema.enum)) of('a value outside the enum', fc.constantFrom('not-in-enum', ...injections));
    if (schema.format === 'uuid') of('a bad uuid', fc.constantFrom(...badIds));
    if (schema.format === 'email') of('a bad e-mail', fc.constantFrom('no-at-sign', '@', `${megabyte}@x.test`));
    if (schema.format === 'date-time') of('a bad date-time', fc.constantFrom('yesterday', '2026-13-45T99:99:99Z'));
  } else if (type === 'integer' || type === 'number') {
    of('a string for a number', fc.constantFrom('12', 'many', ...injections));
    of('a boolean for a number', fc.boolean());
    if (typeof schema.minimum === 'number' && schema.minimum > -1e15)
      of('a number under minimum', fc.constant(schema.minimum - 1));
    if (typeof schema.maximum === 'number' && schema.maximum < 1e15)
      of('a number over maximum', fc.constant(schema.maximum + 1));
    if (type === 'integer') of('a fraction for an integer', fc.constant(1.5));
  } else if (type === 'boolean') {
    of('a string for a boolean', fc.constantFrom('true', 'yes', ''));
    of('a number for a boolean', fc.constant(1));
  } else if (type === 'array') {
    of('an object for an array', fc.constant({ length: 1 }));
    of('a string for an array', fc.constant('[]'));
  } else if (type === 'object') {
    of('an array for an object', fc.constant([1, 2, 3]));
    of('a string for an object', fc.constant('{}'));
  }
  const nullable =
    (Array.isArray(schema.type) && schema.type.includes('null')) ||
    ((schema.anyOf ?? schema.oneOf ?? []) as JsonSchema[]).some((variant) => variant.type === 'null');
  if (!nullable) of('null', fc.constant(null));
  return options.length > 0 ? fc.oneof(...options) : fc.constant({ value: Symbol.for('skip'), violation: 'none' });
}

/** Values a query parameter's string form breaks for certain. */
function queryViolationsOf(schema: JsonSchema): fc.Arbitrary<{ value: string; violation: string }> | null {
  const type = typeOf(schema);
  const options: fc.Arbitrary<{ value: string; violation: string }>[] = [];
  const of = (violation: string, value: fc.Arbitrary<string>) =>
    options.push(value.map((v) => ({ value: v, violation })));
  if (type === 'integer' || type === 'number') {
    of('a word for a number', fc.constantFrom('many', '1e999x', ...injections));
    if (typeof schema.minimum === 'number' && schema.minimum > -1e15)
      of('under minimum', fc.constant(String(schema.minimum - 1)));
    if (typeof schema.maximum === 'number' && schema.maximum < 1e15)
      of('over maximum', fc.constant(String(schema.maximum + 1)));
  }
  if (Array.isArray(schema.enum)) of('outside the enum', fc.constantFrom('not-in-enum', ...injections));
  if (type === 'string' && typeof schema.maxLength === 'number' && schema.maxLength < 4000) {
    of('over maxLength', fc.constant('q'.repeat(schema.maxLength + 1)));
  }
  if (schema.format === 'uuid') of('a bad uuid', fc.constantFrom(...badIds));
  if (schema.format === 'email') of('a bad e-mail', fc.constantFrom('no-at-sign', '@', 'a@', "' or 1=1 --@x"));
  return options.length > 0 ? fc.oneof(...options) : null;
}

const bodySchemaOf = (operation: Operation) =>
  operation.definition.requestBody?.content['application/json']?.schema as JsonSchema | undefined;
const parametersIn = (operation: Operation, where: string) =>
  (operation.definition.parameters ?? []).filter((p) => p.in === where);

/** Noise that may or may not be refused: injection strings and control characters in q, sort and cursor. */
const queryNoise = fc.record(
  {
    q: fc.oneof(fc.constantFrom(...injections), controlCharacters),
    sort: fc.constantFrom(...injections),
    cursor: fc.oneof(fc.constantFrom(...injections), fc.base64String({ maxLength: 64 })),
  },
  { requiredKeys: [] },
);

/** Every way to break one operation's request, starting from a valid one. */
export function badRequestsFor(operation: Operation, valid: ValidRequest): fc.Arbitrary<BadRequest> {
  const strategies: fc.Arbitrary<BadRequest>[] = [];
  const base = (violation: string, changes: Partial<BadRequest>): BadRequest => ({
    violation,
    pathParams: valid.pathParams,
    query: valid.query,
    payload: valid.body === undefined ? undefined : JSON.stringify(valid.body),
    contentType: valid.body === undefined ? undefined : 'application/json',
    ...changes,
  });
  const bodyText = (body: unknown) => JSON.stringify(body, (_key, value) => (value === undefined ? null : value));
  const withPollution = (body: Record<string, unknown>, key: string | null) =>
    key === null
      ? bodyText(body)
      : bodyText(body).replace(/^\{/, `{"${key}":{"isAdmin":true,"polluted":1},`).replace(/,\}$/, '}');

  for (const parameter of parametersIn(operation, 'path')) {
    const bad = Array.isArray(parameter.schema.enum)
      ? fc.constantFrom('not-in-enum', ...badIds)
      : fc.constantFrom(...badIds);
    strategies.push(
      bad.map((value) =>
        base(`path ${parameter.name} = ${value.slice(0, 30)}`, {
          pathParams: { ...valid.pathParams, [parameter.name]: value },
        }),
      ),
    );
  }
  for (const parameter of parametersIn(operation, 'query')) {
    const bad = queryViolationsOf(parameter.schema);
    if (!bad) continue;
    strategies.push(
      fc.tuple(bad, queryNoise).map(([{ value, violation }, noise]) =>
        base(`query ${parameter.name}: ${violation}`, {
          query: { ...valid.query, ...noise, [parameter.name]: value },
        }),
      ),
    );
  }
  const body = bodySchemaOf(operation);
  if (body && typeOf(body) === 'object' && valid.body && typeof valid.body === 'object') {
    const properties = (body.properties ?? {}) as Record<string, JsonSchema>;
    const required = (body.required ?? []) as string[];
    const validBody = valid.body as Record<string, unknown>;
    const pollution = fc.option(fc.constantFrom(...pollutionKeys), { nil: null });
    for (const [name, schema] of Object.entries(properties)) {
      strategies.push(
        fc
          .tuple(violationsOf(schema), pollution)
          .filter(([{ value }]) => value !== Symbol.for('skip'))
          .map(([{ value, violation }, key]) =>
            base(`body ${name}: ${violation}${key ? ` + ${key}` : ''}`, {
              payload: withPollution({ ...validBody, [name]: value }, key),
            }),
          ),
      );
    }
    for (const name of required) {
      strategies.push(
        fc.tuple(pollution, controlCharacters).map(([key, noise]) => {
          const { [name]: _missing, ...rest } = validBody;
          const noisy = Object.fromEntries(
            Object.entries(rest).map(([k, v]) => [k, typeof v === 'string' ? `${v}${noise}` : v]),
          );
          return base(`body without ${name}${key ? ` + ${key}` : ''}`, { payload: withPollution(noisy, key) });
        }),
      );
    }
  } else if (body && typeOf(body) === 'array') {
    strategies.push(
      violationsOf({ type: 'array' }).map(({ value, violation }) =>
        base(`body: ${violation}`, { payload: bodyText(value) }),
      ),
    );
  }
  if (operation.method === 'GET' && strategies.length === 0) {
    // Nothing of this read can be broken for certain: noise it may accept (a read stores nothing either way).
    strategies.push(
      queryNoise.map((noise) => base('noise in q, sort and cursor', { query: { ...valid.query, ...noise } })),
    );
  } else if (operation.method !== 'GET') {
    strategies.push(
      fc
        .constantFrom('{', '{"a":', '[1,,2]', "{'single':'quotes'}", '{"a":1}}', 'nul', '\u0000')
        .map((payload) =>
          base(`malformed JSON ${JSON.stringify(payload)}`, { payload, contentType: 'application/json' }),
        ),
    );
  }
  // Without a body schema, a text/plain body is simply ignored: only a route that reads a body refuses it.
  if (body) {
    strategies.push(
      fc
        .constantFrom(
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/x-www-form-urlencoded',
        )
        .map((contentType) => base(`content type ${contentType}`, { payload: 'a=1&b=<x/>', contentType })),
    );
  }
  return fc.oneof(...strategies);
}
