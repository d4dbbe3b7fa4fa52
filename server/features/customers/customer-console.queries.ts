import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { type CustomerRole, customerRoles } from '../../../domain/roles.ts';
import {
  licenceAssignments,
  organisations,
  roleAssignments,
  services,
  trialServices,
  trials,
  users,
} from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of the customer console (CUS-7): the customer's own people, licences and pending trial requests. */

/** At most this many users are listed; the console says how many there are in all. */
const CONSOLE_USERS_LIMIT = 200;

export async function catalogueServices(db: Database) {
  return db
    .select({ id: services.id, name: services.name, licenceUnit: services.licenceUnit, sortOrder: services.sortOrder })
    .from(services)
    .orderBy(asc(services.sortOrder));
}

/** Licences held now, per service and the subscription or trial they come from. */
export async function assignmentsPerSource(db: Database, customerId: string) {
  return db
    .select({
      serviceId: licenceAssignments.serviceId,
      subscriptionId: licenceAssignments.subscriptionId,
      trialId: licenceAssignments.trialId,
      n: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(licenceAssignments)
    .where(eq(licenceAssignments.customerId, customerId))
    .groupBy(licenceAssignments.serviceId, licenceAssignments.subscriptionId, licenceAssignments.trialId);
}

export interface LicenceSource {
  subscriptionId: string | null;
  trialId: string | null;
}

/** The customer's users (the first CONSOLE_USERS_LIMIT by name) with the licences they hold from `isCurrent` sources. */
export async function consoleUsers(db: Database, customerId: string, isCurrent: (source: LicenceSource) => boolean) {
  const items = await db
    .select({ id: users.id, name: users.name, email: users.email, status: users.status })
    .from(users)
    .where(and(eq(users.organisationId, customerId), ne(users.status, 'disabled')))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
    .limit(CONSOLE_USERS_LIMIT);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(users)
    .where(and(eq(users.organisationId, customerId), ne(users.status, 'disabled')));
  const held = await licencesOf(
    db,
    customerId,
    items.map((u) => u.id),
    isCurrent,
  );
  return {
    items: items.map((u) => ({ ...u, licences: held.get(u.id) ?? [] })),
    total: count?.n ?? 0,
  };
}

async function licencesOf(
  db: Database,
  customerId: string,
  userIds: string[],
  isCurrent: (source: LicenceSource) => boolean,
) {
  const byUser = new Map<string, string[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: licenceAssignments.userId,
      serviceId: licenceAssignments.serviceId,
      subscriptionId: licenceAssignments.subscriptionId,
      trialId: licenceAssignments.trialId,
    })
    .from(licenceAssignments)
    .innerJoin(services, eq(services.id, licenceAssignments.serviceId))
    .where(and(eq(licenceAssignments.customerId, customerId), inArray(licenceAssignments.userId, userIds)))
    .orderBy(asc(services.sortOrder));
  for (const row of rows.filter(isCurrent)) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.serviceId]);
  return byUser;
}

/** The customer's administrators: users holding a customer role, with their roles. */
export async function consoleAdmins(db: Database, customerId: string) {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      lastSignInAt: users.lastSignInAt,
      role: roleAssignments.role,
    })
    .from(roleAssignments)
    .innerJoin(
      users,
      and(eq(users.organisationId, roleAssignments.organisationId), eq(users.id, roleAssignments.userId)),
    )
    .where(and(eq(roleAssignments.organisationId, customerId), ne(users.status, 'disabled')))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id));
  const admins = new Map<
    string,
    { id: string; name: string; email: string; lastSignInAt: string | null; roles: CustomerRole[] }
  >();
  for (const row of rows) {
    if (!(customerRoles as readonly string[]).includes(row.role)) continue;
    const admin = admins.get(row.id) ?? {
      id: row.id,
      name: row.name,
      email: row.email,
      lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
      roles: [],
    };
    admin.roles.push(row.role as CustomerRole);
    admins.set(row.id, admin);
  }
  for (const admin of admins.values()) admin.roles.sort((a, b) => customerRoles.indexOf(a) - customerRoles.indexOf(b));
  return [...admins.values()];
}

/** Trials waiting for the customer's consent (TRI-8): all of them, or one partner's. */
export async function pendingConsentTrials(db: Database, customerId: string, partnerId: string | null) {
  const rows = await db
    .select({ trial: trials, partnerName: organisations.name, partnerTimeZone: organisations.timeZone })
    .from(trials)
    .innerJoin(organisations, eq(organisations.id, trials.partnerId))
    .where(
      and(
        eq(trials.customerId, customerId),
        eq(trials.state, 'pending_consent'),
        partnerId ? eq(trials.partnerId, partnerId) : undefined,
      ),
    )
    .orderBy(asc(trials.createdAt));
  const ids = rows.map((r) => r.trial.id);
  const serviceRows =
    ids.length === 0
      ? []
      : await db
          .select({ trialId: trialServices.trialId, serviceId: services.id, serviceName: services.name })
          .from(trialServices)
          .innerJoin(services, eq(services.id, trialServices.serviceId))
          .where(and(eq(trialServices.customerId, customerId), inArray(trialServices.trialId, ids)))
          .orderBy(asc(services.sortOrder));
  return rows.map((row) => ({
    ...row,
    services: serviceRows
      .filter((s) => s.trialId === row.trial.id)
      .map(({ serviceId, serviceName }) => ({ serviceId, serviceName })),
  }));
}

export async function organisationRef(db: Database, id: string): Promise<{ id: string; name: string }> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row ?? { id, name: '' };
}
