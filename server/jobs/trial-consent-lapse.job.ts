import { lapseConsents } from '../features/trials/trial-lifecycle-jobs.ts';
import type { JobDefinition } from '../platform/jobs.ts';

/** TRI-7: cancels trial requests not consented to within 10 days; hourly, and whenever the demo clock moves. */
export const trialConsentLapseJob: JobDefinition = {
  name: 'trial-consent-lapse',
  cron: '7 * * * *',
  clockDriven: true,
  run: lapseConsents,
};
