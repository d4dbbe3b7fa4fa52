import type { Clock } from '../../../domain/clock.ts';
import type { CustomerRow } from '../../../domain/contracts/customers.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import type { CsvRecord } from '../../platform/csv-response.ts';
import type { Database } from '../../platform/db.ts';
import { csvRecords, type ExportColumn, type TableExport } from '../../platform/table-export.ts';
import { mayListCustomers } from './customers.policy.ts';
import { selectCustomerPage } from './customers.queries.ts';
import { listRequest, type ParsedListQuery, positionOf, toCustomerRow } from './list-customers.ts';

/** Rows fetched per statement while streaming: memory stays flat however many customers match. */
const BATCH = 1000;

const columns: ExportColumn<CustomerRow>[] = [
  { header: 'Name', type: 'text', value: (r) => r.name },
  { header: 'Admin e-mail', type: 'text', value: (r) => r.adminEmail },
  { header: 'Statuses', type: 'text', value: (r) => r.statuses.join(' ') },
  { header: 'Provisioning status', type: 'text', value: (r) => r.provisioningStatus },
  { header: 'Subscription statuses', type: 'text', value: (r) => r.subscriptionStatuses.join(' ') },
  { header: 'Products', type: 'text', value: (r) => r.products.join(' ') },
  { header: 'Managed by', type: 'text', value: (r) => r.managedBy },
  { header: 'Owner partner', type: 'text', value: (r) => r.ownerPartner?.name ?? null },
  { header: 'Tags', type: 'text', value: (r) => r.tags.map((t) => t.name).join(', ') },
  { header: 'Licences', type: 'number', value: (r) => r.licences.total },
  { header: 'Licences assigned', type: 'number', value: (r) => r.licences.assigned },
  { header: 'Licences used', type: 'number', value: (r) => r.licences.used },
  { header: 'Next expiry', type: 'timestamp', value: (r) => r.nextExpiry },
  {
    header: 'Trial services expiring',
    type: 'text',
    value: (r) => r.trialServicesExpiring.map((t) => `${t.serviceIds.join('+')} (${t.daysLeft} days)`).join('; '),
  },
  { header: 'Customer id', type: 'text', value: (r) => r.id },
];

/**
 * the customer list with the list's filters and sort as an export table (CSV or XLSX): pages are read by
 * keyset as the client consumes them.
 */
export function customerExport(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  query: ParsedListQuery,
  batch = BATCH,
): TableExport<CustomerRow> {
  ensure(mayListCustomers(actor), 'Only partner administrators and vendor operators list customers.');
  const now = deps.clock.now();
  const first = listRequest(actor, now, { ...query, cursor: undefined }, { withTotal: false, limit: batch });
  async function* rows(): AsyncGenerator<CustomerRow> {
    let request = first;
    for (;;) {
      const page = (await selectCustomerPage(deps.db, request)).filter((r) => r.id !== null);
      for (const row of page.slice(0, batch)) yield toCustomerRow(row, now);
      const last = page[batch - 1];
      if (page.length <= batch || !last) return;
      request = { ...request, after: positionOf(request, last) };
    }
  }
  return { fileName: 'customers', sheetName: 'Customers', columns, rows: rows() };
}

/** The customer list's CSV records, header first. */
export function exportCustomers(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  query: ParsedListQuery,
  batch = BATCH,
): AsyncIterable<CsvRecord> {
  return csvRecords(customerExport(deps, actor, query, batch));
}
