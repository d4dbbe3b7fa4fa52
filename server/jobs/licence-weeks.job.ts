import { foldPendingCallLegs } from '../features/usage/call-legs.queries.ts';
import { addCurrentLicenceWeeks } from '../features/usage/licence-rollups.ts';
import type { JobDefinition } from '../platform/jobs.ts';

/**
 * Gives every Calling and Meetings subscription its licence_weekly row for the current week, even when no
 * usage arrives for its customer (ingest adds the rows of the customers it hears from). Hourly, cheap when
 * nothing is missing, and at once when the demo clock moves. It also folds call legs a crash left queued
 * between an ingest's commit and its fold, should no batch have come since.
 */
export const licenceWeeksJob: JobDefinition = {
  name: 'licence-weeks',
  cron: '7 * * * *',
  clockDriven: true,
  async run({ db, clock }) {
    await foldPendingCallLegs(db, clock.now());
    await addCurrentLicenceWeeks(db, clock.now());
  },
};
