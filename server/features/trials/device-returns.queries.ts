import { and, asc, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { deviceReturns, deviceShipments, deviceTypes, organisations, trials } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of the device shipments across trials (TRI-16): the vendor's list and the returns recorded against it. */

const customer = alias(organisations, 'customer');
const partner = alias(organisations, 'partner');

/** Every serial number of the shipment is back. */
const allBack = sql`(select count(*) from ${deviceReturns} r where r.customer_id = ${deviceShipments.customerId}
    and r.shipment_id = ${deviceShipments.id}) >= cardinality(${deviceShipments.serialNumbers})`;

/**
 * One page of shipments in due-date order, `limit + 1` rows (the extra one says there is more), after the cursor;
 * with `dueBefore`, only those due before it and not all back.
 */
export async function shipmentsPage(
  db: Database,
  query: { dueBefore: Date | null; after: { dueAt: Date; id: string } | null; limit: number },
) {
  const { dueBefore, after } = query;
  return db
    .select({
      shipment: deviceShipments,
      deviceTypeName: deviceTypes.name,
      trial: { id: trials.id, number: trials.number, state: trials.state },
      customerName: customer.name,
      partnerId: trials.partnerId,
      partnerName: partner.name,
    })
    .from(deviceShipments)
    .innerJoin(deviceTypes, eq(deviceTypes.id, deviceShipments.deviceTypeId))
    .innerJoin(trials, and(eq(trials.customerId, deviceShipments.customerId), eq(trials.id, deviceShipments.trialId)))
    .innerJoin(customer, eq(customer.id, trials.customerId))
    .innerJoin(partner, eq(partner.id, trials.partnerId))
    .where(
      and(
        dueBefore ? and(lt(deviceShipments.dueAt, dueBefore), sql`not ${allBack}`) : undefined,
        after
          ? or(
              gt(deviceShipments.dueAt, after.dueAt),
              and(eq(deviceShipments.dueAt, after.dueAt), gt(deviceShipments.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(deviceShipments.dueAt), asc(deviceShipments.id))
    .limit(query.limit + 1);
}

/** The latest shipment that holds a serial number, with its trial's number. */
export async function shipmentOfSerial(db: Database, serialNumber: string) {
  const [shipment] = await db
    .select({ customerId: deviceShipments.customerId, id: deviceShipments.id, trialNumber: trials.number })
    .from(deviceShipments)
    .innerJoin(trials, and(eq(trials.customerId, deviceShipments.customerId), eq(trials.id, deviceShipments.trialId)))
    .where(sql`${serialNumber} = any(${deviceShipments.serialNumbers})`)
    .orderBy(desc(deviceShipments.shippedAt))
    .limit(1);
  return shipment ?? null;
}

/** Records one returned device; false when it was returned already (the unique index). */
export async function insertDeviceReturn(db: Database, values: typeof deviceReturns.$inferInsert): Promise<boolean> {
  const inserted = await db
    .insert(deviceReturns)
    .values(values)
    .onConflictDoNothing()
    .returning({ serialNumber: deviceReturns.serialNumber });
  return inserted.length > 0;
}
