import { advanceCustomerListDays } from '../features/customers/customer-list-days.ts';
import type { JobDefinition } from '../platform/jobs.ts';

/**
 * Moves each partner's customer list to its new local day once midnight has passed there, restamping the
 * statuses the list filters and sorts on (until then the list computes them: slower, never wrong). Every
 * minute, since partners' midnights fall at any quarter hour of UTC, and at once when the demo clock moves.
 */
export const customerListDaysJob: JobDefinition = {
  name: 'customer-list-days',
  cron: '* * * * *',
  clockDriven: true,
  async run({ db, clock }) {
    await advanceCustomerListDays(db, clock.now());
  },
};
