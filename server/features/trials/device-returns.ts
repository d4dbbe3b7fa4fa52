import { and, asc, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Clock } from '../../../domain/clock.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import {
  deviceReturnGraceDays,
  type RecordReturnsRequest,
  type RecordReturnsResponse,
  type ShipmentListResponse,
} from '../../../domain/contracts/trials.ts';
import type { Actor } from '../../../domain/roles.ts';
import { deviceReturns, deviceShipments, deviceTypes, organisations, trials } from '../../db/schema/index.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { returnedSerials } from './trial-devices.queries.ts';
import { mayHandleDevices } from './trials.policy.ts';

/**
 * TRI-16: devices shipped with trials, their returns (RMA) recorded by vendor operators, and the overdue list.
 * A device is due back two weeks after the device due date; a shipment is overdue when that has passed and not
 * every serial number is back.
 */

type Deps = { db: Database; clock: Clock };
const denied = 'Only vendor operators handle device shipments and returns.';
const returnGrace = deviceReturnGraceDays * DAY_MS;

export async function listShipments(
  deps: Deps,
  actor: Actor,
  query: { overdue?: boolean; cursor?: string; limit: number },
): Promise<ShipmentListResponse> {
  ensure(mayHandleDevices(actor), denied);
  const now = deps.clock.now();
  const customer = alias(organisations, 'customer');
  const partner = alias(organisations, 'partner');
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const allBack = sql`(select count(*) from ${deviceReturns} r where r.customer_id = ${deviceShipments.customerId}
    and r.shipment_id = ${deviceShipments.id}) >= cardinality(${deviceShipments.serialNumbers})`;
  const rows = await deps.db
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
        query.overdue
          ? and(lt(deviceShipments.dueAt, new Date(now.getTime() - returnGrace)), sql`not ${allBack}`)
          : undefined,
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
  const page = rows.slice(0, query.limit);
  const returned = await returnedSerials(
    deps.db,
    null,
    page.map((r) => r.shipment.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => {
      const back = returned.get(r.shipment.id) ?? [];
      const returnDueAt = new Date(r.shipment.dueAt.getTime() + returnGrace);
      return {
        id: r.shipment.id,
        deviceTypeId: r.shipment.deviceTypeId,
        deviceTypeName: r.deviceTypeName,
        serialNumbers: r.shipment.serialNumbers,
        returnedSerialNumbers: back,
        shippedAt: r.shipment.shippedAt.toISOString(),
        dueAt: r.shipment.dueAt.toISOString(),
        returnDueAt: returnDueAt.toISOString(),
        overdue: now > returnDueAt && back.length < r.shipment.serialNumbers.length,
        trial: r.trial,
        customer: { id: r.shipment.customerId, name: r.customerName },
        partner: { id: r.partnerId, name: r.partnerName },
      };
    }),
    nextCursor:
      rows.length > query.limit && last
        ? Buffer.from(JSON.stringify([last.shipment.dueAt.toISOString(), last.shipment.id])).toString('base64url')
        : null,
  };
}

function decodeCursor(cursor: string) {
  try {
    const [dueAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const at = new Date(dueAt);
    if (Number.isNaN(at.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad cursor');
    return { dueAt: at, id };
  } catch {
    throw badRequest('cursor', 'The cursor is not one this list returned.');
  }
}

/**
 * Records returned devices under one RMA. Every serial number must match a shipped device that is not back yet;
 * the first that does not is a 400 naming it, and nothing is recorded.
 */
export async function recordReturns(
  deps: Deps,
  actor: Actor,
  input: RecordReturnsRequest,
): Promise<RecordReturnsResponse> {
  ensure(mayHandleDevices(actor), denied);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const recorded: RecordReturnsResponse['recorded'] = [];
    const seen = new Set<string>();
    for (const [index, serialNumber] of input.serialNumbers.entries()) {
      const field = `serialNumbers.${index}`;
      if (seen.has(serialNumber)) throw badRequest(field, `Serial number ${serialNumber} is listed twice.`);
      seen.add(serialNumber);
      const [shipment] = await tx
        .select({ customerId: deviceShipments.customerId, id: deviceShipments.id, trialNumber: trials.number })
        .from(deviceShipments)
        .innerJoin(
          trials,
          and(eq(trials.customerId, deviceShipments.customerId), eq(trials.id, deviceShipments.trialId)),
        )
        .where(sql`${serialNumber} = any(${deviceShipments.serialNumbers})`)
        .orderBy(desc(deviceShipments.shippedAt))
        .limit(1);
      if (!shipment) throw badRequest(field, `Serial number ${serialNumber} matches no shipped device.`);
      const inserted = await tx
        .insert(deviceReturns)
        .values({
          customerId: shipment.customerId,
          shipmentId: shipment.id,
          serialNumber,
          rmaNumber: input.rmaNumber,
          receivedAt: now,
          recordedByUserId: actor.userId,
        })
        .onConflictDoNothing()
        .returning({ serialNumber: deviceReturns.serialNumber });
      if (inserted.length === 0) {
        throw new AppError(409, 'already_returned', `Serial number ${serialNumber} was returned already.`, field);
      }
      await recordAudit(tx, deps.clock, actor, {
        organisationId: shipment.customerId,
        action: 'device.returned',
        targetType: 'device_shipment',
        targetId: shipment.id,
        after: { serialNumber, rmaNumber: input.rmaNumber },
      });
      recorded.push({ serialNumber, shipmentId: shipment.id, trialNumber: shipment.trialNumber });
    }
    return { recorded };
  });
}
