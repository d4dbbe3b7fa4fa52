import type { JobDefinition } from '../platform/jobs.ts';
import { deleteExpiredSessions } from '../platform/sessions.ts';

/** Deletes expired sessions every 15 minutes, and at once when the demo clock moves. */
export const sessionCleanupJob: JobDefinition = {
  name: 'session-cleanup',
  cron: '*/15 * * * *',
  clockDriven: true,
  async run({ db, clock }) {
    await deleteExpiredSessions(db, clock);
  },
};
