import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDocumentOf, apiSchemaFile, renderApiSchema } from '../scripts/api-schema.ts';
import type { DatabaseHandle } from '../server/platform/db.ts';
import { createTestDatabase } from '../server/testing/database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe('the typed API client (NOT-3)', () => {
  it('is generated from the current OpenAPI document: run `npm run api:client` when this fails', async () => {
    const expected = await renderApiSchema(await apiDocumentOf(handle.db));
    const committed = await readFile(apiSchemaFile, 'utf8');
    // A mismatch would print a diff of 17,000 lines; the verdict with the remedy says more.
    expect(committed === expected, 'cli/api-schema.d.ts is stale: run `npm run api:client`').toBe(true);
  }, 120_000);
});
