import { wholeDaysBetween } from '../../../domain/calendar-days.ts';
import type { Clock } from '../../../domain/clock.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import { consentDays, graceDays, phoneNumberKeepDays } from '../../../domain/contracts/trials.ts';
import { customerAdminRoles } from '../../../domain/roles.ts';
import { graceDay, transition, trialEndingSoonDays } from '../../../domain/trial-lifecycle.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { queueTrialEmails, type TrialEmailTemplate } from './trial-emails.ts';
import {
  consumerOrganisation,
  customerHasMoreThanTrial,
  deleteReleasedPhoneNumbers,
  expiredTrialsEndedBy,
  provisioningSetUpBy,
  recordNotice,
  releaseTrialHoldings,
  requestsAwaitingConsentSince,
  trialsWithExpiryDue,
  trialUsers,
} from './trial-lifecycle.queries.ts';
import { factsForTrial } from './trial-notify.ts';
import { customerAdminEmails, partnerAdminEmails } from './trial-recipients.queries.ts';
import { closePendingExtensions, setServicesProvisioning, snapshotOf } from './trial-records.queries.ts';
import { findTrial, type TrialRow, updateTrialVersioned } from './trials.queries.ts';

/**
 * The clock-driven side of the trial lifecycle (TRI-7, TRI-15, provisioning). Each step finds the trials due
 * by the clock and moves each in its own transaction through the state machine with a versioned write, so a
 * second run, or a run racing a user's action, changes nothing twice; e-mails are sent once per trial notice.
 */

type Deps = { db: Database; clock: Clock };

/** Runs `step` for each trial in its own transaction; a trial someone else changed meanwhile is skipped. */
async function eachTrial(deps: Deps, ids: readonly string[], step: (tx: Database, trial: Loaded) => Promise<void>) {
  for (const id of ids) {
    await deps.db.transaction(async (tx) => {
      const row = await findTrial(tx, id);
      if (row) await step(tx, row);
    });
  }
}
type Loaded = NonNullable<Awaited<ReturnType<typeof findTrial>>>;

async function move(tx: Database, deps: Deps, row: Loaded, event: Parameters<typeof transition>[1]) {
  const result = transition(await snapshotOf(tx, row.trial, row.partnerTimeZone), event, deps.clock.now());
  if (!result.ok) return null;
  return updateTrialVersioned(tx, deps.clock, row.trial, { state: result.trial.state });
}

/** Records a notice once; true when it is new (its e-mails are due now). */
async function firstNotice(tx: Database, trial: TrialRow, kind: string, now: Date) {
  if (!trial.endsAt) return false;
  return recordNotice(tx, { ...trial, endsAt: trial.endsAt }, kind, now);
}

async function notifyAdmins(tx: Database, deps: Deps, trial: TrialRow, template: TrialEmailTemplate, extra = {}) {
  const facts = { ...(await factsForTrial(tx, trial)), ...extra };
  await queueTrialEmails(tx, deps.clock, {
    organisationId: trial.customerId,
    template,
    to: await customerAdminEmails(tx, trial.customerId, customerAdminRoles),
    facts,
  });
  await queueTrialEmails(tx, deps.clock, {
    organisationId: trial.partnerId,
    template,
    to: await partnerAdminEmails(tx, trial),
    facts,
  });
}

/** TRI-7: requests not consented within 10 days are cancelled and the customer leaves the partner's list. */
export async function lapseConsents(deps: Deps) {
  const now = deps.clock.now();
  const due = await requestsAwaitingConsentSince(deps.db, new Date(now.getTime() - consentDays * DAY_MS));
  await eachTrial(deps, due, async (tx, row) => {
    const updated = await move(tx, deps, row, { type: 'consent_lapsed' });
    if (!updated) return;
    const cancelled = await updateTrialVersioned(tx, deps.clock, updated, {
      cancelledAt: now,
      cancelledByUserId: null,
    });
    if (!cancelled) return;
    await queueTrialEmails(tx, deps.clock, {
      organisationId: row.trial.partnerId,
      template: 'trial.consent-lapsed',
      to: await partnerAdminEmails(tx, row.trial),
      facts: await factsForTrial(tx, cancelled),
    });
    await recordAudit(tx, deps.clock, null, {
      organisationId: row.trial.customerId,
      action: 'trial.consent_lapsed',
      targetType: 'trial',
      targetId: row.trial.id,
      before: { state: row.trial.state },
      after: { state: cancelled.state },
    });
    await refreshCustomerListEntries(tx, [row.trial.customerId]);
  });
}

/**
 * Provisioning finishes for trials whose setup was completed here: this installation's provisioning is immediate
 * once the job runs. Trials provisioning elsewhere (e.g. loaded data) wait for their own provisioning.
 */
export async function finishProvisioning(deps: Deps) {
  const due = await provisioningSetUpBy(deps.db, deps.clock.now());
  await eachTrial(deps, due, async (tx, row) => {
    const updated = await move(tx, deps, row, { type: 'provisioning_finished' });
    if (!updated) return;
    await setServicesProvisioning(tx, deps.clock.now(), updated, 'provisioned');
    await recordAudit(tx, deps.clock, null, {
      organisationId: row.trial.customerId,
      action: 'trial.provisioned',
      targetType: 'trial',
      targetId: row.trial.id,
      before: { state: row.trial.state },
      after: { state: updated.state },
    });
    await refreshCustomerListEntries(tx, [row.trial.customerId]);
  });
}

/**
 * TRI-15, in order: the 7-day reminder, the end-date e-mail and expiry into grace, the users' e-mail 30 days
 * after the end, the release after grace, and the purge of phone numbers kept 15 days after release.
 */
export async function runTrialExpiry(deps: Deps) {
  const now = deps.clock.now();
  const soon = new Date(now.getTime() + 8 * DAY_MS);
  // Only trials with something due: an e-mail not yet sent for their current end, or an expiry.
  const candidates = await trialsWithExpiryDue(deps.db, {
    now,
    soon,
    endedAfter: new Date(now.getTime() - (graceDays + 1) * DAY_MS),
  });
  await eachTrial(deps, candidates, async (tx, row) => {
    const { trial } = row;
    if (!trial.endsAt) return;
    const daysLeft = wholeDaysBetween(now, trial.endsAt, row.partnerTimeZone);
    const day = graceDay({ endsAt: trial.endsAt, timeZone: row.partnerTimeZone }, now) ?? 0;
    if (
      trial.state !== 'expired' &&
      daysLeft > 0 &&
      daysLeft <= trialEndingSoonDays &&
      (await firstNotice(tx, trial, 'ending-soon', now))
    ) {
      await notifyAdmins(tx, deps, trial, 'trial.ending-soon');
    }
    // The end-date e-mail goes on the end day, and late (after a moved clock) only while grace lasts.
    if (daysLeft <= 0 && day <= graceDays && (await firstNotice(tx, trial, 'ended', now))) {
      await notifyAdmins(tx, deps, trial, 'trial.ended', { releaseAt: releaseDay(trial.endsAt) });
    }
    if (trial.state !== 'expired' && trial.endsAt <= now) {
      const updated = await move(tx, deps, row, { type: 'expiry' });
      if (updated) {
        await recordAudit(tx, deps.clock, null, {
          organisationId: trial.customerId,
          action: 'trial.expired',
          targetType: 'trial',
          targetId: trial.id,
          before: { state: trial.state },
          after: { state: updated.state },
        });
        await refreshCustomerListEntries(tx, [trial.customerId]);
      }
    }
  });

  const inGrace = await expiredTrialsEndedBy(deps.db, new Date(now.getTime() - (graceDays - 1) * DAY_MS));
  await eachTrial(deps, inGrace, async (tx, row) => {
    const day = graceDay({ endsAt: row.trial.endsAt, timeZone: row.partnerTimeZone }, now) ?? 0;
    if (day >= graceDays && (await firstNotice(tx, row.trial, 'users-release', now))) {
      await queueTrialEmails(tx, deps.clock, {
        organisationId: row.trial.customerId,
        template: 'trial.users-release',
        to: await trialUserEmails(tx, row.trial),
        facts: await factsForTrial(tx, row.trial),
      });
    }
    if (day > graceDays) await release(tx, deps, row);
  });

  await deleteReleasedPhoneNumbers(deps.db, now);
}

/** The first day of release (grace day 31), as the instant 31 days after the end. */
const releaseDay = (endsAt: Date) => new Date(endsAt.getTime() + (graceDays + 1) * DAY_MS);

/** The trial's users: holders of its licences, and every user when the trial is all the customer has. */
async function usersOfTrial(tx: Database, trial: TrialRow) {
  return trialUsers(tx, trial, !(await customerHasMoreThanTrial(tx, trial)));
}

async function trialUserEmails(tx: Database, trial: TrialRow) {
  return (await usersOfTrial(tx, trial)).map((u) => u.email);
}

/**
 * TRI-15, irreversible: the trial's users move to the free consumer organisation (losing admin roles), its
 * licences and meeting site are freed, calling stops (phone numbers unassigned, kept 15 more days).
 */
async function release(tx: Database, deps: Deps, row: Loaded) {
  const { trial } = row;
  const now = deps.clock.now();
  const result = transition(await snapshotOf(tx, trial, row.partnerTimeZone), { type: 'end_of_grace' }, now);
  if (!result.ok) return;
  const updated = await updateTrialVersioned(tx, deps.clock, trial, { state: result.trial.state, releasedAt: now });
  if (!updated) return;
  const movers = await usersOfTrial(tx, trial);
  const consumer = await consumerOrganisation(tx, now);
  const ids = movers.map((m) => m.id);
  await releaseTrialHoldings(tx, trial, {
    userIds: ids,
    consumerId: consumer,
    now,
    deleteAfter: new Date(now.getTime() + phoneNumberKeepDays * DAY_MS),
  });
  await closePendingExtensions(tx, trial, now);
  await recordAudit(tx, deps.clock, null, {
    organisationId: trial.customerId,
    action: 'trial.released',
    targetType: 'trial',
    targetId: trial.id,
    before: { state: trial.state, meetingSiteUrl: trial.meetingSiteUrl },
    after: { state: updated.state, usersMoved: ids.length, consumerOrganisationId: consumer },
  });
  await refreshCustomerListEntries(tx, [trial.customerId]);
}
