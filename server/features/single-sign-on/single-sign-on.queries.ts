import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import {
  identityProviderDomains,
  identityProviders,
  oidcSignIns,
  organisations,
  roleAssignments,
  users,
} from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

export type ProviderRow = typeof identityProviders.$inferSelect;

export async function findProviderOf(db: Database, organisationId: string): Promise<ProviderRow | null> {
  const [row] = await db.select().from(identityProviders).where(eq(identityProviders.organisationId, organisationId));
  return row ?? null;
}

export async function findProvider(db: Database, organisationId: string, id: string): Promise<ProviderRow | null> {
  const [row] = await db
    .select()
    .from(identityProviders)
    .where(and(eq(identityProviders.organisationId, organisationId), eq(identityProviders.id, id)));
  return row ?? null;
}

export async function domainsOf(db: Database, organisationId: string, providerId: string): Promise<string[]> {
  const rows = await db
    .select({ domain: identityProviderDomains.domain })
    .from(identityProviderDomains)
    .where(
      and(
        eq(identityProviderDomains.organisationId, organisationId),
        eq(identityProviderDomains.providerId, providerId),
      ),
    )
    .orderBy(identityProviderDomains.domain);
  return rows.map((r) => r.domain);
}

/** The domains of the list already covered by another organisation's provider. */
export async function domainsTakenElsewhere(db: Database, organisationId: string, domains: string[]) {
  if (domains.length === 0) return [];
  const rows = await db
    .select({ domain: identityProviderDomains.domain, organisationId: identityProviderDomains.organisationId })
    .from(identityProviderDomains)
    .where(inArray(identityProviderDomains.domain, domains));
  return rows.filter((r) => r.organisationId !== organisationId).map((r) => r.domain);
}

export async function saveProvider(
  db: Database,
  input: {
    organisationId: string;
    existingId: string | null;
    issuer: string;
    clientId: string;
    clientSecret: string;
    enabled: boolean;
    domains: string[];
    now: Date;
  },
): Promise<string> {
  const values = {
    issuer: input.issuer,
    clientId: input.clientId,
    clientSecret: input.clientSecret,
    enabled: input.enabled,
    updatedAt: input.now,
  };
  let id = input.existingId;
  if (id) {
    await db
      .update(identityProviders)
      .set(values)
      .where(and(eq(identityProviders.organisationId, input.organisationId), eq(identityProviders.id, id)));
  } else {
    const [row] = await db
      .insert(identityProviders)
      .values({ ...values, organisationId: input.organisationId, createdAt: input.now })
      .returning({ id: identityProviders.id });
    if (!row) throw new Error('identity provider not stored');
    id = row.id;
  }
  await db.delete(identityProviderDomains).where(eq(identityProviderDomains.providerId, id));
  await db
    .insert(identityProviderDomains)
    .values(input.domains.map((domain) => ({ domain, organisationId: input.organisationId, providerId: id })));
  return id;
}

export async function deleteProvider(db: Database, organisationId: string, id: string): Promise<void> {
  await db
    .delete(identityProviderDomains)
    .where(and(eq(identityProviderDomains.organisationId, organisationId), eq(identityProviderDomains.providerId, id)));
  await db
    .delete(oidcSignIns)
    .where(and(eq(oidcSignIns.organisationId, organisationId), eq(oidcSignIns.providerId, id)));
  await db
    .delete(identityProviders)
    .where(and(eq(identityProviders.organisationId, organisationId), eq(identityProviders.id, id)));
}

/** The provider covering an e-mail domain, with its organisation's status. */
export async function providerForDomain(db: Database, domain: string) {
  const [row] = await db
    .select({ provider: identityProviders, organisationStatus: organisations.status })
    .from(identityProviderDomains)
    .innerJoin(
      identityProviders,
      and(
        eq(identityProviders.organisationId, identityProviderDomains.organisationId),
        eq(identityProviders.id, identityProviderDomains.providerId),
      ),
    )
    .innerJoin(organisations, eq(organisations.id, identityProviders.organisationId))
    .where(eq(identityProviderDomains.domain, domain));
  return row ?? null;
}

export async function coversDomain(db: Database, organisationId: string, providerId: string, domain: string) {
  const [row] = await db
    .select({ domain: identityProviderDomains.domain })
    .from(identityProviderDomains)
    .where(
      and(
        eq(identityProviderDomains.domain, domain),
        eq(identityProviderDomains.organisationId, organisationId),
        eq(identityProviderDomains.providerId, providerId),
      ),
    );
  return row !== undefined;
}

export async function insertSignIn(db: Database, row: typeof oidcSignIns.$inferInsert, now: Date): Promise<void> {
  // Sign-ins abandoned at the provider are pruned as new ones start.
  await db.delete(oidcSignIns).where(lte(oidcSignIns.expiresAt, now));
  await db.insert(oidcSignIns).values(row);
}

/** Takes the sign-in of a state: it is deleted as it is read, so a state works once. */
export async function takeSignIn(db: Database, state: string) {
  const [row] = await db.delete(oidcSignIns).where(eq(oidcSignIns.state, state)).returning();
  return row ?? null;
}

/** The user with this address in the organisation (addresses are unique in the installation), with its roles. */
export async function userOfOrganisation(db: Database, organisationId: string, email: string) {
  const [user] = await db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      status: users.status,
      kind: organisations.kind,
      organisationStatus: organisations.status,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.organisationId, organisationId), eq(sql`lower(${users.email})`, email.toLowerCase())));
  if (!user) return null;
  const roles = await db
    .select({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.userId, user.id)));
  return { ...user, roles: roles.map((r) => r.role) };
}

export async function activateUser(db: Database, organisationId: string, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ status: 'active' })
    .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)));
}
