import type { Clock } from '../../../domain/clock.ts';
import type { ShipDevicesRequest, TrialDetail } from '../../../domain/contracts/trials.ts';
import { type Actor, customerAdminRoles } from '../../../domain/roles.ts';
import { consentLapsesAt } from '../../../domain/trial-lifecycle.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { activeDeviceTypeIds } from '../catalogue/catalogue.queries.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { requireVisibleTrial, trialDetailOf } from './get-trial.ts';
import { consentRecipients } from './start-trial.ts';
import { openTrialChange } from './trial-change.ts';
import { queueTrialEmails } from './trial-emails.ts';
import { invitationLinksFor } from './trial-invitations.ts';
import { factsForTrial } from './trial-notify.ts';
import { customerAdminEmails, partnerAdminEmails } from './trial-recipients.queries.ts';
import {
  closePendingExtensions,
  setServicesProvisioning,
  shipDevices,
  snapshotOf,
  writeTrial,
} from './trial-records.queries.ts';
import { withUniqueConflicts } from './trial-steps.ts';
import { mayCancelTrial, mayCompleteSetup, mayManageTrial } from './trials.policy.ts';

/** Cancel (TRI-6, TRI-14), resend consent (TRI-6), finish the customer's setup, and ship devices (TRI-3). */

type Deps = { db: Database; clock: Clock; config: Pick<Config, 'publicUrl'> };

async function detailAfter(deps: Deps, actor: Actor, trialId: string) {
  const row = await requireVisibleTrial(deps.db, actor, trialId);
  return trialDetailOf(deps.db, actor, row, deps.clock.now());
}

export async function cancelTrial(deps: Deps, actor: Actor, trialId: string, version: number): Promise<TrialDetail> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { trial, next } = await openTrialChange(tx, actor, trialId, {
      allowed: mayCancelTrial,
      refusal: 'You may not cancel this trial.',
      version,
      event: { type: 'cancel' },
      now,
    });
    const updated = await writeTrial(tx, deps.clock, trial, {
      state: next.trial.state,
      cancelledAt: now,
      cancelledByUserId: actor.userId,
    });
    const byCustomer = actor.organisationKind === 'customer';
    // The other side hears of it; a request the customer never answered needs no word to the customer.
    const to = byCustomer
      ? await partnerAdminEmails(tx, trial)
      : trial.state === 'pending_consent'
        ? []
        : await customerAdminEmails(tx, trial.customerId, customerAdminRoles);
    await queueTrialEmails(tx, deps.clock, {
      organisationId: byCustomer ? trial.partnerId : trial.customerId,
      template: 'trial.cancelled',
      to,
      facts: await factsForTrial(tx, updated),
    });
    await closePendingExtensions(tx, trial, now);
    const detail = await trialDetailOf(tx, actor, await requireVisibleTrial(tx, actor, trialId), now);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: trial.customerId,
      action: 'trial.cancelled',
      targetType: 'trial',
      targetId: trial.id,
      before: { state: trial.state },
      after: { state: updated.state, by: byCustomer ? 'customer' : 'partner' },
    });
    await refreshCustomerListEntries(tx, [trial.customerId]);
    return detail;
  });
}

export async function resendConsent(deps: Deps, actor: Actor, trialId: string, version: number): Promise<TrialDetail> {
  await deps.db.transaction(async (tx) => {
    const { trial } = await openTrialChange(tx, actor, trialId, {
      allowed: mayManageTrial,
      refusal: 'You may not change this trial.',
      version,
    });
    if (trial.state !== 'pending_consent') {
      throw new AppError(409, 'not_allowed_in_state', 'Only a request waiting for consent can be sent again.');
    }
    // The 10 days still count from the first request (TRI-7); resending only repeats the e-mail.
    const updated = await writeTrial(tx, deps.clock, trial, {});
    const facts = await factsForTrial(tx, updated);
    const to = await consentRecipients(tx, trial.customerId, trial.adminEmail);
    // Issue #10: an invited administrator gets a new invitation link with it (the earlier one stops working).
    await queueTrialEmails(tx, deps.clock, {
      organisationId: trial.customerId,
      template: 'trial.consent-request',
      to,
      facts: { ...facts, respondBy: consentLapsesAt(trial) },
      invitationLinks: await invitationLinksFor(tx, { clock: deps.clock, publicUrl: deps.config.publicUrl }, actor, {
        organisationId: trial.customerId,
        addresses: to,
        trialId: trial.id,
      }),
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: trial.customerId,
      action: 'trial.consent_resent',
      targetType: 'trial',
      targetId: trial.id,
    });
  });
  return detailAfter(deps, actor, trialId);
}

/** The customer's first-time setup is done: provisioning starts (finished by the trial-provisioning job). */
export async function completeSetup(deps: Deps, actor: Actor, trialId: string, version: number): Promise<TrialDetail> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { trial, next } = await openTrialChange(tx, actor, trialId, {
      allowed: mayCompleteSetup,
      refusal: 'You may not set up this trial.',
      version,
      event: { type: 'details_provided' },
      now,
    });
    await writeTrial(tx, deps.clock, trial, { state: next.trial.state, setupCompletedAt: now });
    await setServicesProvisioning(tx, now, trial, 'provisioning');
    await recordAudit(tx, deps.clock, actor, {
      organisationId: trial.customerId,
      action: 'trial.setup_completed',
      targetType: 'trial',
      targetId: trial.id,
      before: { state: trial.state },
      after: { state: next.trial.state },
    });
    await refreshCustomerListEntries(tx, [trial.customerId]);
  });
  return detailAfter(deps, actor, trialId);
}

/** TRI-3: ships devices of one more type; a second shipment of a type is refused (409). */
export async function shipTrialDevices(
  deps: Deps,
  actor: Actor,
  trialId: string,
  input: ShipDevicesRequest,
): Promise<TrialDetail> {
  const now = deps.clock.now();
  await withUniqueConflicts(() =>
    deps.db.transaction(async (tx) => {
      const { trial, partnerTimeZone } = await openTrialChange(tx, actor, trialId, {
        allowed: mayManageTrial,
        refusal: 'You may not change this trial.',
        version: input.version,
      });
      if (!(await activeDeviceTypeIds(tx)).has(input.deviceTypeId))
        throw badRequest('deviceTypeId', `"${input.deviceTypeId}" is not a device type the catalogue offers.`);
      const snapshot = await snapshotOf(tx, trial, partnerTimeZone);
      if (!snapshot.hasDevices || !['pending_provisioning_details', 'provisioning', 'active'].includes(trial.state)) {
        throw new AppError(
          409,
          'not_allowed_in_state',
          'Devices ship only with a running trial that includes Devices.',
        );
      }
      const updated = await writeTrial(tx, deps.clock, trial, {});
      await shipDevices(tx, updated, [{ deviceTypeId: input.deviceTypeId, quantity: input.quantity }], now);
      await recordAudit(tx, deps.clock, actor, {
        organisationId: trial.customerId,
        action: 'trial.devices_shipped',
        targetType: 'trial',
        targetId: trial.id,
        after: { deviceTypeId: input.deviceTypeId, quantity: input.quantity },
      });
      await refreshCustomerListEntries(tx, [trial.customerId]);
    }),
  );
  return detailAfter(deps, actor, trialId);
}
