import type { Clock } from '../../../domain/clock.ts';
import type { CustomerRow } from '../../../domain/contracts/customers.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import type { CsvRecord } from '../../platform/csv-response.ts';
import type { Database } from '../../platform/db.ts';
import { mayListCustomers } from './customers.policy.ts';
import { selectCustomerPage } from './customers.queries.ts';
import { listRequest, type ParsedListQuery, positionOf, toCustomerRow } from './list-customers.ts';

/** Rows fetched per statement while streaming: memory stays flat however many customers match. */
const BATCH = 1000;

const columns: { header: string; value: (row: CustomerRow) => string | number | null }[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'Admin e-mail', value: (r) => r.adminEmail },
  { header: 'Statuses', value: (r) => r.statuses.join(' ') },
  { header: 'Provisioning status', value: (r) => r.provisioningStatus },
  { header: 'Subscription statuses', value: (r) => r.subscriptionStatuses.join(' ') },
  { header: 'Products', value: (r) => r.products.join(' ') },
  { header: 'Managed by', value: (r) => r.managedBy },
  { header: 'Owner partner', value: (r) => r.ownerPartner?.name ?? null },
  { header: 'Tags', value: (r) => r.tags.map((t) => t.name).join(', ') },
  { header: 'Licences', value: (r) => r.licences.total },
  { header: 'Licences assigned', value: (r) => r.licences.assigned },
  { header: 'Licences used', value: (r) => r.licences.used },
  { header: 'Next expiry', value: (r) => r.nextExpiry },
  {
    header: 'Trial services expiring',
    value: (r) => r.trialServicesExpiring.map((t) => `${t.serviceIds.join('+')} (${t.daysLeft} days)`).join('; '),
  },
  { header: 'Customer id', value: (r) => r.id },
];

/**
 * the customer list's CSV records with the list's filters and sort, header first: pages are read by keyset
 * as the client consumes them (`sendCsv` streams them).
 */
export function exportCustomers(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  query: ParsedListQuery,
  batch = BATCH,
): AsyncIterable<CsvRecord> {
  ensure(mayListCustomers(actor), 'Only partner administrators and vendor operators list customers.');
  const now = deps.clock.now();
  const first = listRequest(actor, now, { ...query, cursor: undefined }, { withTotal: false, limit: batch });
  async function* records(): AsyncGenerator<CsvRecord> {
    yield columns.map((c) => c.header);
    let request = first;
    for (;;) {
      const rows = (await selectCustomerPage(deps.db, request)).filter((r) => r.id !== null);
      for (const row of rows.slice(0, batch)) {
        const customer = toCustomerRow(row, now);
        yield columns.map((c) => c.value(customer));
      }
      const last = rows[batch - 1];
      if (rows.length <= batch || !last) return;
      request = { ...request, after: positionOf(request, last) };
    }
  }
  return records();
}
