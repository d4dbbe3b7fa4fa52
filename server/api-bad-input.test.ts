import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessRules, expectedOutcome } from './features/access-rules.ts';
import { backgroundSettled } from './platform/background.ts';
import { relationsFor, samples, targetOf } from './testing/api-samples.ts';
import { type NamedCaller, openApiWorld, type World } from './testing/api-world.ts';
import { type BadRequest, badRequestsFor, type ValidRequest } from './testing/bad-input.ts';
import type { Operation, responseChecker } from './testing/openapi.ts';
import { countTableWrites, tablesWritten, tableWrites } from './testing/table-writes.ts';

/**
 * REL-2, X-5: bad input generated from every operation's OpenAPI schemas (testing/bad-input.ts), sent by a
 * caller whose rights reach validation: never a 5xx, errors shaped `{ error: { code, message } }`, every
 * response as the document declares, and no table changed. Fixed seed and a bounded number of runs.
 */
const SEED = 20_261_203;
const RUNS_PER_OPERATION = 12;

let world: World;
let operations: Operation[];
let checkResponse: ReturnType<typeof responseChecker>;
let close: () => Promise<void>;
const undeclared = new Set<string>();
let requests = 0;
const started = Date.now();

beforeAll(async () => {
  ({ world, operations, checkResponse, close } = await openApiWorld());
  await countTableWrites(world.db);
}, 120_000);
afterAll(async () => {
  console.info(`bad input: ${requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await close?.();
}); // What an operation left running (a password reset's e-mail) lands before the next one's checksums.
afterEach(backgroundSettled);

/** The first demo caller the table lets through to validation, with a valid request on its own object. */
async function validRequestFor(operation: Operation): Promise<{ who: NamedCaller; valid: ValidRequest } | null> {
  const rule = accessRules[operation.operationId];
  const sample = samples[operation.operationId];
  if (!rule || !sample) throw new Error(`${operation.operationId} has no rule or sample`);
  for (const who of world.callers) {
    const relation = relationsFor(sample, who)[0] ?? null;
    // An operation the demo world answers with a refusal past validation (the first run, 409) is reached too.
    const expected = expectedOutcome(rule, who.caller, relation);
    if (!who.browser || (expected !== '2xx' && expected !== rule.answersInDemoWorld)) continue;
    const ctx = { world, caller: who, relation, fresh: false, stage: sample.stage };
    const target = sample.object ? await targetOf(sample.object, ctx) : {};
    if (!target) continue;
    const { url, body } = await sample.request(ctx, target);
    const [path = '', search = ''] = url.split('?');
    const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const pattern = new RegExp(`^${operation.path.replace(/\{\w+\}/g, '([^/]+)').replaceAll('.', '\\.')}$`);
    const values = path.match(pattern)?.slice(1) ?? [];
    const pathParams = Object.fromEntries(names.map((name, i) => [name, values[i] ?? '']));
    return { who, valid: { pathParams, query: Object.fromEntries(new URLSearchParams(search)), body } };
  }
  return null;
}

function urlOf(operation: Operation, bad: BadRequest) {
  const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    encodeURIComponent(bad.pathParams[name] ?? ''),
  );
  const query = new URLSearchParams(bad.query).toString();
  return query ? `${path}?${query}` : path;
}

describe('generated bad input (REL-2)', () => {
  it('reaches validation for every operation', async () => {
    const unreachable = [];
    for (const operation of operations)
      if (!(await validRequestFor(operation))) unreachable.push(operation.operationId);
    expect(unreachable).toEqual([]);
  });

  it.each(Object.keys(accessRules))('%s: no 5xx, errors well formed, nothing stored', async (operationId) => {
    const operation = operations.find((o) => o.operationId === operationId);
    const reach = operation && (await validRequestFor(operation));
    if (!operation || !reach) throw new Error(`${operationId} cannot be reached`);
    const { who, valid } = reach;
    const before = await tableWrites(world.db);
    await fc.assert(
      fc.asyncProperty(badRequestsFor(operation, valid), async (bad) => {
        const headers: Record<string, string> = bad.contentType ? { 'content-type': bad.contentType } : {};
        const response = await who.browser?.request(operation.method, urlOf(operation, bad), bad.payload, headers);
        if (!response) throw new Error('no browser');
        requests++;
        const what = `${operationId} as ${who.name}, ${bad.violation}: ${response.statusCode} ${response.body.slice(0, 200)}`;
        expect(response.statusCode, what).toBeLessThan(500);
        if (response.statusCode >= 400) {
          const { error } = response.json();
          expect(typeof error?.code === 'string' && typeof error?.message === 'string', what).toBe(true);
        }
        const wrong = checkResponse(operation, response);
        if (wrong) undeclared.add(`${operationId}: ${wrong}`);
      }),
      { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
    );
    expect(tablesWritten(before, await tableWrites(world.db))).toEqual([]);
  });

  it('answers only with statuses and bodies the OpenAPI document declares', () => {
    expect(requests).toBeGreaterThan(operations.length * 5);
    expect([...undeclared].sort().join('\n')).toBe('');
  });
});
