import { and, asc, eq, inArray } from 'drizzle-orm';
import { deviceReturns, deviceShipments, deviceTypes } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of a trial's devices: shipments and the serials returned. */

export async function shipmentsOfTrial(db: Database, customerId: string, trialId: string) {
  const rows = await db
    .select({ shipment: deviceShipments, deviceTypeName: deviceTypes.name })
    .from(deviceShipments)
    .innerJoin(deviceTypes, eq(deviceTypes.id, deviceShipments.deviceTypeId))
    .where(and(eq(deviceShipments.customerId, customerId), eq(deviceShipments.trialId, trialId)))
    .orderBy(asc(deviceTypes.sortOrder));
  const returned = await returnedSerials(
    db,
    customerId,
    rows.map((r) => r.shipment.id),
  );
  return rows.map((r) => ({ ...r, returned: returned.get(r.shipment.id) ?? [] }));
}

export async function returnedSerials(db: Database, customerId: string | null, shipmentIds: readonly string[]) {
  const result = new Map<string, string[]>();
  if (shipmentIds.length === 0) return result;
  const rows = await db
    .select({ shipmentId: deviceReturns.shipmentId, serial: deviceReturns.serialNumber })
    .from(deviceReturns)
    .where(
      and(
        customerId ? eq(deviceReturns.customerId, customerId) : undefined,
        inArray(deviceReturns.shipmentId, [...shipmentIds]),
      ),
    );
  for (const row of rows) result.set(row.shipmentId, [...(result.get(row.shipmentId) ?? []), row.serial]);
  return result;
}
