import { runTrialExpiry } from '../features/trials/trial-lifecycle-jobs.ts';
import type { JobDefinition } from '../platform/jobs.ts';

/** TRI-15: reminders, expiry into grace, the users' notice, release and phone-number purge; hourly and on clock moves. */
export const trialExpiryJob: JobDefinition = {
  name: 'trial-expiry',
  cron: '13 * * * *',
  clockDriven: true,
  run: runTrialExpiry,
};
