import { DAY_MS } from '../../domain/clock.ts';
import { meetingSiteSuffix } from '../../domain/contracts/trials.ts';
import * as schema from '../db/schema/index.ts';
import { dayToDate, type GenerationContext, type PartnerRecord } from './context.ts';
import type { CustomerPlan, TrialPlan } from './customer-plan.ts';
import type { LicenceHolding } from './licence-rows.ts';
import type { Random } from './random.ts';

/** Rows of a customer's trials: the trial, its services, extensions, device shipments and returns (SPEC §7). */

export interface TrialsInput {
  rng: Random;
  plan: CustomerPlan;
  customerId: string;
  adminEmail: string;
  owner: PartnerRecord;
  distributor: PartnerRecord | null;
  subscriptionIds: string[];
  /** Makes meeting site URLs unique. */
  domainLabel: string;
}

export interface TrialWritten {
  id: string;
  convertedTo: number | null;
  /** Trial licences held by users now (active trials and trials in grace). */
  holdings: LicenceHolding[];
}

export function writeTrials(ctx: GenerationContext, input: TrialsInput): TrialWritten[] {
  return input.plan.trials.map((trial) => writeTrial(ctx, input, trial));
}

function writeTrial(ctx: GenerationContext, input: TrialsInput, t: TrialPlan): TrialWritten {
  const { rng, customerId, owner } = input;
  const w = ctx.writer;
  const id = rng.uuid();
  const number = `TRL-${String(100_000 + ctx.counters.trial++)}`;
  const date = (day: number | null) => (day === null ? null : dayToDate(ctx, day));
  const requestedBy = owner.admins.sales ?? owner.admins.full;
  const hasSite = t.services.some((s) => s.serviceId === 'meetings-enterprise');
  const endsAt = date(t.endDay);
  w.add(schema.trials, {
    customerId,
    id,
    number,
    partnerId: owner.id,
    state: t.state,
    licenceQuantity: t.licenceQuantity,
    durationDays: t.durationDays,
    startsAt: date(t.startDay),
    endsAt,
    adminEmail: input.adminEmail,
    meetingSiteUrl: hasSite ? `${input.domainLabel}-${number.toLowerCase()}${meetingSiteSuffix}` : null,
    meetingTimeZone: hasSite ? 'Europe/Copenhagen' : null,
    setupNow: rng.chance(0.4),
    requestedByUserId: requestedBy,
    consentRequestedAt: date(t.requestedDay),
    consentDecidedAt: date(t.decidedDay),
    consentFullAdministration: t.fullAdministration,
    cancelledAt: date(t.cancelledDay),
    cancelledByUserId: t.cancelledDay === null ? null : requestedBy,
    convertedSubscriptionId: t.convertedTo === null ? null : (input.subscriptionIds[t.convertedTo] ?? null),
    releasedAt: date(t.releasedDay),
    createdAt: dayToDate(ctx, t.requestedDay),
  });
  const deviceCount = t.devices.reduce((sum, d) => sum + d.serials, 0);
  for (const service of t.services) {
    w.add(schema.trialServices, {
      customerId,
      trialId: id,
      serviceId: service.serviceId,
      // The licence quantity applies to every service except Devices (TRI-1).
      licenceQuantity: service.serviceId === 'devices' ? deviceCount : t.licenceQuantity,
      provisioningStatus: service.provisioningStatus,
    });
  }
  writeExtensions(ctx, input, t, id, requestedBy);
  writeDevices(ctx, input, t, id);
  if (t.conversionPendingDistributor && input.distributor) {
    w.add(schema.orders, {
      customerId,
      id: rng.uuid(),
      number: `ORD-${String(1_000_000 + ctx.counters.order++)}`,
      trialId: id,
      kind: 'trial_conversion',
      status: 'pending_distributor',
      placedByOrganisationId: owner.id,
      placedByUserId: owner.admins.full,
      fulfillingOrganisationId: input.distributor.id,
      provisioningContactEmail: input.adminEmail,
      lines: t.services.map((s) => ({ serviceId: s.serviceId, quantity: t.licenceQuantity })),
      createdAt: dayToDate(ctx, -rng.real(0.2, 5)),
    });
  }
  const holdings: LicenceHolding[] = [];
  if (t.startDay !== null && t.endDay !== null) {
    for (const service of t.services) {
      if (service.assigned === 0) continue;
      holdings.push({
        serviceId: service.serviceId,
        count: service.assigned,
        subscriptionId: null,
        trialId: id,
        fromDay: t.startDay,
        untilMs: Math.min(dayToDate(ctx, t.endDay).getTime(), ctx.nowMs),
      });
    }
  }
  return { id, convertedTo: t.convertedTo, holdings };
}

function writeExtensions(ctx: GenerationContext, input: TrialsInput, t: TrialPlan, trialId: string, by: string) {
  if (t.endDay === null || t.startDay === null) return;
  const { rng, customerId } = input;
  const approved = t.extensions.filter((e) => e === 'approved').length;
  const isDeviceTrial = t.services.some((s) => s.serviceId === 'devices');
  let endDay = t.endDay - 30 * approved;
  for (const status of t.extensions) {
    const previous = endDay;
    if (status === 'approved') endDay += 30;
    const createdDay = Math.min(previous - rng.real(1, 10), -0.1);
    ctx.writer.add(schema.trialExtensions, {
      customerId,
      id: rng.uuid(),
      trialId,
      days: 30,
      previousEndsAt: dayToDate(ctx, previous),
      newEndsAt: dayToDate(ctx, previous + 30),
      status,
      requestedByUserId: by,
      // Device-trial extensions wait for a vendor operator (TRI-12); others are approved at once.
      decidedByUserId: status === 'approved' && isDeviceTrial ? ctx.vendorOperatorId : null,
      decidedAt: status === 'approved' ? dayToDate(ctx, Math.min(createdDay + 1, -0.05)) : null,
      createdAt: dayToDate(ctx, status === 'approved' ? createdDay : -rng.real(0.1, 3)),
    });
  }
}

function writeDevices(ctx: GenerationContext, input: TrialsInput, t: TrialPlan, trialId: string) {
  if (t.startDay === null || t.endDay === null) return;
  const { rng, customerId } = input;
  for (const device of t.devices) {
    const shipmentId = rng.uuid();
    const serials = Array.from({ length: device.serials }, () => `SN${String(10_000_000 + ctx.counters.serial++)}`);
    const dueAt = dayToDate(ctx, t.endDay);
    ctx.writer.add(schema.deviceShipments, {
      customerId,
      id: shipmentId,
      trialId,
      deviceTypeId: device.deviceTypeId,
      serialNumbers: serials,
      shippedAt: dayToDate(ctx, Math.min(t.startDay + 1, -0.1)),
      dueAt,
    });
    // Returns arrive before the return deadline, two weeks after the due date (TRI-16).
    for (const serial of serials.slice(0, device.returned)) {
      const received = Math.min(dueAt.getTime() + rng.real(0, 13) * DAY_MS, ctx.nowMs - 3_600_000);
      ctx.writer.add(schema.deviceReturns, {
        customerId,
        shipmentId,
        serialNumber: serial,
        rmaNumber: `RMA-${String(500_000 + ctx.counters.rma++)}`,
        receivedAt: new Date(received),
        recordedByUserId: ctx.vendorOperatorId,
      });
    }
  }
}
