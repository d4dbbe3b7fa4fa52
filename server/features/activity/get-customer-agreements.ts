import type { CustomerAgreementsResponse } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { requireCustomerForDetail } from '../customers/get-customer.ts';
import { agreementsOfCustomer, entitlementsOfAgreements } from './activity.queries.ts';
import { type ActivityDeps, todayOf } from './activity-scope.ts';
import { agreementOut, packagesOf } from './get-add-on-packages.ts';

/**
 * ROL-3, ROL-6: a partner (or the vendor) reads a customer's support agreements read-only from the customer's
 * detail page; another partner's customer reads as 404, as every customer detail does.
 */
export async function getCustomerAgreements(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
): Promise<CustomerAgreementsResponse> {
  await requireCustomerForDetail(deps.db, actor, customerId);
  const today = todayOf(deps.clock);
  const agreements = await agreementsOfCustomer(deps.db, customerId);
  const packages = packagesOf(
    await entitlementsOfAgreements(
      deps.db,
      customerId,
      agreements.map((a) => a.id),
      null,
    ),
    today,
  );
  return {
    agreements: agreements.map((a) => ({
      ...agreementOut(a, today),
      packages: packages.filter((p) => p.agreementId === a.id).map(({ agreementId: _, ...p }) => p),
    })),
  };
}
