import { wholeDaysBetween } from '../../../domain/calendar-days.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { CustomerTrial, CustomerTrialsResponse } from '../../../domain/contracts/customer-detail.ts';
import { isOngoingTrial, type TrialFacts, trialStatusOf } from '../../../domain/customer-status.ts';
import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import { trialEndsSoon } from '../../../domain/trial-lifecycle.ts';
import type { Database } from '../../platform/db.ts';
import { trialServiceRows, trialsOfCustomer, viewerStatusContext } from './customer-detail.queries.ts';
import { requireCustomerForDetail } from './get-customer.ts';

/**
 * DET-3: the customer's ongoing and past trials with services, licences and days left. A partner sees its own
 * trials only (another partner's trial is that partner's data, ROL-6); the vendor sees all.
 */
export async function getCustomerTrials(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  id: string,
): Promise<CustomerTrialsResponse> {
  const { db } = deps;
  await requireCustomerForDetail(db, actor, id);
  const ctx = await viewerStatusContext(db, actor, deps.clock.now());
  const rows = await trialsOfCustomer(db, id, isVendorOperator(actor) ? null : actor.organisationId);
  const services = await trialServiceRows(
    db,
    id,
    rows.map((r) => r.trial.id),
  );

  const ongoing: CustomerTrial[] = [];
  const past: CustomerTrial[] = [];
  for (const { trial, partnerName } of rows) {
    const own = services.filter((s) => s.trialId === trial.id);
    const facts: TrialFacts = { id: trial.id, state: trial.state, endsAt: trial.endsAt, services: own };
    const isOngoing = isOngoingTrial(facts, ctx);
    const daysLeft = trial.endsAt ? wholeDaysBetween(ctx.now, trial.endsAt, ctx.timeZone) : null;
    (isOngoing ? ongoing : past).push({
      id: trial.id,
      number: trial.number,
      partner: { id: trial.partnerId, name: partnerName },
      state: trial.state,
      status: trialStatusOf(facts, ctx),
      ongoing: isOngoing,
      startsAt: trial.startsAt?.toISOString() ?? null,
      endsAt: trial.endsAt?.toISOString() ?? null,
      daysLeft,
      endsSoon: trialEndsSoon(daysLeft),
      durationDays: trial.durationDays,
      adminEmail: trial.adminEmail,
      services: own.map(({ trialId: _trialId, ...service }) => service),
      createdAt: trial.createdAt.toISOString(),
    });
  }
  // Ongoing: the soonest end first (not yet started last); past: the most recent first (query order).
  ongoing.sort((a, b) => (a.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.daysLeft ?? Number.MAX_SAFE_INTEGER));
  return { ongoing, past };
}
