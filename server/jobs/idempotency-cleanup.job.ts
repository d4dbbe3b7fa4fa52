import { deleteExpiredIdempotencyKeys } from '../platform/idempotency.ts';
import type { JobDefinition } from '../platform/jobs.ts';

/** Forgets `Idempotency-Key`s past their 24 hours, hourly and at once when the demo clock moves. */
export const idempotencyCleanupJob: JobDefinition = {
  name: 'idempotency-cleanup',
  cron: '17 * * * *',
  clockDriven: true,
  async run({ db, clock }) {
    await deleteExpiredIdempotencyKeys(db, clock.now());
  },
};
