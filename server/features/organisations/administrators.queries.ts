import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { allRoles, type Role } from '../../../domain/roles.ts';
import { customerAdminAssignments, roleAssignments, sessions, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of the Administrators page: users and roles of one organisation (the caller's own). */

/** Users of the organisation holding at least one role, with their roles and assignment counts. */
export async function administratorsOf(db: Database, organisationId: string) {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      status: users.status,
      lastSignInAt: users.lastSignInAt,
      role: roleAssignments.role,
      assignedCustomers: sql<number>`(select count(*)::int from customer_admin_assignments caa
        where caa.partner_id = ${users.organisationId} and caa.user_id = ${users.id})`.mapWith(Number),
    })
    .from(users)
    .innerJoin(
      roleAssignments,
      and(eq(roleAssignments.organisationId, users.organisationId), eq(roleAssignments.userId, users.id)),
    )
    .where(and(eq(users.organisationId, organisationId), ne(users.status, 'disabled')))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id));
  const byId = new Map<string, Omit<(typeof rows)[number], 'role'> & { roles: Role[] }>();
  for (const { role, ...user } of rows) {
    if (!(allRoles as readonly string[]).includes(role)) continue;
    const entry = byId.get(user.id) ?? { ...user, roles: [] };
    entry.roles.push(role as Role);
    byId.set(user.id, entry);
  }
  for (const entry of byId.values()) entry.roles.sort((a, b) => allRoles.indexOf(a) - allRoles.indexOf(b));
  return [...byId.values()];
}

/** A user of the organisation (any status), with its roles; null when it belongs to another organisation. */
export async function findMember(db: Database, organisationId: string, userId: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, status: users.status })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)));
  if (!user) return null;
  return { ...user, roles: await rolesOf(db, organisationId, userId) };
}

export async function findUserByEmail(db: Database, email: string) {
  const [user] = await db
    .select({ id: users.id, organisationId: users.organisationId, status: users.status })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return user ?? null;
}

async function rolesOf(db: Database, organisationId: string, userId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.userId, userId)));
  return rows.map((r) => r.role as Role).sort((a, b) => allRoles.indexOf(a) - allRoles.indexOf(b));
}

/** Active users other than `exceptUserId` holding `role` in the organisation. */
export async function countOtherActiveHolders(db: Database, organisationId: string, role: Role, exceptUserId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(roleAssignments)
    .innerJoin(
      users,
      and(eq(users.organisationId, roleAssignments.organisationId), eq(users.id, roleAssignments.userId)),
    )
    .where(
      and(
        eq(roleAssignments.organisationId, organisationId),
        eq(roleAssignments.role, role),
        eq(users.status, 'active'),
        ne(users.id, exceptUserId),
      ),
    );
  return row?.n ?? 0;
}

export async function insertInvitedUser(
  db: Database,
  values: { organisationId: string; email: string; name: string; createdAt: Date },
) {
  const [row] = await db
    .insert(users)
    .values({ ...values, status: 'invited', passwordHash: null })
    .returning({ id: users.id });
  if (!row) throw new Error('user not created');
  return row.id;
}

/** A removed admin invited again comes back as invited, keeping its id (and so its audit history). */
export async function reinviteUser(db: Database, userId: string, name: string) {
  await db.update(users).set({ status: 'invited', name, passwordHash: null }).where(eq(users.id, userId));
}

export async function replaceRoles(
  db: Database,
  input: { organisationId: string; userId: string; roles: readonly Role[]; grantedByUserId: string; at: Date },
) {
  const { organisationId, userId } = input;
  const current = await rolesOf(db, organisationId, userId);
  const removed = current.filter((r) => !input.roles.includes(r));
  const added = input.roles.filter((r) => !current.includes(r));
  if (removed.length > 0) {
    await db
      .delete(roleAssignments)
      .where(
        and(
          eq(roleAssignments.organisationId, organisationId),
          eq(roleAssignments.userId, userId),
          inArray(roleAssignments.role, removed),
        ),
      );
  }
  for (const role of added) {
    await db
      .insert(roleAssignments)
      .values({ organisationId, userId, role, grantedByUserId: input.grantedByUserId, createdAt: input.at });
  }
}

/** Takes a partner's or the vendor's user out: disabled, signed out, no roles and no customer assignments. */
export async function disableUser(db: Database, organisationId: string, userId: string): Promise<string[]> {
  await db.update(users).set({ status: 'disabled' }).where(eq(users.id, userId));
  await db
    .delete(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.userId, userId)));
  await db.delete(sessions).where(eq(sessions.userId, userId));
  const unassigned = await db
    .delete(customerAdminAssignments)
    .where(and(eq(customerAdminAssignments.partnerId, organisationId), eq(customerAdminAssignments.userId, userId)))
    .returning({ customerId: customerAdminAssignments.customerId });
  return unassigned.map((r) => r.customerId);
}

export async function removeAllRoles(db: Database, organisationId: string, userId: string) {
  await db
    .delete(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.userId, userId)));
}
