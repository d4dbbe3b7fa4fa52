import { eq } from 'drizzle-orm';
import { organisations } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import type { TrialEmailFacts } from './trial-emails.ts';
import { servicesOfTrials, type TrialRow } from './trials.queries.ts';

/** What every trial e-mail says about its trial: names, services, dates in the partner's time zone. */
export async function factsForTrial(db: Database, trial: TrialRow): Promise<TrialEmailFacts> {
  const [customer] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, trial.customerId));
  const [partner] = await db
    .select({ name: organisations.name, timeZone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, trial.partnerId));
  const lines = await servicesOfTrials(db, [trial.id]);
  return {
    trialNumber: trial.number,
    customerName: customer?.name ?? '',
    partnerName: partner?.name ?? '',
    services: lines.map((l) => l.serviceName),
    endsAt: trial.endsAt,
    timeZone: partner?.timeZone ?? 'UTC',
  };
}
