import type { Clock } from '../../../domain/clock.ts';
import type { LaunchCustomerResponse } from '../../../domain/contracts/console.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { consoleAccess } from './customer-console.ts';

/**
 * CUS-7: a partner (or vendor operator) enters a customer's console. Every launch is audit-logged in the
 * customer's tenant, so the customer's activity shows who entered and when (NOT-4).
 */
export async function launchCustomer(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  customerId: string,
): Promise<LaunchCustomerResponse> {
  return deps.db.transaction(async (tx) => {
    const { customer, viewer } = await consoleAccess(tx, actor, customerId);
    ensure(viewer.kind !== 'customer', 'Your own console needs no launch.');
    const launchedAt = deps.clock.now();
    await recordAudit(tx, deps.clock, actor, {
      organisationId: customer.id,
      action: 'customer.launched',
      targetType: 'customer',
      targetId: customer.id,
      after: { adminLevel: viewer.adminLevel, mayManageUsersAndLicences: viewer.mayManageUsersAndLicences },
    });
    return {
      customerId: customer.id,
      customerName: customer.name,
      adminLevel: viewer.adminLevel,
      mayManageUsersAndLicences: viewer.mayManageUsersAndLicences,
      launchedAt: launchedAt.toISOString(),
    };
  });
}
