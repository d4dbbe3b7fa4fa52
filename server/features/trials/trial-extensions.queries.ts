import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { deviceShipments, organisations, trialExtensions, trials, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of trial extensions (TRI-12). */

export async function extensionsOfTrial(db: Database, customerId: string, trialId: string) {
  return db
    .select()
    .from(trialExtensions)
    .where(and(eq(trialExtensions.customerId, customerId), eq(trialExtensions.trialId, trialId)))
    .orderBy(asc(trialExtensions.createdAt));
}

/** Trial ids (of `trialIds`) with an extension waiting for approval. */
export async function trialsWithPendingExtension(db: Database, trialIds: readonly string[]) {
  if (trialIds.length === 0) return new Set<string>();
  const rows = await db
    .selectDistinct({ trialId: trialExtensions.trialId })
    .from(trialExtensions)
    .where(and(inArray(trialExtensions.trialId, [...trialIds]), eq(trialExtensions.status, 'pending_approval')));
  return new Set(rows.map((r) => r.trialId));
}

export type ExtensionRow = typeof trialExtensions.$inferSelect;

export async function insertExtension(db: Database, values: typeof trialExtensions.$inferInsert) {
  const [row] = await db.insert(trialExtensions).values(values).returning();
  if (!row) throw new Error('extension not stored');
  return row;
}

export async function findExtension(db: Database, id: string) {
  const [row] = await db.select().from(trialExtensions).where(eq(trialExtensions.id, id));
  return row ?? null;
}

/** Extensions in `status` with their trials, the names of its customer and partner, and who asked (at most 500). */
export async function extensionsWithTrials(db: Database, status: ExtensionRow['status']) {
  const customer = alias(organisations, 'customer');
  const partner = alias(organisations, 'partner');
  return db
    .select({
      extension: trialExtensions,
      trial: trials,
      customerName: customer.name,
      partnerName: partner.name,
      requestedBy: users.email,
    })
    .from(trialExtensions)
    .innerJoin(trials, and(eq(trials.customerId, trialExtensions.customerId), eq(trials.id, trialExtensions.trialId)))
    .innerJoin(customer, eq(customer.id, trials.customerId))
    .innerJoin(partner, eq(partner.id, trials.partnerId))
    .leftJoin(users, eq(users.id, trialExtensions.requestedByUserId))
    .where(eq(trialExtensions.status, status))
    .orderBy(asc(trialExtensions.createdAt))
    .limit(500);
}

/** The device types shipped for each of `trialIds`. */
export async function deviceTypesOfTrials(db: Database, trialIds: readonly string[]) {
  if (trialIds.length === 0) return [];
  return db
    .select({ trialId: deviceShipments.trialId, deviceTypeId: deviceShipments.deviceTypeId })
    .from(deviceShipments)
    .where(inArray(deviceShipments.trialId, [...trialIds]));
}

/** Decides a pending extension; null when someone decided it first. */
export async function decidePendingExtension(
  db: Database,
  extension: ExtensionRow,
  decision: {
    status: 'approved' | 'rejected';
    decidedByUserId: string;
    decidedAt: Date;
    outcome?: { previousEndsAt: Date; newEndsAt: Date };
  },
) {
  const { outcome, ...decided } = decision;
  const [row] = await db
    .update(trialExtensions)
    .set({ ...decided, ...(outcome ? { previousEndsAt: outcome.previousEndsAt, newEndsAt: outcome.newEndsAt } : {}) })
    .where(
      and(
        eq(trialExtensions.customerId, extension.customerId),
        eq(trialExtensions.id, extension.id),
        eq(trialExtensions.status, 'pending_approval'),
      ),
    )
    .returning();
  return row ?? null;
}
