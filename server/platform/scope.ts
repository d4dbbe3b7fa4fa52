import { type SQL, sql } from 'drizzle-orm';
import { type Actor, isVendorOperator, seesAllPartnerCustomers } from '../../domain/roles.ts';

/**
 * The SQL condition "the actor may see customer organisation <customerId>" (ROL-2, ROL-5, ROL-6).
 * Every query that reads customer data is scoped by it, so a foreign customer reads as not found.
 * - vendor operators: every customer;
 * - partner full, read-only and sales full administrators: every customer linked to their partner;
 * - other partner administrators: the customers they created or are assigned to;
 * - customer users: their own organisation only.
 */
export function visibleCustomer(actor: Actor, customerId: SQL | SQL.Aliased | unknown): SQL {
  if (isVendorOperator(actor)) return sql`true`;
  if (actor.organisationKind === 'customer') return sql`${customerId} = ${actor.organisationId}`;
  if (actor.organisationKind !== 'partner') return sql`false`;
  if (seesAllPartnerCustomers(actor)) {
    return sql`exists (select 1 from partner_customers pc
      where pc.partner_id = ${actor.organisationId} and pc.customer_id = ${customerId})`;
  }
  return sql`exists (select 1 from partner_customers pc
      where pc.partner_id = ${actor.organisationId} and pc.customer_id = ${customerId}
        and (pc.created_by_user_id = ${actor.userId}
          or exists (select 1 from customer_admin_assignments caa
            where caa.partner_id = pc.partner_id and caa.customer_id = pc.customer_id
              and caa.user_id = ${actor.userId})))`;
}
