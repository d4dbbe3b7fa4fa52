import { and, eq, sql } from 'drizzle-orm';
import { offeredServices } from '../../../domain/catalogue.ts';
import { organisations, partnerCustomers, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { allServices } from '../catalogue/catalogue.queries.ts';
import { recordCustomerAdded } from '../webhooks/change-events.ts';

/** SQL of "Start my organisation" (ORG-1). */

/** The partner's own organisation, opened as its customer, if it exists. */
export async function findOwnOrganisation(db: Database, partnerId: string) {
  const [row] = await db
    .select({
      id: organisations.id,
      termsAcceptedAt: organisations.termsAcceptedAt,
      createdAt: organisations.createdAt,
    })
    .from(partnerCustomers)
    .innerJoin(organisations, eq(organisations.id, partnerCustomers.customerId))
    .where(and(eq(partnerCustomers.partnerId, partnerId), eq(organisations.isPartnerOwnOrganisation, true)))
    .limit(1);
  return row ?? null;
}

/** Serialises concurrent starts of the same partner: the second waits, then finds the first one's result. */
export async function lockPartner(db: Database, partnerId: string) {
  await db.execute(sql`select id from organisations where id = ${partnerId} for update`);
}

export async function partnerAndUser(db: Database, partnerId: string, userId: string) {
  const [partner] = await db.select().from(organisations).where(eq(organisations.id, partnerId));
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return partner && user ? { partner, email: user.email } : null;
}

/** The plan overview's services: those the catalogue offers (SPEC §1). */
export async function catalogue(db: Database) {
  return offeredServices(await allServices(db)).map((s) => ({
    id: s.id,
    name: s.name,
    licenceUnit: s.licenceUnit,
    trialable: s.trialable,
  }));
}

export async function insertOwnOrganisation(
  db: Database,
  input: {
    partnerId: string;
    name: string;
    country: string | null;
    dataRegion: string | null;
    timeZone: string;
    adminEmail: string;
    createdByUserId: string;
    at: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(organisations)
    .values({
      kind: 'customer',
      name: input.name,
      country: input.country,
      dataRegion: input.dataRegion,
      timeZone: input.timeZone,
      primaryAdminEmail: input.adminEmail,
      isPartnerOwnOrganisation: true,
      termsAcceptedAt: input.at,
      createdAt: input.at,
    })
    .returning({ id: organisations.id });
  if (!row) throw new Error('organisation not created');
  await db.insert(partnerCustomers).values({
    partnerId: input.partnerId,
    customerId: row.id,
    relationship: 'owner',
    adminLevel: 'full',
    createdByUserId: input.createdByUserId,
    createdAt: input.at,
  });
  await recordCustomerAdded(db, input.at, { partnerId: input.partnerId, customer: { id: row.id, name: input.name } });
  return row.id;
}
