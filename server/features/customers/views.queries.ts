import { and, asc, eq, or, sql } from 'drizzle-orm';
import { savedViews } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of saved views (CUS-6): a user sees its own views and the views shared within its organisation. */

const visibleTo = (organisationId: string, userId: string) =>
  and(eq(savedViews.partnerId, organisationId), or(eq(savedViews.userId, userId), eq(savedViews.shared, true)));

const columns = {
  id: savedViews.id,
  name: savedViews.name,
  query: savedViews.query,
  shared: savedViews.shared,
  userId: savedViews.userId,
};

export async function selectViews(db: Database, organisationId: string, userId: string) {
  return db
    .select(columns)
    .from(savedViews)
    .where(visibleTo(organisationId, userId))
    .orderBy(asc(sql`lower(${savedViews.name})`), asc(savedViews.id));
}

export async function findView(db: Database, organisationId: string, userId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(savedViews)
    .where(and(visibleTo(organisationId, userId), eq(savedViews.id, id)));
  return row ?? null;
}

export async function insertView(
  db: Database,
  values: { partnerId: string; userId: string; name: string; query: string; shared: boolean; at: Date },
) {
  const { at, ...rest } = values;
  const [row] = await db
    .insert(savedViews)
    .values({ ...rest, createdAt: at, updatedAt: at })
    .returning(columns);
  if (!row) throw new Error('view not inserted');
  return row;
}

export async function updateView(
  db: Database,
  organisationId: string,
  id: string,
  changes: { name?: string; query?: string; shared?: boolean },
  at: Date,
) {
  const [row] = await db
    .update(savedViews)
    .set({ ...changes, updatedAt: at })
    .where(and(eq(savedViews.partnerId, organisationId), eq(savedViews.id, id)))
    .returning(columns);
  return row ?? null;
}

export async function deleteView(db: Database, organisationId: string, id: string) {
  await db.delete(savedViews).where(and(eq(savedViews.partnerId, organisationId), eq(savedViews.id, id)));
}
