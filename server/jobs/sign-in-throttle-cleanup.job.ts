import { pruneSignInThrottle } from '../features/auth/sign-in-throttle.ts';
import type { JobDefinition } from '../platform/jobs.ts';

/** Prunes sign-in counters idle for a day, hourly and when the demo clock moves. */
export const signInThrottleCleanupJob: JobDefinition = {
  name: 'sign-in-throttle-cleanup',
  cron: '17 * * * *',
  clockDriven: true,
  async run({ db, clock }) {
    await pruneSignInThrottle(db, clock);
  },
};
