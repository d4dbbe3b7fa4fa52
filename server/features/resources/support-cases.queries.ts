import { and, asc, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import { helpdeskRequestEvents, helpdeskRequests, organisations, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/**
 * SQL of the partner helpdesk (RES-2). A partner user reads their own cases (by partner and requester, the
 * leading columns of its index); vendor operators read the queue across partners (by status and age).
 */

/** Whose cases: every partner's (operators) or one requester's. */
export type CaseScope = { kind: 'all' } | { kind: 'requester'; partnerId: string; userId: string };

export interface CaseFilters {
  statuses?: readonly string[];
  products?: readonly string[];
}

const scopeWhere = (scope: CaseScope): SQL | undefined =>
  scope.kind === 'all'
    ? undefined
    : and(eq(helpdeskRequests.partnerId, scope.partnerId), eq(helpdeskRequests.createdByUserId, scope.userId));

const summaryColumns = {
  partnerId: helpdeskRequests.partnerId,
  id: helpdeskRequests.id,
  number: helpdeskRequests.number,
  product: helpdeskRequests.product,
  subject: helpdeskRequests.subject,
  status: helpdeskRequests.status,
  createdAt: helpdeskRequests.createdAt,
  updatedAt: helpdeskRequests.updatedAt,
  closedAt: helpdeskRequests.closedAt,
  createdByUserId: helpdeskRequests.createdByUserId,
  partnerName: organisations.name,
  requesterName: users.name,
  requesterEmail: users.email,
  requesterLocale: users.locale,
};

/** One page, newest (highest number) first, after the given number; one row more than `limit`. */
export async function selectCasePage(
  db: Database,
  scope: CaseScope,
  filters: CaseFilters,
  page: { afterNumber?: number; limit: number },
) {
  return db
    .select(summaryColumns)
    .from(helpdeskRequests)
    .innerJoin(organisations, eq(organisations.id, helpdeskRequests.partnerId))
    .innerJoin(users, eq(users.id, helpdeskRequests.createdByUserId))
    .where(
      and(
        scopeWhere(scope),
        filters.statuses?.length ? inArray(helpdeskRequests.status, [...filters.statuses]) : undefined,
        filters.products?.length ? inArray(helpdeskRequests.product, [...filters.products]) : undefined,
        page.afterNumber === undefined ? undefined : lt(helpdeskRequests.number, page.afterNumber),
      ),
    )
    .orderBy(desc(helpdeskRequests.number))
    .limit(page.limit + 1);
}

export type CaseRow = Awaited<ReturnType<typeof selectCasePage>>[number];

/** One case in the scope (another requester's reads as not found), locked for a change when asked. */
export async function selectCase(db: Database, scope: CaseScope, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ ...summaryColumns, body: helpdeskRequests.body })
    .from(helpdeskRequests)
    .innerJoin(organisations, eq(organisations.id, helpdeskRequests.partnerId))
    .innerJoin(users, eq(users.id, helpdeskRequests.createdByUserId))
    .where(and(eq(helpdeskRequests.id, id), scopeWhere(scope)));
  const [row] = options.forUpdate ? await query.for('update', { of: helpdeskRequests }) : await query;
  return row ?? null;
}

export type CaseDetailRow = NonNullable<Awaited<ReturnType<typeof selectCase>>>;

export async function selectCaseEvents(db: Database, partnerId: string, requestId: string) {
  return db
    .select({
      id: helpdeskRequestEvents.id,
      kind: helpdeskRequestEvents.kind,
      body: helpdeskRequestEvents.body,
      authorName: users.name,
      createdAt: helpdeskRequestEvents.createdAt,
    })
    .from(helpdeskRequestEvents)
    .innerJoin(users, eq(users.id, helpdeskRequestEvents.authorUserId))
    .where(and(eq(helpdeskRequestEvents.partnerId, partnerId), eq(helpdeskRequestEvents.requestId, requestId)))
    .orderBy(asc(helpdeskRequestEvents.createdAt), asc(helpdeskRequestEvents.id));
}

export async function insertCase(db: Database, values: typeof helpdeskRequests.$inferInsert) {
  const [row] = await db
    .insert(helpdeskRequests)
    .values(values)
    .returning({ id: helpdeskRequests.id, number: helpdeskRequests.number });
  if (!row) throw new Error('helpdesk case not inserted');
  return row;
}

export async function updateCaseStatus(
  db: Database,
  key: { partnerId: string; id: string },
  change: { status: string; updatedAt: Date; closedAt?: Date },
) {
  await db
    .update(helpdeskRequests)
    .set(change)
    .where(and(eq(helpdeskRequests.partnerId, key.partnerId), eq(helpdeskRequests.id, key.id)));
}

export async function insertCaseEvent(db: Database, values: typeof helpdeskRequestEvents.$inferInsert) {
  await db.insert(helpdeskRequestEvents).values(values);
}
