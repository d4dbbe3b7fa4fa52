import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRules } from './features/access-rules.ts';
import type { DatabaseHandle } from './platform/db.ts';
import { buildTestApp } from './testing/app.ts';
import { createTestDatabase } from './testing/database.ts';
import { type JsonSchema, type Operation, operationsOf } from './testing/openapi.ts';

/**
 * The OpenAPI document tells the truth (issue #18, item 7): readable unique operationIds, `security: []` on
 * exactly the public operations, no undescribed bodies. That every actual response has a declared status and a
 * body valid against the declared schema is checked over every case of api-access-matrix.test.ts and
 * api-bad-input.test.ts.
 */
let handle: DatabaseHandle;
let operations: Operation[];
let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  await app.ready();
  operations = operationsOf(app);
  close = () => app.close();
});
afterAll(async () => {
  await close();
  await handle.close();
});

/** Keywords whose values are data, not schemas. */
const valueKeywords = new Set(['default', 'examples', 'const', 'enum']);
const emptySchemas = (schema: unknown, at: string): string[] => {
  if (!schema || typeof schema !== 'object') return [];
  if (Object.keys(schema).length === 0) return [at];
  return Object.entries(schema)
    .filter(([key]) => !valueKeywords.has(key))
    .flatMap(([key, value]) => emptySchemas(value, `${at}/${key}`));
};

describe('the OpenAPI document', () => {
  it('names every operation with a unique, readable operationId', () => {
    const ids = operations.map((o) => o.definition.operationId);
    expect(ids.filter((id) => !id || !/^[a-z][a-zA-Z]+$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares `security: []` on the public operations and only there, the session or a token on every other', () => {
    const declared = operations.filter((o) => Array.isArray(o.security) && o.security.length === 0);
    const publicOnes = Object.entries(accessRules).filter(([, rule]) => rule.allow === 'public');
    expect(declared.map((o) => o.operationId).sort()).toEqual(publicOnes.map(([id]) => id).sort());
    const others = operations.filter((o) => !declared.includes(o));
    for (const { operationId, security } of others) {
      expect(security, operationId).toEqual([{ session: [] }, { bearer: [] }]);
    }
  });

  it('declares the errors the platform answers on every operation (NOT-3)', () => {
    for (const { operationId, method, security, definition } of operations) {
      const statuses = Object.keys(definition.responses);
      const signedIn = security?.length !== 0;
      expect(statuses, operationId).toContain('400');
      if (signedIn) expect(statuses, operationId).toContain('401');
      if (signedIn && method !== 'GET') expect(statuses, operationId).toContain('403');
      if (operationId !== 'getHealth') expect(statuses, operationId).toContain('503');
    }
  });

  it('offers the Idempotency-Key header, and its 409 and 422, on every signed-in POST', () => {
    const posts = operations.filter((o) => o.method === 'POST' && o.security?.length !== 0);
    expect(posts.map((o) => o.operationId)).toContain('createTag');
    for (const { operationId, definition } of posts) {
      const header = definition.parameters?.find((p) => p.in === 'header' && p.name === 'idempotency-key');
      expect(header?.required ?? false, operationId).toBe(false);
      expect(header?.schema, operationId).toMatchObject({ type: 'string', maxLength: 255 });
      expect(Object.keys(definition.responses), operationId).toEqual(expect.arrayContaining(['409', '422']));
    }
  });

  it('is a valid OpenAPI 3.1 document (swagger-parser)', async () => {
    const document = structuredClone(app.swagger()) as unknown as Parameters<typeof SwaggerParser.validate>[0];
    const validated = await SwaggerParser.validate(document);
    expect(validated.info.title).toBe('Channel Hub API');
    expect(Object.keys(validated.paths ?? {}).length).toBeGreaterThan(50);
  });

  it('declares a success response for every operation, and no body on a 204 or a redirect', () => {
    for (const { operationId, definition } of operations) {
      const statuses = Object.keys(definition.responses);
      // The browser steps of single sign-on succeed with a redirect.
      expect(
        statuses.some((s) => s.startsWith('2') || s === '302'),
        operationId,
      ).toBe(true);
      expect(definition.responses['204']?.content, operationId).toBeUndefined();
      expect(definition.responses['302']?.content, operationId).toBeUndefined();
    }
  });

  it('describes every request body, parameter and response (no empty schema)', () => {
    const empty = operations.flatMap(({ operationId, definition }) =>
      emptySchemas(
        { body: definition.requestBody, parameters: definition.parameters, responses: definition.responses },
        operationId,
      ),
    );
    expect(empty).toEqual([]);
  });

  it('describes each kind of usage record the ingest accepts', () => {
    const ingest = operations.find((o) => o.operationId === 'ingestUsage');
    const body = ingest?.definition.requestBody?.content['application/json']?.schema as JsonSchema;
    const records = (body.items as { anyOf: JsonSchema[] }).anyOf;
    expect(records.map((r) => r.title)).toEqual(['calls', 'meetings', 'licence-assignments', 'sign-ins']);
    for (const record of records) expect(record.required, String(record.title)).toContain('customerId');
  });
});
