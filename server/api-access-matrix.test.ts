import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessRules, expectedOutcome, type Outcome } from './features/access-rules.ts';
import { backgroundSettled } from './platform/background.ts';
import { relationsFor, type SampleContext, type SampleRequest, samples, targetOf } from './testing/api-samples.ts';
import { type NamedCaller, openApiWorld, type World } from './testing/api-world.ts';
import { signInAs } from './testing/app.ts';
import type { Operation, responseChecker } from './testing/openapi.ts';
import { countTableWrites, tablesWritten, tableWrites } from './testing/table-writes.ts';

/**
 * REL-1, ROL-6: every operation of the OpenAPI document × every demo role, a disabled user and nobody × the
 * caller's own object, another tenant's and an unassigned customer of its partner, against the table in
 * features/access-rules.ts. Refused requests must change no stored data; requests expected to succeed at a
 * state-changing operation run on objects of their own. Every response must be one the document declares.
 */
let world: World;
let operations: Operation[];
let checkResponse: ReturnType<typeof responseChecker>;
let close: () => Promise<void>;
const undeclared: string[] = [];
let cases = 0;
const started = Date.now();

beforeAll(async () => {
  ({ world, operations, checkResponse, close } = await openApiWorld());
  await countTableWrites(world.db);
}, 120_000);
afterAll(async () => {
  console.info(`access matrix: ${cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await close?.();
}); // What an operation left running (a password reset's e-mail) lands before the next one's checksums.
afterEach(backgroundSettled);

// The public sign-in steps of single sign-on answer redirects: they count as let through.
const outcomeOf = (status: number): Outcome | number => (status >= 200 && status < 400 ? '2xx' : status);
const changesState = (method: string) => method !== 'GET';

/** The request of a case, with its objects in place; null when the caller has no object of this relation. */
async function prepare(operation: Operation, ctx: SampleContext) {
  const sample = samples[operation.operationId];
  if (!sample) throw new Error(`no sample request for ${operation.operationId}`);
  const target = sample.object ? await targetOf(sample.object, ctx) : {};
  return target ? sample.request(ctx, target) : null;
}

async function send(operation: Operation, who: NamedCaller, ctx: SampleContext, request: SampleRequest) {
  const { url, body } = request;
  // Signing out ends the session: the case signs in a browser of its own.
  const browser =
    operation.operationId === 'signOut' && ctx.fresh && who.email && who.caller.kind === 'actor'
      ? await signInAs(world.app, who.email, 'demo-password')
      : who.browser;
  const response: LightMyRequestResponse = browser
    ? await browser.request(operation.method, url, body)
    : await world.app.inject({ method: operation.method as 'GET', url, payload: body as object | undefined });
  cases++;
  const wrong = checkResponse(operation, response);
  if (wrong) undeclared.push(`${operation.operationId} as ${who.name}: ${wrong}`);
  return response;
}

describe('the authorization matrix (REL-1)', () => {
  it('has a rule and a sample request for every operation, and nothing else', () => {
    const ids = operations.map((o) => o.operationId).sort();
    expect(Object.keys(accessRules).sort()).toEqual(ids);
    expect(Object.keys(samples).sort()).toEqual(ids);
  });

  // Operations in document order; the demo clock moves last (it is the last route registered).
  it.each(Object.keys(accessRules))('%s', async (operationId) => {
    const operation = operations.find((o) => o.operationId === operationId);
    const rule = accessRules[operationId];
    if (!operation || !rule) throw new Error(`${operationId} is not in the document or the table`);
    const sample = samples[operationId];
    const mismatches: string[] = [];
    const planned = world.callers.flatMap((who) =>
      relationsFor(sample, who).map((relation) => ({
        who,
        relation,
        expected: expectedOutcome(rule, who.caller, relation),
      })),
    );
    const check = (who: NamedCaller, relation: string | null, expected: Outcome, response: LightMyRequestResponse) => {
      if (outcomeOf(response.statusCode) === expected) return;
      mismatches.push(
        `${operationId} as ${who.name} ${relation ?? ''}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`,
      );
    };
    const refusedOrRead = [];
    for (const planCase of planned.filter((c) => c.expected !== '2xx' || !changesState(operation.method))) {
      const ctx = { world, caller: planCase.who, relation: planCase.relation, fresh: false, stage: sample?.stage };
      const request = await prepare(operation, ctx);
      if (request) refusedOrRead.push({ ...planCase, ctx, request });
    }
    const before = await tableWrites(world.db);
    for (const { who, relation, expected, ctx, request } of refusedOrRead) {
      check(who, relation, expected, await send(operation, who, ctx, request));
    }
    if (changesState(operation.method)) {
      const changed = tablesWritten(before, await tableWrites(world.db));
      if (changed.length > 0) mismatches.push(`${operationId}: refused requests changed ${changed.join(', ')}`);
    }
    for (const { who, relation, expected } of planned.filter(
      (c) => c.expected === '2xx' && changesState(operation.method),
    )) {
      const ctx = { world, caller: who, relation, fresh: true, stage: sample?.stage };
      const request = await prepare(operation, ctx);
      if (request) check(who, relation, expected, await send(operation, who, ctx, request));
    }
    expect(mismatches.join('\n')).toBe('');
  });

  it("tells a partner looking up another partner's customer only its name and choosable services (TRI-4)", async () => {
    const customerId = world.shared.customer.two;
    for (const who of world.callers.filter((c) => c.side === 'one' && c.email?.endsWith('@partner1.demo'))) {
      const response = await who.browser?.request(
        'GET',
        `/api/v1/trials/customer-lookup?email=${world.customerTwoAdmin.email}`,
      );
      if (!response || response.statusCode === 403) continue;
      expect(response.statusCode, who.name).toBe(200);
      expect(response.body, `${who.name} learns the customer's id`).not.toContain(customerId);
      const body = response.json();
      expect(Object.keys(body.customer ?? {}), `${who.name} learns more than the name`).toEqual(['name']);
      expect(response.body, `${who.name} learns what it bought`).not.toContain('"bought"');
    }
  });

  it('answers every case with a status and body the OpenAPI document declares', () => {
    expect(cases).toBeGreaterThan(500);
    expect(undeclared.join('\n')).toBe('');
  });
});
