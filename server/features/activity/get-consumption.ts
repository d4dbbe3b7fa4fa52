import { type EntitlementCategory, isActiveOn, totalUsage, usageOf } from '../../../domain/activity.ts';
import { type ConsumptionResponse, DRILL_DOWN_RECORD_LIMIT } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { ExportColumn } from '../../platform/table-export.ts';
import { ensureMayReadActivity } from './activity.policy.ts';
import {
  agreementsOfWorkspace,
  type ConsumptionRow,
  consumptionOf,
  entitlementsOfAgreements,
} from './activity.queries.ts';
import { type ActivityDeps, requireWorkspace, todayOf } from './activity-scope.ts';

/** The entitlements of one category in the workspace's active agreements (every package kind). */
async function entitlementsOfDrillDown(
  deps: ActivityDeps,
  actor: Actor,
  workspaceId: string,
  category: EntitlementCategory,
) {
  ensureMayReadActivity(actor);
  await requireWorkspace(deps.db, actor, workspaceId);
  const today = todayOf(deps.clock);
  const active = (await agreementsOfWorkspace(deps.db, actor.organisationId, workspaceId)).filter((a) =>
    isActiveOn(a, today),
  );
  const all = await entitlementsOfAgreements(
    deps.db,
    actor.organisationId,
    active.map((a) => a.id),
    null,
  );
  return all.filter((e) => e.category === category);
}

/**
 * ACT-5: a drill-down — what the entitlements are, the total consumption, the entitlements a request can be
 * opened against, and the most recent consumption records.
 */
export async function getConsumption(
  deps: ActivityDeps,
  actor: Actor,
  input: { workspaceId: string; drillDown: EntitlementCategory },
): Promise<ConsumptionResponse> {
  const entitlements = await entitlementsOfDrillDown(deps, actor, input.workspaceId, input.drillDown);
  const consumable = entitlements.filter((e) => e.kind === 'consumable');
  const records = await consumptionOf(
    deps.db,
    actor.organisationId,
    consumable.map((e) => e.id),
    DRILL_DOWN_RECORD_LIMIT + 1,
  );
  return {
    drillDown: input.drillDown,
    unit: consumable[0]?.unit ?? null,
    ...totalUsage(consumable.map(usageOf)),
    entitlements: entitlements.map((e) => ({
      id: e.id,
      category: e.category,
      kind: e.kind,
      name: e.name,
      description: e.description,
      unit: e.unit,
      package: e.packageName,
      agreementNumber: e.agreementNumber,
      ...usageOf(e),
    })),
    records: records.slice(0, DRILL_DOWN_RECORD_LIMIT).map(({ learner: _l, learnerEmail: _e, ...r }) => r),
    truncated: records.length > DRILL_DOWN_RECORD_LIMIT,
  };
}

export const consumptionColumns: ExportColumn<ConsumptionRow>[] = [
  { header: 'Date', type: 'date', value: (r) => r.consumedOn },
  { header: 'Quantity', type: 'number', value: (r) => r.quantity },
  { header: 'Description', type: 'text', value: (r) => r.description },
  { header: 'Delivered by', type: 'text', value: (r) => r.deliveredBy },
  { header: 'Entitlement', type: 'text', value: (r) => r.entitlement },
  { header: 'Package', type: 'text', value: (r) => r.package },
  { header: 'Agreement', type: 'text', value: (r) => r.agreementNumber },
  { header: 'Support request', type: 'text', value: (r) => r.requestNumber },
];

/** ACT-5: every consumption record of a drill-down, for its export. */
export async function exportConsumption(
  deps: ActivityDeps,
  actor: Actor,
  input: { workspaceId: string; drillDown: EntitlementCategory },
): Promise<AsyncIterable<ConsumptionRow>> {
  const entitlements = await entitlementsOfDrillDown(deps, actor, input.workspaceId, input.drillDown);
  const records = await consumptionOf(
    deps.db,
    actor.organisationId,
    entitlements.filter((e) => e.kind === 'consumable').map((e) => e.id),
    null,
  );
  return (async function* () {
    yield* records;
  })();
}
