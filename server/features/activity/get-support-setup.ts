import type { SupportSetup } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { requireCustomerForDetail } from '../customers/get-customer.ts';
import { ensureMayManageSupportSetup } from './activity.policy.ts';
import { agreementsOfCustomer, customerUsers } from './activity.queries.ts';
import type { ActivityDeps } from './activity-scope.ts';
import {
  entitlementsOfCustomer,
  groupsWithAccess,
  packagesOfCustomer,
  recentRequests,
  workspacesWithMembers,
} from './support-setup.queries.ts';

/** The choices the setup's dialogs offer: the customer's users, and its most recent requests for groups. */
const USER_CHOICES = 500;
const REQUEST_CHOICES = 200;

/**
 * The customer whose support a vendor operator sets up: an unknown one (or one out of a partner's reach) is
 * 404 as on every customer detail; a partner or customer that may see it is refused (403).
 */
export async function requireSetupCustomer(db: Database, actor: Actor, customerId: string) {
  await requireCustomerForDetail(db, actor, customerId);
  ensureMayManageSupportSetup(actor);
}

/** ACT-1: everything a vendor operator sets up for a customer, with the choices its dialogs offer. */
export async function getSupportSetup(deps: ActivityDeps, actor: Actor, customerId: string): Promise<SupportSetup> {
  const { db } = deps;
  await requireSetupCustomer(db, actor, customerId);
  const [users, workspaces, agreements, packages, entitlements, groups, requests] = await Promise.all([
    customerUsers(db, customerId, USER_CHOICES),
    workspacesWithMembers(db, customerId),
    agreementsOfCustomer(db, customerId),
    packagesOfCustomer(db, customerId),
    entitlementsOfCustomer(db, customerId),
    groupsWithAccess(db, customerId),
    recentRequests(db, customerId, REQUEST_CHOICES),
  ]);
  return {
    users: users.map(({ id, name, email }) => ({ id, name, email })),
    workspaces,
    agreements: agreements.map((a) => ({
      ...a,
      packages: packages
        .filter((p) => p.agreementId === a.id)
        .map(({ agreementId: _, ...p }) => ({
          ...p,
          entitlements: entitlements.filter((e) => e.packageId === p.id).map(({ packageId: __, ...e }) => e),
        })),
    })),
    groups,
    requests,
  };
}
