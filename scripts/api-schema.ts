import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { ManualClock } from '../domain/clock.ts';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/platform/config.ts';
import { type Database, openPglite } from '../server/platform/db.ts';

/**
 * The typed API client's types (`cli/api-schema.d.ts`, used with openapi-fetch by `channel-hub api …`), generated
 * from the app's own OpenAPI document. `npm run api:client` rewrites the file; `api-schema.test.ts` fails while the
 * committed file is stale. Demo mode is on so that the demo's operations are in it too.
 */
export const apiSchemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '../cli/api-schema.d.ts');

const banner =
  '/**\n * The Channel Hub API’s types, generated from its OpenAPI document by `npm run api:client`\n' +
  ' * (scripts/api-schema.ts). Do not edit: regenerate.\n */\n\n';

/** The d.ts text for an OpenAPI document. */
export async function renderApiSchema(document: unknown): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    defaultNonNullable: false,
  });
  return banner + astToString(ast);
}

/** The document of an app on `db` (building the routes reads nothing from it). */
export async function apiDocumentOf(db: Database): Promise<unknown> {
  const config = loadConfig({ CHANNEL_HUB_DEMO: '1', LOG_LEVEL: 'silent', MAX_EVENT_LOOP_DELAY_MS: '0' });
  const app = await buildApp({ config, db, clock: new ManualClock(new Date(0)) });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // An empty, unmigrated embedded database in memory is enough.
  const handle = await openPglite(undefined);
  await writeFile(apiSchemaFile, await renderApiSchema(await apiDocumentOf(handle.db)));
  await handle.close();
  console.log(`Wrote ${path.relative(process.cwd(), apiSchemaFile)}.`);
}
