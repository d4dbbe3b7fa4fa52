import type {
  AgreementRequest,
  EntitlementRequest,
  PackageRequest,
  SetupEntitlement,
} from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { workspaces } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Database, isUniqueViolation } from '../../platform/db.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { findAgreement } from './activity.queries.ts';
import type { ActivityDeps } from './activity-scope.ts';
import { requireSetupCustomer } from './get-support-setup.ts';
import {
  agreementNumberTaken,
  consumedOf,
  findNamedRow,
  findPackage,
  findSetupEntitlement,
  insertAgreement,
  insertEntitlement,
  insertPackage,
  updateAgreement,
  updateEntitlement,
  updatePackage,
} from './support-setup.queries.ts';

/**
 * ACT-1: a vendor operator records what a customer bought: agreements in a workspace, their enterprise-wide and
 * add-on packages, and the packages' entitlements (consumable with a quantity bought, or an additional benefit).
 */

const numberTaken = () =>
  new AppError(409, 'conflict', 'The customer already has an agreement with this number.', 'number');

async function checkedAgreement(db: Database, customerId: string, input: AgreementRequest, exceptId: string | null) {
  if (!(await findNamedRow(db, workspaces, customerId, input.workspaceId))) {
    throw badRequest('workspaceId', 'Not a workspace of this customer.');
  }
  if (await agreementNumberTaken(db, customerId, input.number, exceptId)) throw numberTaken();
}

export async function createAgreement(deps: ActivityDeps, actor: Actor, customerId: string, input: AgreementRequest) {
  await requireSetupCustomer(deps.db, actor, customerId);
  try {
    return await deps.db.transaction(async (tx) => {
      await checkedAgreement(tx, customerId, input, null);
      const created = { id: await insertAgreement(tx, customerId, input), ...input };
      await recordAudit(tx, deps.clock, actor, {
        organisationId: customerId,
        action: 'support_setup.agreement_created',
        targetType: 'support_agreement',
        targetId: created.id,
        after: created,
      });
      return created;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? numberTaken() : error;
  }
}

export async function editAgreement(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  agreementId: string,
  input: AgreementRequest,
) {
  await requireSetupCustomer(deps.db, actor, customerId);
  try {
    return await deps.db.transaction(async (tx) => {
      const before = await findAgreement(tx, customerId, agreementId);
      if (!before) throw notFound('The agreement');
      await checkedAgreement(tx, customerId, input, agreementId);
      await updateAgreement(tx, customerId, agreementId, input);
      const after = { id: agreementId, ...input };
      await recordAudit(tx, deps.clock, actor, {
        organisationId: customerId,
        action: 'support_setup.agreement_updated',
        targetType: 'support_agreement',
        targetId: agreementId,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? numberTaken() : error;
  }
}

export async function createPackage(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  agreementId: string,
  input: PackageRequest,
) {
  await requireSetupCustomer(deps.db, actor, customerId);
  return deps.db.transaction(async (tx) => {
    if (!(await findAgreement(tx, customerId, agreementId))) throw notFound('The agreement');
    const created = { id: await insertPackage(tx, customerId, agreementId, input), ...input };
    await recordAudit(tx, deps.clock, actor, {
      organisationId: customerId,
      action: 'support_setup.package_created',
      targetType: 'support_package',
      targetId: created.id,
      after: { ...created, agreementId },
    });
    return created;
  });
}

export async function editPackage(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  packageId: string,
  input: PackageRequest,
) {
  await requireSetupCustomer(deps.db, actor, customerId);
  return deps.db.transaction(async (tx) => {
    const before = await findPackage(tx, customerId, packageId);
    if (!before) throw notFound('The package');
    await updatePackage(tx, customerId, packageId, input);
    const after = { id: packageId, ...input };
    await recordAudit(tx, deps.clock, actor, {
      organisationId: customerId,
      action: 'support_setup.package_updated',
      targetType: 'support_package',
      targetId: packageId,
      before,
      after,
    });
    return after;
  });
}

export async function createEntitlement(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  packageId: string,
  input: EntitlementRequest,
): Promise<SetupEntitlement> {
  await requireSetupCustomer(deps.db, actor, customerId);
  return deps.db.transaction(async (tx) => {
    if (!(await findPackage(tx, customerId, packageId))) throw notFound('The package');
    const created = { id: await insertEntitlement(tx, customerId, packageId, input), ...input };
    await recordAudit(tx, deps.clock, actor, {
      organisationId: customerId,
      action: 'support_setup.entitlement_created',
      targetType: 'entitlement',
      targetId: created.id,
      after: { ...created, packageId },
    });
    return created;
  });
}

/**
 * What was already consumed stays true: an entitlement with consumption stays consumable, and its quantity
 * bought does not fall below what was used (remaining would be a fiction).
 */
export async function editEntitlement(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  entitlementId: string,
  input: EntitlementRequest,
): Promise<SetupEntitlement> {
  await requireSetupCustomer(deps.db, actor, customerId);
  return deps.db.transaction(async (tx) => {
    const found = await findSetupEntitlement(tx, customerId, entitlementId);
    if (!found) throw notFound('The entitlement');
    const consumed = await consumedOf(tx, customerId, entitlementId);
    if (consumed > 0 && input.kind !== 'consumable') {
      throw badRequest('kind', 'Consumption is logged against this entitlement, so it stays consumable.');
    }
    if (input.quantityBought !== null && input.quantityBought < consumed) {
      throw badRequest('quantityBought', `Already ${consumed} consumed: the quantity bought cannot be less.`);
    }
    const { packageId: _, ...before } = found;
    await updateEntitlement(tx, customerId, entitlementId, input);
    const after = { id: entitlementId, ...input };
    await recordAudit(tx, deps.clock, actor, {
      organisationId: customerId,
      action: 'support_setup.entitlement_updated',
      targetType: 'entitlement',
      targetId: entitlementId,
      before,
      after,
    });
    return after;
  });
}
