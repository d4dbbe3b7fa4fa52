import { and, eq, or, sql } from 'drizzle-orm';
import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import { organisations } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { visibleCustomer } from '../../platform/scope.ts';

/** An organisation the actor may see: its own, or a customer within its scope. */
export async function findVisibleOrganisation(db: Database, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(
      and(
        eq(organisations.id, id),
        or(
          eq(organisations.id, actor.organisationId),
          and(eq(organisations.kind, 'customer'), visibleCustomer(actor, organisations.id)),
          isVendorOperator(actor) ? sql`true` : sql`false`,
        ),
      ),
    );
  return row ?? null;
}

export async function updateSettings(db: Database, organisationId: string, settings: Record<string, unknown>) {
  await db.update(organisations).set({ settings }).where(eq(organisations.id, organisationId));
}

/** Partners by name with the number of customers each owns. */
export async function selectPartners(db: Database) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      tier: organisations.partnerTier,
      customers: sql<number>`(select count(*)::int from partner_customers pc
        where pc.partner_id = ${organisations.id} and pc.relationship = 'owner')`,
    })
    .from(organisations)
    .where(eq(organisations.kind, 'partner'))
    .orderBy(sql`lower(${organisations.name})`, organisations.id);
}
