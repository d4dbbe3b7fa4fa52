import type { z } from 'zod';
import { wholeDaysBetween } from '../../../domain/calendar-days.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import type { TrialDetail, TrialListResponse, TrialSummary } from '../../../domain/contracts/trials.ts';
import { deviceReturnGraceDays, type trialListQuery } from '../../../domain/contracts/trials.ts';
import { type StatusContext, trialStatusOf } from '../../../domain/customer-status.ts';
import type { Actor } from '../../../domain/roles.ts';
import {
  consentLapsesAt,
  deviceTrialCapEndsAt,
  graceEndsAt,
  type TrialSnapshot,
  transition,
  trialEndsSoon,
  trialLengthDays,
} from '../../../domain/trial-lifecycle.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { pendingConversions } from './trial-conversions.queries.ts';
import { shipmentsOfTrial } from './trial-devices.queries.ts';
import { extensionsOfTrial, trialsWithPendingExtension } from './trial-extensions.queries.ts';
import { snapshotOf } from './trial-records.queries.ts';
import { snapshotFrom } from './trial-steps.ts';
import { mayCancelTrial, mayCompleteSetup, mayListTrials, mayManageTrial } from './trials.policy.ts';
import {
  findVisibleTrial,
  listVisibleTrials,
  organisationOfUser,
  servicesOfTrials,
  type VisibleTrial,
} from './trials.queries.ts';

/** The trials list (scoped like the customer list) and one trial's detail with what the viewer may do. */

type Deps = { db: Database; clock: { now(): Date } };

export async function requireVisibleTrial(db: Database, actor: Actor, id: string) {
  const row = await findVisibleTrial(db, actor, id);
  if (!row) throw notFound('The trial');
  return row;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const contextOf = (row: VisibleTrial, now: Date): StatusContext => ({ now, timeZone: row.partnerTimeZone });

/**
 * What the viewer may do with a trial (the web offers these, the server checks each again): the policy, and the
 * state machine on the trial as it is now.
 */
function actionsOf(
  actor: Actor,
  trial: VisibleTrial['trial'],
  snapshot: TrialSnapshot,
  hasPendingConversion: boolean,
  now: Date,
): TrialSummary['actions'] {
  const manage = mayManageTrial(actor, trial);
  const can = (type: 'edit' | 'extend' | 'convert' | 'cancel' | 'details_provided') =>
    transition(snapshot, { type }, now).ok;
  return {
    edit: manage && can('edit'),
    extend: manage && can('extend'),
    convert: manage && can('convert') && !hasPendingConversion,
    cancel: mayCancelTrial(actor, trial) && can('cancel'),
    resendConsent: manage && trial.state === 'pending_consent',
    completeSetup: mayCompleteSetup(actor, trial) && can('details_provided'),
    shipDevices:
      manage && snapshot.hasDevices && ['pending_provisioning_details', 'provisioning', 'active'].includes(trial.state),
  };
}

async function summariesOf(db: Database, actor: Actor, rows: VisibleTrial[], now: Date): Promise<TrialSummary[]> {
  const ids = rows.map((r) => r.trial.id);
  const lines = await servicesOfTrials(db, ids);
  const pendingExtension = await trialsWithPendingExtension(db, ids);
  const conversions = new Set((await pendingConversions(db, ids)).map((c) => c.order.trialId));
  return rows.map((row) => {
    const { trial } = row;
    const own = lines.filter((l) => l.trialId === trial.id);
    const daysLeft = trial.endsAt ? wholeDaysBetween(now, trial.endsAt, row.partnerTimeZone) : null;
    // The state machine's view, as snapshotOf reads it, from the rows read for the whole page.
    const snapshot = snapshotFrom(
      trial,
      { hasDevices: own.some((l) => l.isDevice), hasPendingExtension: pendingExtension.has(trial.id) },
      row.partnerTimeZone,
    );
    return {
      id: trial.id,
      number: trial.number,
      customer: { id: trial.customerId, name: row.customerName },
      customerHeld: row.customerHeld,
      partner: { id: trial.partnerId, name: row.partnerName },
      state: trial.state,
      status: trialStatusOf({ state: trial.state, endsAt: trial.endsAt, services: own }, contextOf(row, now)),
      startsAt: iso(trial.startsAt),
      endsAt: iso(trial.endsAt),
      daysLeft,
      endsSoon: trialEndsSoon(daysLeft),
      licenceQuantity: trial.licenceQuantity,
      adminEmail: trial.adminEmail,
      services: own.map((l) => ({ serviceId: l.serviceId, serviceName: l.serviceName })),
      hasPendingExtension: pendingExtension.has(trial.id),
      hasPendingConversion: conversions.has(trial.id),
      version: trial.version,
      createdAt: trial.createdAt.toISOString(),
      actions: actionsOf(actor, trial, snapshot, conversions.has(trial.id), now),
    };
  });
}

const encodeCursor = (row: VisibleTrial) =>
  Buffer.from(JSON.stringify([row.trial.createdAt.toISOString(), row.trial.id])).toString('base64url');
function decodeCursor(cursor: string) {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const at = new Date(createdAt);
    if (Number.isNaN(at.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad cursor');
    return { createdAt: at, id };
  } catch {
    throw badRequest('cursor', 'The cursor is not one this list returned.');
  }
}

export async function listTrials(
  deps: Deps,
  actor: Actor,
  query: z.output<typeof trialListQuery>,
): Promise<TrialListResponse> {
  ensure(mayListTrials(actor), "Trials are read by partners, vendor operators and a customer's administrators.");
  const { rows, total } = await listVisibleTrials(deps.db, actor, {
    states: query.state,
    customerId: query.customerId,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await summariesOf(deps.db, actor, page, deps.clock.now()),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    total,
  };
}

export async function getTrial(deps: Deps, actor: Actor, id: string): Promise<TrialDetail> {
  const row = await requireVisibleTrial(deps.db, actor, id);
  return trialDetailOf(deps.db, actor, row, deps.clock.now());
}

/** Builds the detail of a trial the actor may see. */
export async function trialDetailOf(db: Database, actor: Actor, row: VisibleTrial, now: Date): Promise<TrialDetail> {
  const { trial } = row;
  const [summary] = await summariesOf(db, actor, [row], now);
  if (!summary) throw notFound('The trial');
  const lines = await servicesOfTrials(db, [trial.id]);
  const shipments = await shipmentsOfTrial(db, trial.customerId, trial.id);
  const extensions = await extensionsOfTrial(db, trial.customerId, trial.id);
  const [conversion] = await pendingConversions(db, [trial.id]);
  const snapshot = await snapshotOf(db, trial, row.partnerTimeZone);

  const extension = transition(snapshot, { type: 'extend' }, now);
  const cancelledBy = !trial.cancelledAt
    ? null
    : trial.cancelledByUserId === null
      ? 'system'
      : await cancellerSide(db, trial.cancelledByUserId, trial.customerId);

  return {
    ...summary,
    durationDays: trial.durationDays,
    totalDays: trial.startsAt && trial.endsAt ? trialLengthDays(trial.startsAt, trial.endsAt) : null,
    meetingSiteUrl: trial.meetingSiteUrl,
    meetingTimeZone: trial.meetingTimeZone,
    setupNow: trial.setupNow,
    consentRequestedAt: iso(trial.consentRequestedAt),
    consentRespondBy: trial.state === 'pending_consent' ? iso(consentLapsesAt(trial)) : null,
    consentDecidedAt: iso(trial.consentDecidedAt),
    fullAdministration: trial.consentFullAdministration,
    cancelledAt: iso(trial.cancelledAt),
    cancelledBy,
    graceEndsAt: trial.state === 'expired' ? iso(graceEndsAt(trial)) : null,
    releasedAt: iso(trial.releasedAt),
    convertedSubscriptionId: trial.convertedSubscriptionId,
    services: lines.map(({ trialId: _trialId, ...line }) => line),
    requestedDevices: trial.requestedDevices,
    shipments: shipments.map(({ shipment, deviceTypeName, returned }) => {
      const returnDueAt = new Date(shipment.dueAt.getTime() + deviceReturnGraceDays * DAY_MS);
      return {
        id: shipment.id,
        deviceTypeId: shipment.deviceTypeId,
        deviceTypeName,
        serialNumbers: shipment.serialNumbers,
        returnedSerialNumbers: returned,
        shippedAt: shipment.shippedAt.toISOString(),
        dueAt: shipment.dueAt.toISOString(),
        returnDueAt: returnDueAt.toISOString(),
        overdue: now > returnDueAt && returned.length < shipment.serialNumbers.length,
      };
    }),
    extensions: extensions.map((e) => ({
      id: e.id,
      status: e.status,
      days: e.days,
      previousEndsAt: e.previousEndsAt.toISOString(),
      newEndsAt: e.newEndsAt.toISOString(),
      createdAt: e.createdAt.toISOString(),
      decidedAt: iso(e.decidedAt),
    })),
    pendingConversion: conversion
      ? {
          orderId: conversion.order.id,
          orderNumber: conversion.order.number,
          distributor: { id: conversion.order.fulfillingOrganisationId ?? '', name: conversion.distributorName },
          createdAt: conversion.order.createdAt.toISOString(),
        }
      : null,
    extensionPreview:
      extension.ok && extension.extension
        ? {
            newEndsAt: extension.extension.newEndsAt.toISOString(),
            newDaysLeft: wholeDaysBetween(now, extension.extension.newEndsAt, row.partnerTimeZone),
            needsApproval: extension.extension.needsApproval,
          }
        : null,
    deviceCapEndsAt: iso(deviceTrialCapEndsAt(snapshot)),
    extensionRefusal: extension.ok ? null : extension.message,
  };
}

/** A cancelling user of the customer organisation is the customer; anyone else acted for the partner or vendor. */
async function cancellerSide(db: Database, userId: string, customerId: string): Promise<'partner' | 'customer'> {
  return (await organisationOfUser(db, userId)) === customerId ? 'customer' : 'partner';
}
