import { and, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PartnerSortKey, PartnerStatus } from '../../../domain/partners.ts';
import type { PartnerTier } from '../../../domain/roles.ts';
import { organisations, sessions, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of the Partners area (vendor operators, ROL-5): the partner organisations and what is counted on them. */

const distributor = alias(organisations, 'distributor');

/** Customers the partner owns (an index lookup on partner_customers' key per partner). */
const customersOf = sql<number>`(select count(*)::int from partner_customers pc
  where pc.partner_id = ${organisations.id} and pc.relationship = 'owner')`.mapWith(Number);
/** Its administrators: every user of a partner organisation is one; removed ones are disabled. */
const adminsOf = sql<number>`(select count(*)::int from users u
  where u.organisation_id = ${organisations.id} and u.status <> 'disabled')`.mapWith(Number);
const nameKey = sql<string>`lower(${organisations.name})`;

const partnerColumns = {
  id: organisations.id,
  name: organisations.name,
  nameKey,
  tier: organisations.partnerTier,
  distributorId: organisations.distributorId,
  distributorName: distributor.name,
  country: organisations.country,
  dataRegion: organisations.dataRegion,
  timeZone: organisations.timeZone,
  status: organisations.status,
  suspendedAt: organisations.suspendedAt,
  createdAt: organisations.createdAt,
  customers: customersOf,
  admins: adminsOf,
};

export interface PartnerFilters {
  q?: string | undefined;
  tier?: PartnerTier | undefined;
  distributorId?: string | undefined;
  status?: PartnerStatus | undefined;
}

/** Where the last row of a page stands in its sort: the sort value (counts), the name key and the id. */
export interface PartnerPosition {
  value: number | null;
  nameKey: string;
  id: string;
}

function conditions(f: PartnerFilters): SQL {
  const where: SQL[] = [eq(organisations.kind, 'partner')];
  if (f.q) {
    const pattern = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`${nameKey} like ${pattern}`);
  }
  if (f.tier) where.push(eq(organisations.partnerTier, f.tier));
  if (f.distributorId) where.push(eq(organisations.distributorId, f.distributorId));
  if (f.status) where.push(eq(organisations.status, f.status));
  return and(...where) as SQL;
}

/**
 * Sorted by a count, every matching partner's count is needed: one grouped scan, joined, costs far less than a
 * count per partner (measured with 5,000 partners and 200,000 customers: bench/partners-list.ts).
 */
const ownedCounts = sql`(select partner_id, count(*)::int as n from partner_customers
  where relationship = 'owner' group by partner_id)`;
const adminCounts = sql`(select organisation_id as partner_id, count(*)::int as n from users
  where status <> 'disabled' group by organisation_id)`;
const sortCounts: Record<PartnerSortKey, SQL | null> = { name: null, customers: ownedCounts, admins: adminCounts };
const sortCount = sql<number>`coalesce(sort_count.n, 0)`;

/**
 * A page of partners: `limit + 1` rows after `after` in the sort (the extra row says whether there is a next
 * page). Sorted by name, the page is read in name order and each row's counts are index lookups, so a page costs
 * its size; sorted by a count, the counts of all partners are computed once, grouped, to order them.
 */
export async function selectPartnerPage(
  db: Database,
  request: PartnerFilters & { sort: PartnerSortKey; descending: boolean; after: PartnerPosition | null; limit: number },
) {
  const counts = sortCounts[request.sort];
  const value = counts ? sortCount : null;
  const keys: SQL[] = value ? [value, nameKey, sql`${organisations.id}`] : [nameKey, sql`${organisations.id}`];
  const where = [conditions(request)];
  if (request.after) {
    const at = value
      ? sql`(${request.after.value ?? 0}::int, ${request.after.nameKey}::text, ${request.after.id}::uuid)`
      : sql`(${request.after.nameKey}::text, ${request.after.id}::uuid)`;
    where.push(sql`(${sql.join(keys, sql`, `)}) ${request.descending ? sql`<` : sql`>`} ${at}`);
  }
  const direction = request.descending ? sql` desc` : sql` asc`;
  const page = db
    .select(partnerColumns)
    .from(organisations)
    .leftJoin(distributor, eq(distributor.id, organisations.distributorId))
    .$dynamic();
  if (counts) page.leftJoin(sql`${counts} sort_count`, sql`sort_count.partner_id = ${organisations.id}`);
  return page
    .where(and(...where))
    .orderBy(...keys.map((key) => sql`${key}${direction}`))
    .limit(request.limit + 1);
}

export async function countPartners(db: Database, filters: PartnerFilters): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(organisations)
    .where(conditions(filters));
  return row?.n ?? 0;
}

export type PartnerRow = Awaited<ReturnType<typeof selectPartnerPage>>[number];

/** A partner organisation by id (any status); null for an id that is not a partner's. */
export async function findPartner(db: Database, id: string) {
  const [row] = await db
    .select({
      ...partnerColumns,
      tier2Partners: sql<number>`(select count(*)::int from organisations t2
        where t2.distributor_id = ${organisations.id} and t2.kind = 'partner')`.mapWith(Number),
    })
    .from(organisations)
    .leftJoin(distributor, eq(distributor.id, organisations.distributorId))
    .where(and(eq(organisations.id, id), eq(organisations.kind, 'partner')));
  return row ?? null;
}

/** Locks the partner's row for a change (two edits of one partner apply one after the other). */
export async function lockPartner(db: Database, id: string) {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.kind, 'partner')))
    .for('update');
  return row ?? null;
}

/** Whether `id` is a distributor (another partner than `except`). */
export async function isDistributor(db: Database, id: string, except?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.id, id),
        eq(organisations.kind, 'partner'),
        eq(organisations.partnerTier, 'distributor'),
        except ? ne(organisations.id, except) : undefined,
      ),
    );
  return row !== undefined;
}

export async function insertPartner(
  db: Database,
  partner: {
    name: string;
    tier: PartnerTier;
    distributorId: string | null;
    country: string;
    dataRegion: string;
    timeZone: string;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(organisations)
    .values({
      kind: 'partner',
      name: partner.name,
      partnerTier: partner.tier,
      distributorId: partner.distributorId,
      country: partner.country,
      dataRegion: partner.dataRegion,
      timeZone: partner.timeZone,
      createdAt: partner.createdAt,
    })
    .returning({ id: organisations.id });
  if (!row) throw new Error('partner not created');
  return row.id;
}

export async function updatePartnerRow(
  db: Database,
  id: string,
  change: Partial<{
    name: string;
    partnerTier: PartnerTier;
    distributorId: string | null;
    country: string;
    dataRegion: string;
    timeZone: string;
    status: PartnerStatus;
    suspendedAt: Date | null;
  }>,
): Promise<void> {
  if (Object.keys(change).length === 0) return;
  await db.update(organisations).set(change).where(eq(organisations.id, id));
}

/** The ids of the organisation's users, for revoking their one-time links. */
export async function userIdsOf(db: Database, organisationId: string): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.organisationId, organisationId));
  return rows.map((r) => r.id);
}

/** Signs out every user of the organisation (their sessions are deleted). */
export async function deleteSessionsOf(db: Database, userIds: readonly string[]): Promise<number> {
  if (userIds.length === 0) return 0;
  const deleted = await db
    .delete(sessions)
    .where(inArray(sessions.userId, [...userIds]))
    .returning({ tokenHash: sessions.tokenHash });
  return deleted.length;
}
