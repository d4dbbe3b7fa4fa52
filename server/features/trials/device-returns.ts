import type { Clock } from '../../../domain/clock.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import {
  deviceReturnGraceDays,
  type RecordReturnsRequest,
  type RecordReturnsResponse,
  type ShipmentListResponse,
} from '../../../domain/contracts/trials.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { insertDeviceReturn, shipmentOfSerial, shipmentsPage } from './device-returns.queries.ts';
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
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await shipmentsPage(deps.db, {
    dueBefore: query.overdue ? new Date(now.getTime() - returnGrace) : null,
    after,
    limit: query.limit,
  });
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
      const shipment = await shipmentOfSerial(tx, serialNumber);
      if (!shipment) throw badRequest(field, `Serial number ${serialNumber} matches no shipped device.`);
      const inserted = await insertDeviceReturn(tx, {
        customerId: shipment.customerId,
        shipmentId: shipment.id,
        serialNumber,
        rmaNumber: input.rmaNumber,
        receivedAt: now,
        recordedByUserId: actor.userId,
      });
      if (!inserted) {
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
