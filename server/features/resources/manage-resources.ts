import type { Clock } from '../../../domain/clock.ts';
import type { CreateResourceRequest, Resource, UpdateResourceRequest } from '../../../domain/contracts/resources.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { toResource } from './resource-views.ts';
import { ensureMayManageResources } from './resources.policy.ts';
import {
  insertResource,
  type ResourceValues,
  selectResource,
  unknownProducts,
  updateResource,
} from './resources.queries.ts';

type Deps = { db: Database; clock: Clock };

async function checkProducts(db: Database, products: readonly string[] | undefined) {
  const unknown = await unknownProducts(db, products ?? []);
  if (unknown.length > 0) throw badRequest('products', `The catalogue has no service ${unknown.join(', ')}.`);
}

const audited = (r: Resource) => {
  const { body: _body, ...rest } = r;
  return rest;
};

/** RES-1: a vendor operator adds a resource (shown at once, featured or as a quick link if so marked). */
export async function createResource(deps: Deps, actor: Actor, input: CreateResourceRequest): Promise<Resource> {
  ensureMayManageResources(actor);
  return deps.db.transaction(async (tx) => {
    await checkProducts(tx, input.products);
    const created = toResource(
      await insertResource(tx, { ...input, url: input.url ?? null, updatedAt: deps.clock.now(), retiredAt: null }),
    );
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'resource.created',
      targetType: 'resource',
      targetId: created.id,
      after: audited(created),
    });
    return created;
  });
}

/** RES-1: edit, feature or un-feature a resource; `retired: false` restores a retired one. */
export async function editResource(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateResourceRequest,
): Promise<Resource> {
  ensureMayManageResources(actor);
  return deps.db.transaction(async (tx) => {
    const row = await selectResource(tx, id, { forUpdate: true });
    if (!row) throw notFound('The resource');
    const before = toResource(row);
    await checkProducts(tx, input.products);
    const { retired, ...fields } = input;
    const patch: Partial<ResourceValues> = Object.fromEntries(
      Object.entries(fields).filter(([key, value]) => value !== undefined && !sameValue(before, key, value)),
    );
    if (retired === false && row.retiredAt) patch.retiredAt = null;
    const changed = Object.keys(patch);
    if (changed.length === 0) return before;
    const after = toResource(await updateResource(tx, id, { ...patch, updatedAt: deps.clock.now() }));
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: changed.length === 1 && changed[0] === 'retiredAt' ? 'resource.restored' : 'resource.updated',
      targetType: 'resource',
      targetId: id,
      before: pick(before, changed),
      after: pick(after, changed),
    });
    return after;
  });
}

/** RES-1: retire a resource (DELETE): nobody but operators finds it any more; it stays for the audit and links. */
export async function retireResource(deps: Deps, actor: Actor, id: string): Promise<Resource> {
  ensureMayManageResources(actor);
  return deps.db.transaction(async (tx) => {
    const row = await selectResource(tx, id, { forUpdate: true });
    if (!row) throw notFound('The resource');
    if (row.retiredAt) return toResource(row);
    const now = deps.clock.now();
    const after = toResource(await updateResource(tx, id, { retiredAt: now, updatedAt: now }));
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'resource.retired',
      targetType: 'resource',
      targetId: id,
      before: { retiredAt: null },
      after: { retiredAt: after.retiredAt },
    });
    return after;
  });
}

function sameValue(before: Resource, key: string, value: unknown): boolean {
  const current = (before as Record<string, unknown>)[key];
  return JSON.stringify(current) === JSON.stringify(value);
}

function pick(resource: Resource, keys: readonly string[]) {
  return Object.fromEntries(keys.map((k) => [k, (resource as Record<string, unknown>)[k]]));
}
