import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/clock.ts';
import type { ProvisioningStatus } from '../../../domain/customer-status.ts';
import type { TrialSnapshot } from '../../../domain/trial-lifecycle.ts';
import {
  deviceShipments,
  licenceAssignments,
  services,
  trialExtensions,
  trialServices,
} from '../../db/schema/index.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import { randomCode } from '../../platform/record-numbers.ts';
import { recordProvisioningChanges } from '../webhooks/change-events.ts';
import { trialsWithPendingExtension } from './trial-extensions.queries.ts';
import { snapshotFrom } from './trial-steps.ts';
import { findTrial, servicesOfTrials, type TrialRow, updateTrialVersioned } from './trials.queries.ts';

/** SQL shared by the trial use cases: the state machine's snapshot, versioned writes, a trial's services, shipments. */

const newSerialNumber = (deviceTypeId: string) => `SN-${deviceTypeId.slice(0, 2).toUpperCase()}${randomCode(5)}`;

/** The state machine's view of a stored trial. */
export async function snapshotOf(db: Database, trial: TrialRow, timeZone: string): Promise<TrialSnapshot> {
  const lines = await servicesOfTrials(db, [trial.id]);
  const pending = await trialsWithPendingExtension(db, [trial.id]);
  return snapshotFrom(
    trial,
    { hasDevices: lines.some((l) => l.isDevice), hasPendingExtension: pending.has(trial.id) },
    timeZone,
  );
}

/** A versioned write; losing a race to another writer is a 409 (REL-4). */
export async function writeTrial(
  db: Database,
  clock: Clock,
  trial: TrialRow,
  changes: Parameters<typeof updateTrialVersioned>[3],
) {
  const row = await updateTrialVersioned(db, clock, trial, changes);
  if (!row) throw conflict('Someone else changed this trial in the meantime. Reload it and try again.');
  return row;
}

/** Reloads a trial inside the transaction with the partner's time zone, for jobs and unscoped steps. */
export async function reloadTrial(db: Database, id: string) {
  const row = await findTrial(db, id);
  if (!row) throw new AppError(404, 'not_found', 'The trial was not found.');
  return row;
}

/** Inserts the trial's services: the licence quantity for each, devices counted by what is shipped (TRI-1). */
export async function insertTrialServices(
  db: Database,
  trial: Pick<TrialRow, 'customerId' | 'id'>,
  lines: { id: string; isDevice: boolean }[],
  licenceQuantity: number,
  deviceCount: number,
) {
  if (lines.length === 0) return;
  await db.insert(trialServices).values(
    lines.map((s) => ({
      customerId: trial.customerId,
      trialId: trial.id,
      serviceId: s.id,
      licenceQuantity: s.isDevice ? deviceCount : licenceQuantity,
      provisioningStatus: 'pending_details' as const,
    })),
  );
}

/**
 * TRI-3, TRI-16: ships `quantity` devices of a type with new serial numbers, due back at the trial's end.
 * A second shipment of a type for the same trial is refused (409), also by the unique index.
 */
export async function shipDevices(
  db: Database,
  trial: Pick<TrialRow, 'customerId' | 'id' | 'endsAt'>,
  items: readonly { deviceTypeId: string; quantity: number }[],
  now: Date,
) {
  for (const item of items) {
    const [existing] = await db
      .select({ id: deviceShipments.id })
      .from(deviceShipments)
      .where(
        and(
          eq(deviceShipments.customerId, trial.customerId),
          eq(deviceShipments.trialId, trial.id),
          eq(deviceShipments.deviceTypeId, item.deviceTypeId),
        ),
      );
    if (existing) {
      throw new AppError(
        409,
        'already_shipped',
        'Devices of this type were already shipped for this trial.',
        'deviceTypeId',
      );
    }
    await db.insert(deviceShipments).values({
      customerId: trial.customerId,
      trialId: trial.id,
      deviceTypeId: item.deviceTypeId,
      serialNumbers: Array.from({ length: item.quantity }, () => newSerialNumber(item.deviceTypeId)),
      shippedAt: now,
      dueAt: trial.endsAt ?? now,
    });
  }
  // The Devices service counts the devices shipped.
  await db.execute(sql`update trial_services ts set licence_quantity = coalesce((
      select sum(cardinality(ds.serial_numbers)) from device_shipments ds
      where ds.customer_id = ts.customer_id and ds.trial_id = ts.trial_id), 0)
    where ts.customer_id = ${trial.customerId} and ts.trial_id = ${trial.id}
      and ts.service_id in (select id from ${services} where is_device)`);
}

/** Devices follow the trial's end: the device due date moves with approved extensions. */
export async function moveDeviceDueDates(db: Database, trial: Pick<TrialRow, 'customerId' | 'id'>, dueAt: Date) {
  await db
    .update(deviceShipments)
    .set({ dueAt })
    .where(and(eq(deviceShipments.customerId, trial.customerId), eq(deviceShipments.trialId, trial.id)));
}

/** Sets the provisioning status of every service of the trial; each service that changed is a webhook event. */
export async function setServicesProvisioning(
  db: Database,
  now: Date,
  trial: Pick<TrialRow, 'customerId' | 'id' | 'partnerId'>,
  status: 'pending_details' | 'provisioning' | 'provisioned',
) {
  const changed = await db.execute(sql`with old as (
      select service_id, provisioning_status from ${trialServices}
      where customer_id = ${trial.customerId} and trial_id = ${trial.id} for update)
    update ${trialServices} ts set provisioning_status = ${status}
    from old
    where ts.customer_id = ${trial.customerId} and ts.trial_id = ${trial.id} and ts.service_id = old.service_id
      and old.provisioning_status <> ${status}
    returning ts.service_id, old.provisioning_status as previous`);
  const changes = rowsOf<{ service_id: string; previous: ProvisioningStatus }>(changed).map((r) => ({
    serviceId: r.service_id,
    from: r.previous,
    to: status,
  }));
  await recordProvisioningChanges(db, now, { kind: 'trial', ...trial }, changes);
}

/** A trial that ends (converted, cancelled, released) takes its waiting extension requests with it. */
export async function closePendingExtensions(db: Database, trial: Pick<TrialRow, 'customerId' | 'id'>, now: Date) {
  await db
    .update(trialExtensions)
    .set({ status: 'rejected', decidedAt: now })
    .where(
      and(
        eq(trialExtensions.customerId, trial.customerId),
        eq(trialExtensions.trialId, trial.id),
        eq(trialExtensions.status, 'pending_approval'),
      ),
    );
}

/** Removes services from a trial; their trial licences end with them (TRI-11). */
export async function removeTrialServices(
  db: Database,
  trial: Pick<TrialRow, 'customerId' | 'id'>,
  serviceIds: readonly string[],
) {
  if (serviceIds.length === 0) return;
  await db
    .delete(trialServices)
    .where(
      and(
        eq(trialServices.customerId, trial.customerId),
        eq(trialServices.trialId, trial.id),
        inArray(trialServices.serviceId, [...serviceIds]),
      ),
    );
  await db
    .delete(licenceAssignments)
    .where(
      and(
        eq(licenceAssignments.customerId, trial.customerId),
        eq(licenceAssignments.trialId, trial.id),
        inArray(licenceAssignments.serviceId, [...serviceIds]),
      ),
    );
}

/** The licence quantity of every service of the trial but the devices, which count what is shipped. */
export async function setLicenceQuantity(db: Database, trial: Pick<TrialRow, 'customerId' | 'id'>, quantity: number) {
  await db
    .update(trialServices)
    .set({ licenceQuantity: quantity })
    .where(
      and(
        eq(trialServices.customerId, trial.customerId),
        eq(trialServices.trialId, trial.id),
        notInArray(
          trialServices.serviceId,
          db.select({ id: services.id }).from(services).where(eq(services.isDevice, true)),
        ),
      ),
    );
}
