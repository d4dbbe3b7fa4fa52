import { and, eq, gte, inArray, isNotNull, lte, ne, or, sql } from 'drizzle-orm';
import { wholeDaysBetween } from '../../../domain/calendar-days.ts';
import type { Clock } from '../../../domain/clock.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import { consentDays, graceDays, phoneNumberKeepDays } from '../../../domain/contracts/trials.ts';
import { customerAdminRoles } from '../../../domain/roles.ts';
import { graceDay, transition } from '../../../domain/trial-lifecycle.ts';
import {
  licenceAssignments,
  orders,
  organisations,
  phoneNumbers,
  roleAssignments,
  trialNotices,
  trials,
  users,
} from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { queueTrialEmails, type TrialEmailTemplate } from './trial-emails.ts';
import { factsForTrial } from './trial-notify.ts';
import { closePendingExtensions, setServicesProvisioning, snapshotOf } from './trial-records.ts';
import {
  customerAdminEmails,
  findTrial,
  partnerAdminEmails,
  type TrialRow,
  updateTrialVersioned,
} from './trials.queries.ts';

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
  return updateTrialVersioned(tx, row.trial, { state: result.trial.state });
}

/** Records a notice once; true when it is new (its e-mails are due now). */
async function firstNotice(tx: Database, trial: TrialRow, kind: string, now: Date) {
  if (!trial.endsAt) return false;
  const inserted = await tx
    .insert(trialNotices)
    .values({ customerId: trial.customerId, trialId: trial.id, kind, endsAt: trial.endsAt, createdAt: now })
    .onConflictDoNothing()
    .returning({ kind: trialNotices.kind });
  return inserted.length > 0;
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
  const due = await deps.db
    .select({ id: trials.id })
    .from(trials)
    .where(
      and(
        eq(trials.state, 'pending_consent'),
        lte(trials.consentRequestedAt, new Date(now.getTime() - consentDays * DAY_MS)),
      ),
    );
  await eachTrial(
    deps,
    due.map((d) => d.id),
    async (tx, row) => {
      const updated = await move(tx, deps, row, { type: 'consent_lapsed' });
      if (!updated) return;
      const cancelled = await updateTrialVersioned(tx, updated, { cancelledAt: now, cancelledByUserId: null });
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
    },
  );
}

/**
 * Provisioning finishes for trials whose setup was completed here: this installation's provisioning is immediate
 * once the job runs. Trials provisioning elsewhere (e.g. loaded data) wait for their own provisioning.
 */
export async function finishProvisioning(deps: Deps) {
  const due = await deps.db
    .select({ id: trials.id })
    .from(trials)
    .where(and(eq(trials.state, 'provisioning'), lte(trials.setupCompletedAt, deps.clock.now())));
  await eachTrial(
    deps,
    due.map((d) => d.id),
    async (tx, row) => {
      const updated = await move(tx, deps, row, { type: 'provisioning_finished' });
      if (!updated) return;
      await setServicesProvisioning(tx, updated, 'provisioned');
      await recordAudit(tx, deps.clock, null, {
        organisationId: row.trial.customerId,
        action: 'trial.provisioned',
        targetType: 'trial',
        targetId: row.trial.id,
        before: { state: row.trial.state },
        after: { state: updated.state },
      });
      await refreshCustomerListEntries(tx, [row.trial.customerId]);
    },
  );
}

/**
 * TRI-15, in order: the 7-day reminder, the end-date e-mail and expiry into grace, the users' e-mail 30 days
 * after the end, the release after grace, and the purge of phone numbers kept 15 days after release.
 */
export async function runTrialExpiry(deps: Deps) {
  const now = deps.clock.now();
  const soon = new Date(now.getTime() + 8 * DAY_MS);
  // Only trials with something due: an e-mail not yet sent for their current end, or an expiry.
  const noNotice = (kind: string) => sql`not exists (select 1 from ${trialNotices} n
    where n.customer_id = ${trials.customerId} and n.trial_id = ${trials.id} and n.kind = ${kind}
      and n.ends_at = ${trials.endsAt})`;
  const candidates = await deps.db
    .select({ id: trials.id })
    .from(trials)
    .where(
      and(
        inArray(trials.state, ['pending_provisioning_details', 'provisioning', 'active', 'expired']),
        isNotNull(trials.endsAt),
        lte(trials.endsAt, soon),
        or(
          and(ne(trials.state, 'expired'), or(lte(trials.endsAt, now), noNotice('ending-soon'))),
          and(gte(trials.endsAt, new Date(now.getTime() - (graceDays + 1) * DAY_MS)), noNotice('ended')),
        ),
      ),
    );
  await eachTrial(
    deps,
    candidates.map((c) => c.id),
    async (tx, row) => {
      const { trial } = row;
      if (!trial.endsAt) return;
      const daysLeft = wholeDaysBetween(now, trial.endsAt, row.partnerTimeZone);
      const day = graceDay({ endsAt: trial.endsAt, timeZone: row.partnerTimeZone }, now) ?? 0;
      if (
        trial.state !== 'expired' &&
        daysLeft > 0 &&
        daysLeft <= 7 &&
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
    },
  );

  const inGrace = await deps.db
    .select({ id: trials.id })
    .from(trials)
    .where(and(eq(trials.state, 'expired'), lte(trials.endsAt, new Date(now.getTime() - (graceDays - 1) * DAY_MS))));
  await eachTrial(
    deps,
    inGrace.map((c) => c.id),
    async (tx, row) => {
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
    },
  );

  await deps.db
    .delete(phoneNumbers)
    .where(
      and(isNotNull(phoneNumbers.trialId), isNotNull(phoneNumbers.releasedAt), lte(phoneNumbers.deleteAfter, now)),
    );
}

/** The first day of release (grace day 31), as the instant 31 days after the end. */
const releaseDay = (endsAt: Date) => new Date(endsAt.getTime() + (graceDays + 1) * DAY_MS);

/** The trial's users: holders of its licences, and every user when the customer has nothing else. */
async function trialUsers(tx: Database, trial: TrialRow, customerHasNothingElse: boolean) {
  const rows = await tx.execute(sql`select u.id, u.email from users u
    where u.organisation_id = ${trial.customerId} and (${customerHasNothingElse} or exists (
      select 1 from licence_assignments la where la.customer_id = u.organisation_id and la.user_id = u.id
        and la.trial_id = ${trial.id})
      and not exists (select 1 from licence_assignments la where la.customer_id = u.organisation_id
        and la.user_id = u.id and (la.trial_id is distinct from ${trial.id})))`);
  return rowsOf<{ id: string; email: string }>(rows);
}

async function trialUserEmails(tx: Database, trial: TrialRow) {
  return (await trialUsers(tx, trial, await hasNothingElse(tx, trial))).map((u) => u.email);
}

/** No current subscription and no other trial in progress: the trial is all the customer has. */
async function hasNothingElse(tx: Database, trial: TrialRow) {
  const rows = await tx.execute(sql`select
    exists (select 1 from subscriptions s where s.customer_id = ${trial.customerId} and s.state in ('active', 'suspended'))
    or exists (select 1 from trials t where t.customer_id = ${trial.customerId} and t.id <> ${trial.id}
      and t.state in ('pending_consent', 'pending_provisioning_details', 'provisioning', 'active', 'expired')) as other`);
  return !rowsOf<{ other: boolean }>(rows)[0]?.other;
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
  const updated = await updateTrialVersioned(tx, trial, { state: result.trial.state, releasedAt: now });
  if (!updated) return;
  const movers = await trialUsers(tx, trial, await hasNothingElse(tx, trial));
  const consumer = await consumerOrganisation(tx, now);
  const ids = movers.map((m) => m.id);
  await tx
    .delete(licenceAssignments)
    .where(and(eq(licenceAssignments.customerId, trial.customerId), eq(licenceAssignments.trialId, trial.id)));
  if (ids.length > 0) {
    await tx
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.organisationId, trial.customerId), inArray(roleAssignments.userId, ids)));
    await tx
      .delete(licenceAssignments)
      .where(and(eq(licenceAssignments.customerId, trial.customerId), inArray(licenceAssignments.userId, ids)));
    await tx
      .update(users)
      .set({ organisationId: consumer })
      .where(and(eq(users.organisationId, trial.customerId), inArray(users.id, ids)));
  }
  await tx
    .update(phoneNumbers)
    .set({ userId: null, releasedAt: now, deleteAfter: new Date(now.getTime() + phoneNumberKeepDays * DAY_MS) })
    .where(and(eq(phoneNumbers.customerId, trial.customerId), eq(phoneNumbers.trialId, trial.id)));
  await tx
    .update(orders)
    .set({ status: 'rejected', completedAt: now })
    .where(
      and(
        eq(orders.customerId, trial.customerId),
        eq(orders.trialId, trial.id),
        eq(orders.status, 'pending_distributor'),
      ),
    );
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

/** The free consumer organisation (TRI-15); made once if the installation has none. */
async function consumerOrganisation(tx: Database, now: Date) {
  const [existing] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kind, 'consumer'))
    .limit(1);
  if (existing) return existing.id;
  const [made] = await tx
    .insert(organisations)
    .values({ kind: 'consumer', name: 'Free consumer organisation', createdAt: now })
    .returning({ id: organisations.id });
  if (!made) throw new Error('consumer organisation not created');
  return made.id;
}
