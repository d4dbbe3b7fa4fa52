import { and, eq, ne, sql } from 'drizzle-orm';
import { organisations, roleAssignments, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of the first run (issue #10): is there an operator yet, and creating the vendor with its first one. */

/** Whether any vendor operator exists who is not disabled: then the installation is set up. */
export async function vendorOperatorExists(db: Database): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(roleAssignments)
    .innerJoin(
      users,
      and(eq(users.organisationId, roleAssignments.organisationId), eq(users.id, roleAssignments.userId)),
    )
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(eq(roleAssignments.role, 'vendor_operator'), eq(organisations.kind, 'vendor'), ne(users.status, 'disabled')),
    )
    .limit(1);
  return Boolean(row);
}

/** Serialises first runs: two setup links used at once cannot create two vendors. */
export async function lockSetup(tx: Database): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('channel-hub:first-run'))`);
}

export async function isEmailTaken(db: Database, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return Boolean(row);
}

/** The vendor organisation (the one there is, else a new one) with its first operator, active, with a password. */
export async function createVendorWithOperator(
  tx: Database,
  input: {
    organisation: { name: string; country: string; dataRegion: string; timeZone: string };
    operator: { name: string; email: string; passwordHash: string };
    now: Date;
  },
): Promise<{ organisationId: string; userId: string; createdOrganisation: boolean }> {
  const [existing] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kind, 'vendor'))
    .limit(1);
  let organisationId: string;
  if (existing) {
    organisationId = existing.id;
    await tx.update(organisations).set(input.organisation).where(eq(organisations.id, organisationId));
  } else {
    const [created] = await tx
      .insert(organisations)
      .values({ ...input.organisation, kind: 'vendor', createdAt: input.now })
      .returning({ id: organisations.id });
    if (!created) throw new Error('vendor organisation not created');
    organisationId = created.id;
  }
  const [user] = await tx
    .insert(users)
    .values({
      organisationId,
      email: input.operator.email,
      name: input.operator.name,
      passwordHash: input.operator.passwordHash,
      passwordChangedAt: input.now,
      status: 'active',
      createdAt: input.now,
    })
    .returning({ id: users.id });
  if (!user) throw new Error('operator not created');
  await tx.insert(roleAssignments).values({
    organisationId,
    userId: user.id,
    role: 'vendor_operator',
    createdAt: input.now,
  });
  return { organisationId, userId: user.id, createdOrganisation: !existing };
}
