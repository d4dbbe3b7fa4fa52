import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Actor, isVendorOperator, type PartnerRole, partnerRoles } from '../../../domain/roles.ts';
import {
  customerAdminAssignments,
  organisations,
  partnerCustomers,
  roleAssignments,
  users,
} from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of the Partner admins tab (DET-4): assignments are partner data, keyed by the partner. */

const assigner = alias(users, 'assigner');

/** The partner admins assigned to the customer: the actor's partner's, or every partner's for the vendor. */
export async function assignedAdmins(db: Database, actor: Actor, customerId: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      status: users.status,
      partnerId: organisations.id,
      partnerName: organisations.name,
      assignedAt: customerAdminAssignments.createdAt,
      assignedBy: assigner.name,
    })
    .from(customerAdminAssignments)
    .innerJoin(
      users,
      and(eq(users.organisationId, customerAdminAssignments.partnerId), eq(users.id, customerAdminAssignments.userId)),
    )
    .innerJoin(organisations, eq(organisations.id, customerAdminAssignments.partnerId))
    .leftJoin(assigner, eq(assigner.id, customerAdminAssignments.assignedByUserId))
    .where(
      and(
        eq(customerAdminAssignments.customerId, customerId),
        isVendorOperator(actor) ? undefined : eq(customerAdminAssignments.partnerId, actor.organisationId),
      ),
    )
    .orderBy(asc(organisations.name), asc(sql`lower(${users.name})`));
}

/** Users (not disabled) of the partners that may be assigned: the actor's partner, or every linked one. */
export async function assignablePartnerUsers(db: Database, actor: Actor, customerId: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      status: users.status,
      partnerId: organisations.id,
      partnerName: organisations.name,
    })
    .from(partnerCustomers)
    .innerJoin(organisations, eq(organisations.id, partnerCustomers.partnerId))
    .innerJoin(users, eq(users.organisationId, partnerCustomers.partnerId))
    .where(
      and(
        eq(partnerCustomers.customerId, customerId),
        isVendorOperator(actor) ? undefined : eq(partnerCustomers.partnerId, actor.organisationId),
        ne(users.status, 'disabled'),
        sql`not exists (select 1 from customer_admin_assignments caa where caa.partner_id = ${partnerCustomers.partnerId}
          and caa.customer_id = ${partnerCustomers.customerId} and caa.user_id = ${users.id})`,
      ),
    )
    .orderBy(asc(organisations.name), asc(sql`lower(${users.name})`));
}

/** Partner roles of the given users. */
export async function partnerRolesOf(db: Database, userIds: string[]): Promise<Map<string, PartnerRole[]>> {
  const byUser = new Map<string, PartnerRole[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({ userId: roleAssignments.userId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, userIds));
  for (const { userId, role } of rows) {
    if (!(partnerRoles as readonly string[]).includes(role)) continue;
    byUser.set(userId, [...(byUser.get(userId) ?? []), role as PartnerRole]);
  }
  for (const roles of byUser.values()) roles.sort((a, b) => partnerRoles.indexOf(a) - partnerRoles.indexOf(b));
  return byUser;
}

/**
 * A user who may be assigned to the customer: of the actor's own partner, or (vendor) of a partner linked to
 * the customer; never a disabled one. Anything else reads as not found.
 */
export async function findAssignableUser(db: Database, actor: Actor, customerId: string, userId: string) {
  const [row] = await db
    .select({ userId: users.id, name: users.name, email: users.email, partnerId: users.organisationId })
    .from(users)
    .innerJoin(
      partnerCustomers,
      and(eq(partnerCustomers.partnerId, users.organisationId), eq(partnerCustomers.customerId, customerId)),
    )
    .where(
      and(
        eq(users.id, userId),
        ne(users.status, 'disabled'),
        isVendorOperator(actor) ? undefined : eq(users.organisationId, actor.organisationId),
      ),
    );
  return row ?? null;
}

export async function insertAssignment(
  db: Database,
  values: { partnerId: string; customerId: string; userId: string; assignedByUserId: string; createdAt: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(customerAdminAssignments)
    .values(values)
    .onConflictDoNothing()
    .returning({ userId: customerAdminAssignments.userId });
  return inserted.length > 0;
}

export async function deleteAssignment(
  db: Database,
  key: { partnerId: string; customerId: string; userId: string },
): Promise<boolean> {
  const deleted = await db
    .delete(customerAdminAssignments)
    .where(
      and(
        eq(customerAdminAssignments.partnerId, key.partnerId),
        eq(customerAdminAssignments.customerId, key.customerId),
        eq(customerAdminAssignments.userId, key.userId),
      ),
    )
    .returning({ userId: customerAdminAssignments.userId });
  return deleted.length > 0;
}
