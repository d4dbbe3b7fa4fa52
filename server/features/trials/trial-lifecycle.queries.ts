import { and, eq, gte, inArray, isNotNull, lte, ne, or, sql } from 'drizzle-orm';
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
import { type Database, rowsOf } from '../../platform/db.ts';
import type { TrialRow } from './trials.queries.ts';

/** SQL of the clock-driven trial lifecycle (TRI-7, TRI-15, provisioning): which trials are due, and the release. */

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Records a notice for the trial's current end once; true when it is new. */
export async function recordNotice(db: Database, trial: TrialRow & { endsAt: Date }, kind: string, now: Date) {
  const inserted = await db
    .insert(trialNotices)
    .values({ customerId: trial.customerId, trialId: trial.id, kind, endsAt: trial.endsAt, createdAt: now })
    .onConflictDoNothing()
    .returning({ kind: trialNotices.kind });
  return inserted.length > 0;
}

/** Requests waiting for consent since `requestedBefore` or earlier. */
export async function requestsAwaitingConsentSince(db: Database, requestedBefore: Date) {
  return ids(
    await db
      .select({ id: trials.id })
      .from(trials)
      .where(and(eq(trials.state, 'pending_consent'), lte(trials.consentRequestedAt, requestedBefore))),
  );
}

/** Trials provisioning whose setup was completed by `now`. */
export async function provisioningSetUpBy(db: Database, now: Date) {
  return ids(
    await db
      .select({ id: trials.id })
      .from(trials)
      .where(and(eq(trials.state, 'provisioning'), lte(trials.setupCompletedAt, now))),
  );
}

/**
 * Trials ending by `soon` with something due: an expiry (ended by `now`), or the ending-soon or end e-mail not yet
 * sent for their current end (the end e-mail only for trials that ended after `endedAfter`).
 */
export async function trialsWithExpiryDue(db: Database, range: { now: Date; soon: Date; endedAfter: Date }) {
  const noNotice = (kind: string) => sql`not exists (select 1 from ${trialNotices} n
    where n.customer_id = ${trials.customerId} and n.trial_id = ${trials.id} and n.kind = ${kind}
      and n.ends_at = ${trials.endsAt})`;
  return ids(
    await db
      .select({ id: trials.id })
      .from(trials)
      .where(
        and(
          inArray(trials.state, ['pending_provisioning_details', 'provisioning', 'active', 'expired']),
          isNotNull(trials.endsAt),
          lte(trials.endsAt, range.soon),
          or(
            and(ne(trials.state, 'expired'), or(lte(trials.endsAt, range.now), noNotice('ending-soon'))),
            and(gte(trials.endsAt, range.endedAfter), noNotice('ended')),
          ),
        ),
      ),
  );
}

/** Expired trials that ended by `endedBy`. */
export async function expiredTrialsEndedBy(db: Database, endedBy: Date) {
  return ids(
    await db
      .select({ id: trials.id })
      .from(trials)
      .where(and(eq(trials.state, 'expired'), lte(trials.endsAt, endedBy))),
  );
}

/** Deletes the released trials' phone numbers whose keeping ended by `now`. */
export async function deleteReleasedPhoneNumbers(db: Database, now: Date) {
  await db
    .delete(phoneNumbers)
    .where(
      and(isNotNull(phoneNumbers.trialId), isNotNull(phoneNumbers.releasedAt), lte(phoneNumbers.deleteAfter, now)),
    );
}

/** The trial's users: holders of its licences only, or every user of the customer when `everyUser`. */
export async function trialUsers(db: Database, trial: TrialRow, everyUser: boolean) {
  const rows = await db.execute(sql`select u.id, u.email from users u
    where u.organisation_id = ${trial.customerId} and (${everyUser} or exists (
      select 1 from licence_assignments la where la.customer_id = u.organisation_id and la.user_id = u.id
        and la.trial_id = ${trial.id})
      and not exists (select 1 from licence_assignments la where la.customer_id = u.organisation_id
        and la.user_id = u.id and (la.trial_id is distinct from ${trial.id})))`);
  return rowsOf<{ id: string; email: string }>(rows);
}

/** Whether the customer has a current subscription or another trial in progress. */
export async function customerHasMoreThanTrial(db: Database, trial: TrialRow) {
  const rows = await db.execute(sql`select
    exists (select 1 from subscriptions s where s.customer_id = ${trial.customerId} and s.state in ('active', 'suspended'))
    or exists (select 1 from trials t where t.customer_id = ${trial.customerId} and t.id <> ${trial.id}
      and t.state in ('pending_consent', 'pending_provisioning_details', 'provisioning', 'active', 'expired')) as other`);
  return Boolean(rowsOf<{ other: boolean }>(rows)[0]?.other);
}

/**
 * Frees what the released trial held: its licences; the `userIds` lose their roles and licences and move to the
 * `consumerId` organisation; its phone numbers are unassigned and kept until `deleteAfter`; a conversion waiting for
 * a distributor is rejected.
 */
export async function releaseTrialHoldings(
  db: Database,
  trial: TrialRow,
  release: { userIds: readonly string[]; consumerId: string; now: Date; deleteAfter: Date },
) {
  const { now } = release;
  const userIds = [...release.userIds];
  await db
    .delete(licenceAssignments)
    .where(and(eq(licenceAssignments.customerId, trial.customerId), eq(licenceAssignments.trialId, trial.id)));
  if (userIds.length > 0) {
    await db
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.organisationId, trial.customerId), inArray(roleAssignments.userId, userIds)));
    await db
      .delete(licenceAssignments)
      .where(and(eq(licenceAssignments.customerId, trial.customerId), inArray(licenceAssignments.userId, userIds)));
    await db
      .update(users)
      .set({ organisationId: release.consumerId })
      .where(and(eq(users.organisationId, trial.customerId), inArray(users.id, userIds)));
  }
  await db
    .update(phoneNumbers)
    .set({ userId: null, releasedAt: now, deleteAfter: release.deleteAfter })
    .where(and(eq(phoneNumbers.customerId, trial.customerId), eq(phoneNumbers.trialId, trial.id)));
  await db
    .update(orders)
    .set({ status: 'rejected', completedAt: now })
    .where(
      and(
        eq(orders.customerId, trial.customerId),
        eq(orders.trialId, trial.id),
        eq(orders.status, 'pending_distributor'),
      ),
    );
}

/** The free consumer organisation (TRI-15); made once if the installation has none. */
export async function consumerOrganisation(db: Database, now: Date) {
  const [existing] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kind, 'consumer'))
    .limit(1);
  if (existing) return existing.id;
  const [made] = await db
    .insert(organisations)
    .values({ kind: 'consumer', name: 'Free consumer organisation', createdAt: now })
    .returning({ id: organisations.id });
  if (!made) throw new Error('consumer organisation not created');
  return made.id;
}
