import { isActiveOn, usageOf } from '../../../domain/activity.ts';
import type { PackagesResponse, SupportPackage } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { ensureMayReadActivity } from './activity.policy.ts';
import { type AgreementRow, type EntitlementRow, entitlementsOfAgreements } from './activity.queries.ts';
import { type ActivityDeps, requireAgreement, todayOf } from './activity-scope.ts';

/** The packages of some agreements with each entitlement's bought, consumed and remaining (ACT-1). */
export function packagesOf(
  entitlements: readonly EntitlementRow[],
  today: string,
): (SupportPackage & { agreementId: string })[] {
  const packages = new Map<string, SupportPackage & { agreementId: string }>();
  for (const e of entitlements) {
    let pack = packages.get(e.packageId);
    if (!pack) {
      const period = { startsOn: e.packageStartsOn, endsOn: e.packageEndsOn };
      pack = {
        id: e.packageId,
        agreementId: e.agreementId,
        name: e.packageName,
        kind: e.packageKind,
        ...period,
        active: isActiveOn(period, today),
        entitlements: [],
      };
      packages.set(e.packageId, pack);
    }
    pack.entitlements.push({
      id: e.id,
      category: e.category,
      kind: e.kind,
      name: e.name,
      description: e.description,
      unit: e.unit,
      ...usageOf(e),
    });
  }
  return [...packages.values()];
}

export const agreementOut = (a: AgreementRow, today: string) => ({
  id: a.id,
  number: a.number,
  name: a.name,
  startsOn: a.startsOn,
  endsOn: a.endsOn,
  active: isActiveOn(a, today),
});

/** ACT-4: one agreement's add-on packages, filtered by package and by status, with their expiry dates. */
export async function getAddOnPackages(
  deps: ActivityDeps,
  actor: Actor,
  input: { agreementId: string; packageId?: string; status?: 'active' | 'inactive' },
): Promise<PackagesResponse> {
  ensureMayReadActivity(actor);
  const db: Database = deps.db;
  const agreement = await requireAgreement(db, actor, input.agreementId);
  const today = todayOf(deps.clock);
  const all = packagesOf(await entitlementsOfAgreements(db, actor.organisationId, [agreement.id], 'add_on'), today);
  const packages = all
    .filter((p) => !input.packageId || p.id === input.packageId)
    .filter((p) => !input.status || p.active === (input.status === 'active'))
    .map(({ agreementId: _, ...p }) => p);
  return {
    agreement: agreementOut(agreement, today),
    choices: all.map((p) => ({ id: p.id, name: p.name })),
    packages,
  };
}
