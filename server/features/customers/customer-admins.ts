import type { Clock } from '../../../domain/clock.ts';
import type { CustomerAdminsResponse } from '../../../domain/contracts/customer-detail.ts';
import { type Actor, can, type PartnerRole } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import {
  assignablePartnerUsers,
  assignedAdmins,
  deleteAssignment,
  findAssignableUser,
  insertAssignment,
  partnerRolesOf,
} from './customer-admins.queries.ts';
import { mayAssignPartnerAdmins } from './customer-detail.policy.ts';
import { requireCustomerForDetail } from './get-customer.ts';

/** DET-4: the partner admins assigned to a customer, and assigning or unassigning one (audited, NOT-4). */

type Deps = { db: Database; clock: Clock };

const withRoles = (roles: Map<string, PartnerRole[]>, userId: string) => {
  const own = roles.get(userId) ?? [];
  return { roles: own, seesAllCustomers: can({ roles: own }, 'seeAllPartnerCustomers') };
};

export async function getCustomerAdmins(deps: Deps, actor: Actor, customerId: string): Promise<CustomerAdminsResponse> {
  const { db } = deps;
  await requireCustomerForDetail(db, actor, customerId);
  const assigned = await assignedAdmins(db, actor, customerId);
  const assignable = mayAssignPartnerAdmins(actor) ? await assignablePartnerUsers(db, actor, customerId) : [];
  const roles = await partnerRolesOf(
    db,
    [...assigned, ...assignable].map((u) => u.userId),
  );
  const base = (u: (typeof assignable)[number]) => ({
    userId: u.userId,
    name: u.name,
    email: u.email,
    status: u.status,
    partner: { id: u.partnerId, name: u.partnerName },
    ...withRoles(roles, u.userId),
  });
  return {
    items: assigned.map((u) => ({ ...base(u), assignedAt: u.assignedAt.toISOString(), assignedBy: u.assignedBy })),
    // Someone without any partner role could not act on the customer; offering them would only confuse.
    assignable: assignable.map(base).filter((u) => u.roles.length > 0),
  };
}

async function targetOf(db: Database, actor: Actor, customerId: string, userId: string) {
  await requireCustomerForDetail(db, actor, customerId);
  ensure(mayAssignPartnerAdmins(actor), 'Only full administrators and partner administrators assign admins.');
  const user = await findAssignableUser(db, actor, customerId, userId);
  if (!user) throw notFound('The partner administrator');
  return user;
}

export async function assignCustomerAdmin(deps: Deps, actor: Actor, customerId: string, userId: string) {
  await deps.db.transaction(async (tx) => {
    const user = await targetOf(tx, actor, customerId, userId);
    const roles = await partnerRolesOf(tx, [userId]);
    if (!roles.get(userId)?.length) throw badRequest('userId', 'This user holds no partner administrator role.');
    const inserted = await insertAssignment(tx, {
      partnerId: user.partnerId,
      customerId,
      userId,
      assignedByUserId: actor.userId,
      createdAt: deps.clock.now(),
    });
    // PUT is idempotent: assigning an assigned admin changes nothing and logs nothing.
    if (!inserted) return;
    await recordAudit(tx, deps.clock, actor, {
      organisationId: user.partnerId,
      action: 'customer.admin_assigned',
      targetType: 'customer',
      targetId: customerId,
      after: { userId, name: user.name, email: user.email },
    });
  });
  const { items } = await getCustomerAdmins(deps, actor, customerId);
  const entry = items.find((item) => item.userId === userId);
  if (!entry) throw notFound('The assignment');
  return entry;
}

export async function unassignCustomerAdmin(deps: Deps, actor: Actor, customerId: string, userId: string) {
  await deps.db.transaction(async (tx) => {
    const user = await targetOf(tx, actor, customerId, userId);
    const deleted = await deleteAssignment(tx, { partnerId: user.partnerId, customerId, userId });
    if (!deleted) return;
    await recordAudit(tx, deps.clock, actor, {
      organisationId: user.partnerId,
      action: 'customer.admin_unassigned',
      targetType: 'customer',
      targetId: customerId,
      before: { userId, name: user.name, email: user.email },
    });
  });
}
