import { editionProblem } from '../../../domain/catalogue.ts';
import type { Clock } from '../../../domain/clock.ts';
import type {
  CatalogueService,
  CreateServiceRequest,
  UpdateServiceRequest,
} from '../../../domain/contracts/catalogue.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { ensureMayManageCatalogue } from './catalogue.policy.ts';
import { allServices, insertService, nextServiceOrder, serviceForUpdate, updateService } from './catalogue.queries.ts';

type Deps = { db: Database; clock: Clock };

const editionMessages = {
  self: 'A service cannot be an edition of itself.',
  unknown_parent: 'There is no such service.',
  parent_is_edition: 'An edition belongs to a top-level service, not to another edition.',
  has_editions: 'This service has editions of its own, so it cannot become an edition.',
} as const;

async function checkParent(db: Database, serviceId: string, parentId: string) {
  const problem = editionProblem(await allServices(db), serviceId, parentId);
  if (problem) throw badRequest('parentServiceId', editionMessages[problem]);
}

/** SPEC §1: a new service or edition; its id is a stable slug, never reused. */
export async function createService(deps: Deps, actor: Actor, input: CreateServiceRequest): Promise<CatalogueService> {
  ensureMayManageCatalogue(actor);
  return deps.db.transaction(async (tx) => {
    const parentServiceId = input.parentServiceId ?? null;
    if (parentServiceId) await checkParent(tx, input.id, parentServiceId);
    const service: CatalogueService = {
      id: input.id,
      name: input.name,
      parentServiceId,
      licenceUnit: input.licenceUnit,
      trialable: input.trialable,
      isDevice: input.isDevice ?? false,
      active: true,
      sortOrder: input.sortOrder ?? (await nextServiceOrder(tx)),
    };
    if (!(await insertService(tx, service))) {
      throw new AppError(409, 'conflict', `A service with the id "${input.id}" exists already.`, 'id');
    }
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'catalogue.service_created',
      targetType: 'service',
      targetId: service.id,
      after: service,
    });
    return service;
  });
}

/** SPEC §1: edit a service; `active: false` retires it (it stays for the records naming it), `true` restores it. */
export async function editService(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateServiceRequest,
): Promise<CatalogueService> {
  ensureMayManageCatalogue(actor);
  return deps.db.transaction(async (tx) => {
    const before = await serviceForUpdate(tx, id);
    if (!before) throw notFound('The service');
    if (input.parentServiceId && input.parentServiceId !== before.parentServiceId) {
      await checkParent(tx, id, input.parentServiceId);
    }
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const after: CatalogueService = { ...before, ...patch };
    const changed = (Object.keys(patch) as (keyof CatalogueService)[]).filter((k) => before[k] !== after[k]);
    if (changed.length === 0) return before;
    await updateService(tx, id, patch);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action:
        changed.includes('active') && changed.length === 1
          ? after.active
            ? 'catalogue.service_restored'
            : 'catalogue.service_retired'
          : 'catalogue.service_updated',
      targetType: 'service',
      targetId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return after;
  });
}
