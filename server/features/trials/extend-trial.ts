import type { Clock } from '../../../domain/clock.ts';
import type {
  ExtendTrialResponse,
  ExtensionDecisionResponse,
  ExtensionListResponse,
  TrialExtension,
} from '../../../domain/contracts/trials.ts';
import { extensionDays } from '../../../domain/contracts/trials.ts';
import { type Actor, customerAdminRoles } from '../../../domain/roles.ts';
import { trialLengthDays } from '../../../domain/trial-lifecycle.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { requireVisibleTrial, trialDetailOf } from './get-trial.ts';
import { openTrialChange } from './trial-change.ts';
import { queueTrialEmails } from './trial-emails.ts';
import {
  decidePendingExtension,
  deviceTypesOfTrials,
  type ExtensionRow,
  extensionsWithTrials,
  findExtension,
  insertExtension,
} from './trial-extensions.queries.ts';
import { factsForTrial } from './trial-notify.ts';
import { customerAdminEmails, partnerAdminEmails } from './trial-recipients.queries.ts';
import { moveDeviceDueDates, reloadTrial, snapshotOf, writeTrial } from './trial-records.queries.ts';
import { decide } from './trial-steps.ts';
import { mayApproveExtensions, mayManageTrial } from './trials.policy.ts';

/**
 * TRI-12: an extension adds exactly 30 days to the trial's current end. A device trial's extension waits for a
 * vendor operator, who approves (the end moves then) or rejects it; device trials last at most 120 days.
 */

type Deps = { db: Database; clock: Clock };

const extensionOut = (e: ExtensionRow): TrialExtension => ({
  id: e.id,
  status: e.status,
  days: e.days,
  previousEndsAt: e.previousEndsAt.toISOString(),
  newEndsAt: e.newEndsAt.toISOString(),
  createdAt: e.createdAt.toISOString(),
  decidedAt: e.decidedAt?.toISOString() ?? null,
});

export async function extendTrial(
  deps: Deps,
  actor: Actor,
  trialId: string,
  version: number,
): Promise<ExtendTrialResponse> {
  const now = deps.clock.now();
  const extension = await deps.db.transaction(async (tx) => {
    const { trial, next } = await openTrialChange(tx, actor, trialId, {
      allowed: mayManageTrial,
      refusal: 'You may not extend this trial.',
      version,
      event: { type: 'extend' },
      now,
    });
    const outcome = next.extension;
    if (!outcome) throw new Error('an extension has an outcome');
    // The versioned write comes first: of two admins extending at once, one wins and the other gets 409 (REL-4).
    const updated = await writeTrial(tx, deps.clock, trial, { endsAt: next.trial.endsAt });
    const row = await insertExtension(tx, {
      customerId: trial.customerId,
      trialId: trial.id,
      days: extensionDays,
      previousEndsAt: outcome.previousEndsAt,
      newEndsAt: outcome.newEndsAt,
      status: outcome.needsApproval ? 'pending_approval' : 'approved',
      requestedByUserId: actor.userId,
      decidedAt: outcome.needsApproval ? null : now,
      createdAt: now,
    });
    if (!outcome.needsApproval) {
      await queueTrialEmails(tx, deps.clock, {
        organisationId: trial.customerId,
        template: 'trial.extended',
        to: await customerAdminEmails(tx, trial.customerId, customerAdminRoles),
        facts: await factsForTrial(tx, updated),
      });
    }
    await recordAudit(tx, deps.clock, actor, {
      organisationId: trial.customerId,
      action: outcome.needsApproval ? 'trial.extension_requested' : 'trial.extended',
      targetType: 'trial',
      targetId: trial.id,
      before: { endsAt: trial.endsAt },
      after: { endsAt: updated.endsAt, requestedEndsAt: outcome.newEndsAt, status: row.status },
    });
    await refreshCustomerListEntries(tx, [trial.customerId]);
    return row;
  });
  const row = await requireVisibleTrial(deps.db, actor, trialId);
  return { trial: await trialDetailOf(deps.db, actor, row, now), extension: extensionOut(extension) };
}

export async function listExtensions(
  deps: Deps,
  actor: Actor,
  status: ExtensionRow['status'],
): Promise<ExtensionListResponse> {
  ensure(mayApproveExtensions(actor), 'Only vendor operators approve device-trial extensions.');
  const rows = await extensionsWithTrials(deps.db, status);
  const shipments = await deviceTypesOfTrials(
    deps.db,
    rows.map((r) => r.trial.id),
  );
  return {
    items: rows.map((r) => ({
      ...extensionOut(r.extension),
      trial: {
        id: r.trial.id,
        number: r.trial.number,
        endsAt: r.trial.endsAt?.toISOString() ?? null,
        totalDays: r.trial.startsAt && r.trial.endsAt ? trialLengthDays(r.trial.startsAt, r.trial.endsAt) : null,
      },
      totalDaysAfter: r.trial.startsAt ? trialLengthDays(r.trial.startsAt, r.extension.newEndsAt) : null,
      customer: { id: r.trial.customerId, name: r.customerName },
      partner: { id: r.trial.partnerId, name: r.partnerName },
      requestedBy: r.requestedBy,
      deviceTypes: shipments.filter((s) => s.trialId === r.trial.id).map((s) => s.deviceTypeId),
    })),
  };
}

async function pendingExtension(db: Database, id: string) {
  const row = await findExtension(db, id);
  if (!row) throw notFound('The extension');
  if (row.status !== 'pending_approval') throw conflict('This extension has been decided already.');
  return row;
}

export async function approveExtension(deps: Deps, actor: Actor, id: string): Promise<ExtensionDecisionResponse> {
  ensure(mayApproveExtensions(actor), 'Only vendor operators approve device-trial extensions.');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const extension = await pendingExtension(tx, id);
    const { trial, partnerTimeZone } = await reloadTrial(tx, extension.trialId);
    const next = decide(await snapshotOf(tx, trial, partnerTimeZone), { type: 'extension_approved' }, now);
    const outcome = next.extension;
    if (!outcome || !next.trial.endsAt) throw new Error('an approval has an outcome');
    const updated = await writeTrial(tx, deps.clock, trial, { endsAt: next.trial.endsAt, state: next.trial.state });
    const decided = await decideExtension(tx, extension, 'approved', actor, now, outcome);
    await moveDeviceDueDates(tx, trial, next.trial.endsAt);
    await queueTrialEmails(tx, deps.clock, {
      organisationId: trial.partnerId,
      template: 'trial.extended',
      to: [
        ...(await partnerAdminEmails(tx, trial)),
        ...(await customerAdminEmails(tx, trial.customerId, customerAdminRoles)),
      ],
      facts: await factsForTrial(tx, updated),
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: trial.customerId,
      action: 'trial.extension_approved',
      targetType: 'trial',
      targetId: trial.id,
      before: { endsAt: trial.endsAt, state: trial.state },
      after: { endsAt: updated.endsAt, state: updated.state },
    });
    await refreshCustomerListEntries(tx, [trial.customerId]);
    return { extension: extensionOut(decided), trialEndsAt: updated.endsAt?.toISOString() ?? null };
  });
}

export async function rejectExtension(deps: Deps, actor: Actor, id: string): Promise<ExtensionDecisionResponse> {
  ensure(mayApproveExtensions(actor), 'Only vendor operators approve device-trial extensions.');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const extension = await pendingExtension(tx, id);
    const { trial } = await reloadTrial(tx, extension.trialId);
    // Bumps the version so that a partner acting on the old state of the trial learns of the decision.
    const updated = await writeTrial(tx, deps.clock, trial, {});
    const decided = await decideExtension(tx, extension, 'rejected', actor, now);
    await queueTrialEmails(tx, deps.clock, {
      organisationId: trial.partnerId,
      template: 'trial.extension-rejected',
      to: await partnerAdminEmails(tx, trial),
      facts: await factsForTrial(tx, updated),
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: trial.customerId,
      action: 'trial.extension_rejected',
      targetType: 'trial',
      targetId: trial.id,
    });
    return { extension: extensionOut(decided), trialEndsAt: updated.endsAt?.toISOString() ?? null };
  });
}

async function decideExtension(
  db: Database,
  extension: ExtensionRow,
  status: 'approved' | 'rejected',
  actor: Actor,
  now: Date,
  outcome?: { previousEndsAt: Date; newEndsAt: Date },
) {
  const row = await decidePendingExtension(db, extension, {
    status,
    decidedByUserId: actor.userId,
    decidedAt: now,
    outcome,
  });
  if (!row) throw conflict('This extension has been decided already.');
  return row;
}
