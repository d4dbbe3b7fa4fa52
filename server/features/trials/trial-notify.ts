import type { Database } from '../../platform/db.ts';
import type { TrialEmailFacts } from './trial-emails.ts';
import { namesOfTrial, servicesOfTrials, type TrialRow } from './trials.queries.ts';

/** What every trial e-mail says about its trial: names, services, dates in the partner's time zone. */
export async function factsForTrial(db: Database, trial: TrialRow): Promise<TrialEmailFacts> {
  const names = await namesOfTrial(db, trial);
  const lines = await servicesOfTrials(db, [trial.id]);
  return {
    trialNumber: trial.number,
    customerName: names?.customerName ?? '',
    partnerName: names?.partnerName ?? '',
    services: lines.map((l) => l.serviceName),
    endsAt: trial.endsAt,
    timeZone: names?.partnerTimeZone ?? 'UTC',
  };
}
