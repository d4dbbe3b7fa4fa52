import type { Clock } from '../../../domain/clock.ts';
import type { customerSummary } from '../../../domain/contracts/customers.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { mayListCustomers } from './customers.policy.ts';
import { selectCustomerSummary } from './customers.queries.ts';
import { filtersOf, type ParsedListQuery } from './list-customers.ts';

type CustomerSummary = ReturnType<(typeof customerSummary)['parse']>;

/** The KPI strip of the Customers page, over the customers matching the list's filters. */
export async function getCustomerSummary(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  query: ParsedListQuery,
): Promise<CustomerSummary> {
  ensure(mayListCustomers(actor), 'Only partner administrators and vendor operators list customers.');
  const row = await selectCustomerSummary(deps.db, actor, deps.clock.now(), filtersOf(query));
  return {
    customers: row.customers,
    trials: row.trials,
    expiringIn30Days: row.expiring_in_30_days,
    overLicence: row.over_licence,
    needsAttention: row.needs_attention,
  };
}
