import { deleteExpiredChallenges } from '../features/accounts/credentials.queries.ts';
import type { JobDefinition } from '../platform/jobs.ts';
import { deleteExpiredSessions } from '../platform/sessions.ts';

/**
 * Deletes expired sessions and expired two-factor sign-in challenges (issue #10) every 15 minutes, and at once when
 * the demo clock moves.
 */
export const sessionCleanupJob: JobDefinition = {
  name: 'session-cleanup',
  cron: '*/15 * * * *',
  clockDriven: true,
  async run({ db, clock }) {
    await deleteExpiredSessions(db, clock);
    await deleteExpiredChallenges(db, clock.now());
  },
};
