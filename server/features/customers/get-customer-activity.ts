import type { CustomerActivityResponse } from '../../../domain/contracts/customer-detail.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { auditEntriesOfCustomer } from './customer-detail.queries.ts';
import { requireCustomerForDetail } from './get-customer.ts';

/** The Activity tab: the customer's audit entries (NOT-4), newest first, paged by id. */
export async function getCustomerActivity(
  deps: { db: Database },
  actor: Actor,
  customerId: string,
  page: { before?: number | undefined; limit: number },
): Promise<CustomerActivityResponse> {
  await requireCustomerForDetail(deps.db, actor, customerId);
  // One more than asked tells whether another page exists.
  const rows = await auditEntriesOfCustomer(deps.db, actor, customerId, { ...page, limit: page.limit + 1 });
  const items = rows.slice(0, page.limit).map((row) => ({
    id: row.id,
    at: new Date(row.at).toISOString(),
    action: row.action,
    actor:
      row.actor_name !== null && row.actor_email !== null
        ? { name: row.actor_name, email: row.actor_email, organisation: row.actor_organisation }
        : null,
    targetType: row.target_type,
    targetId: row.target_id,
    before: row.before,
    after: row.after,
  }));
  return { items, nextBefore: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
}
