import type { Clock } from '../../../domain/clock.ts';
import type {
  CatalogueDeviceType,
  CreateDeviceTypeRequest,
  UpdateDeviceTypeRequest,
} from '../../../domain/contracts/catalogue.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { ensureMayManageCatalogue } from './catalogue.policy.ts';
import { deviceTypeForUpdate, insertDeviceType, nextDeviceTypeOrder, updateDeviceType } from './catalogue.queries.ts';

type Deps = { db: Database; clock: Clock };

/** TRI-1, TRI-3: a new device type a device trial may ship. */
export async function createDeviceType(
  deps: Deps,
  actor: Actor,
  input: CreateDeviceTypeRequest,
): Promise<CatalogueDeviceType> {
  ensureMayManageCatalogue(actor);
  return deps.db.transaction(async (tx) => {
    const deviceType: CatalogueDeviceType = {
      id: input.id,
      name: input.name,
      active: true,
      sortOrder: input.sortOrder ?? (await nextDeviceTypeOrder(tx)),
    };
    if (!(await insertDeviceType(tx, deviceType))) {
      throw new AppError(409, 'conflict', `A device type with the id "${input.id}" exists already.`, 'id');
    }
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'catalogue.device_type_created',
      targetType: 'device_type',
      targetId: deviceType.id,
      after: deviceType,
    });
    return deviceType;
  });
}

/** Edit a device type; `active: false` retires it (shipments naming it stay), `true` restores it. */
export async function editDeviceType(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateDeviceTypeRequest,
): Promise<CatalogueDeviceType> {
  ensureMayManageCatalogue(actor);
  return deps.db.transaction(async (tx) => {
    const before = await deviceTypeForUpdate(tx, id);
    if (!before) throw notFound('The device type');
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const after: CatalogueDeviceType = { ...before, ...patch };
    const changed = (Object.keys(patch) as (keyof CatalogueDeviceType)[]).filter((k) => before[k] !== after[k]);
    if (changed.length === 0) return before;
    await updateDeviceType(tx, id, patch);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action:
        changed.includes('active') && changed.length === 1
          ? after.active
            ? 'catalogue.device_type_restored'
            : 'catalogue.device_type_retired'
          : 'catalogue.device_type_updated',
      targetType: 'device_type',
      targetId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return after;
  });
}
