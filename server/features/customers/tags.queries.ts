import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles.ts';
import { customerTags, tags } from '../../db/schema/index.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { visibleCustomer } from '../../platform/scope.ts';

/** SQL of the partner's tags (TAG-1); every statement is scoped by the partner that owns the tags. */

export async function selectTags(db: Database, partnerId: string) {
  return db
    .select({
      id: tags.id,
      name: tags.name,
      colour: tags.colour,
      customers: sql<number>`(select count(*) from ${customerTags} ct
        where ct.partner_id = ${tags.partnerId} and ct.tag_id = ${tags.id})::int`.mapWith(Number),
    })
    .from(tags)
    .where(eq(tags.partnerId, partnerId))
    .orderBy(asc(sql`lower(${tags.name})`), asc(tags.id));
}

export async function findTag(db: Database, partnerId: string, tagId: string) {
  const [row] = await db
    .select({ id: tags.id, name: tags.name, colour: tags.colour })
    .from(tags)
    .where(and(eq(tags.partnerId, partnerId), eq(tags.id, tagId)));
  return row ?? null;
}

/** Whether another tag of the partner has this name already (names are unique regardless of case). */
export async function tagNameTaken(db: Database, partnerId: string, name: string, exceptId?: string) {
  const [row] = await db
    .select({ id: tags.id })
    .from(tags)
    .where(
      and(
        eq(tags.partnerId, partnerId),
        sql`lower(${tags.name}) = lower(${name})`,
        exceptId ? sql`${tags.id} <> ${exceptId}` : undefined,
      ),
    );
  return row !== undefined;
}

export async function insertTag(
  db: Database,
  values: { partnerId: string; name: string; colour: string; createdByUserId: string; createdAt: Date },
) {
  const [row] = await db.insert(tags).values(values).returning({ id: tags.id, name: tags.name, colour: tags.colour });
  if (!row) throw new Error('tag not inserted');
  return row;
}

export async function updateTag(
  db: Database,
  partnerId: string,
  tagId: string,
  changes: { name?: string; colour?: string },
) {
  await db
    .update(tags)
    .set(changes)
    .where(and(eq(tags.partnerId, partnerId), eq(tags.id, tagId)));
}

/** Deletes the tag (its assignments go with it) and returns the customers that had it. */
export async function deleteTag(db: Database, partnerId: string, tagId: string): Promise<string[]> {
  const tagged = await customersWithTag(db, partnerId, tagId);
  await db.delete(tags).where(and(eq(tags.partnerId, partnerId), eq(tags.id, tagId)));
  return tagged;
}

export async function customersWithTag(db: Database, partnerId: string, tagId: string): Promise<string[]> {
  const rows = await db
    .select({ customerId: customerTags.customerId })
    .from(customerTags)
    .where(and(eq(customerTags.partnerId, partnerId), eq(customerTags.tagId, tagId)));
  return rows.map((r) => r.customerId);
}

/** Puts the tag on the customer; false when it was there already. */
export async function insertCustomerTag(
  db: Database,
  values: { partnerId: string; customerId: string; tagId: string; createdAt: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(customerTags)
    .values(values)
    .onConflictDoNothing()
    .returning({ tagId: customerTags.tagId });
  return inserted.length > 0;
}

/** Takes the tag off the customer; false when it was not there. */
export async function deleteCustomerTag(db: Database, partnerId: string, customerId: string, tagId: string) {
  const deleted = await db
    .delete(customerTags)
    .where(
      and(
        eq(customerTags.partnerId, partnerId),
        eq(customerTags.customerId, customerId),
        eq(customerTags.tagId, tagId),
      ),
    )
    .returning({ tagId: customerTags.tagId });
  return deleted.length > 0;
}

/** Whether the customer is linked to the actor's partner and within the actor's scope (ROL-2). */
export async function isTaggableCustomer(db: Database, actor: Actor, customerId: string): Promise<boolean> {
  const rows = rowsOf(
    await db.execute(sql`select 1 from partner_customers link
      where link.partner_id = ${actor.organisationId} and link.customer_id = ${customerId}
        and ${visibleCustomer(actor, sql`link.customer_id`)}`),
  );
  return rows.length > 0;
}
