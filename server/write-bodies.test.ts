import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './platform/db.ts';
import { type Browser, buildTestApp, signInAs } from './testing/app.ts';
import { createTestDatabase } from './testing/database.ts';
import { createOrganisation, createUser } from './testing/fixtures.ts';

/**
 * Issue #18: every write operation the OpenAPI document lists refuses fields it does not define, so a new
 * operation is covered the day it is added. Bodies are strict objects all the way down (the document says
 * `additionalProperties: false`), and an operation without a body refuses one.
 */
type Schema = Record<string, unknown>;
type Operation = { method: string; path: string; body?: Schema };

let handle: DatabaseHandle;
let app: FastifyInstance;
let operator: Browser;
let document: {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
};
let writes: Operation[];

const FOREIGN_UUID = '00000000-0000-4000-8000-00000000dead';
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const vendor = await createOrganisation(handle.db, { kind: 'vendor' });
  await createUser(handle.db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  operator = await signInAs(app, 'op@v.test');
  document = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  writes = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => WRITE_METHODS.has(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        body: operation.requestBody?.content['application/json']?.schema,
      })),
  );
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

/** Every object schema inside `schema`, with where it sits, following `$ref`s into the document. */
function objectsIn(schema: unknown, at: string, seen = new Set<unknown>()): { at: string; schema: Schema }[] {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const node = schema as Schema;
  if (typeof node.$ref === 'string') {
    const target = node.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((parent, key) => (parent as Schema | undefined)?.[key], document);
    return objectsIn(target, `${at}→${node.$ref}`, seen);
  }
  const type = node.type;
  const isObject = type === 'object' || (Array.isArray(type) && type.includes('object')) || 'properties' in node;
  const children: [string, unknown][] = [
    ...Object.entries((node.properties as Schema | undefined) ?? {}).map(([key, child]): [string, unknown] => [
      `${at}.${key}`,
      child,
    ]),
    ...['items', 'additionalProperties', 'not'].map((key): [string, unknown] => [`${at}.${key}`, node[key]]),
    ...['anyOf', 'oneOf', 'allOf', 'prefixItems'].flatMap((key) =>
      ((node[key] as unknown[] | undefined) ?? []).map((child, index): [string, unknown] => [
        `${at}.${key}[${index}]`,
        child,
      ]),
    ),
  ];
  return [
    ...(isObject ? [{ at, schema: node }] : []),
    ...children.flatMap(([where, child]) => objectsIn(child, where, seen)),
  ];
}

describe('every write operation', () => {
  it('with a body: every object of the body schema refuses other properties', () => {
    const withBody = writes.filter((w) => w.body);
    expect(withBody.length).toBeGreaterThanOrEqual(20);
    const objects = withBody.flatMap((w) => objectsIn(w.body, `${w.method} ${w.path} body`));
    expect(objects.length).toBeGreaterThan(withBody.length);
    const open = objects.filter((o) => o.schema.additionalProperties !== false).map((o) => o.at);
    expect(open).toEqual([]);
  });

  it('without a body: refuses {"x":1} with a 400 naming the field', async () => {
    const bodiless = writes.filter((w) => !w.body);
    expect(bodiless.length).toBeGreaterThanOrEqual(10);
    for (const operation of bodiless) {
      const url = operation.path.replace(/\{[^}]+\}/g, FOREIGN_UUID);
      const response = await operator.request(operation.method, url, { x: 1 });
      expect(response.statusCode, `${operation.method} ${operation.path}`).toBe(400);
      expect(response.json().error, `${operation.method} ${operation.path}`).toMatchObject({
        code: 'invalid_input',
        field: 'x',
      });
    }
  });
});
