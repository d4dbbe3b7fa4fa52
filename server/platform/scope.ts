import { type SQL, sql } from 'drizzle-orm';
import { type Actor, can, isVendorOperator } from '../../domain/roles.ts';

/**
 * The SQL condition "the actor may see customer organisation <customerId>" (ROL-2, ROL-5, ROL-6).
 * Every query that reads customer data is scoped by it, so a foreign customer reads as not found.
 * - vendor operators: every customer;
 * - partner full, read-only and sales full administrators: every customer linked to their partner;
 * - other partner administrators: the customers they created or are assigned to;
 * - customer users: their own organisation only.
 * The inner aliases are prefixed `scope_` so that a caller's own `pc` alias can never be shadowed.
 */
export function visibleCustomer(actor: Actor, customerId: SQL | SQL.Aliased | unknown): SQL {
  if (isVendorOperator(actor)) return sql`true`;
  if (actor.organisationKind === 'customer') return sql`${customerId} = ${actor.organisationId}`;
  if (actor.organisationKind !== 'partner') return sql`false`;
  if (can(actor, 'seeAllPartnerCustomers')) {
    return sql`exists (select 1 from partner_customers scope_pc
      where scope_pc.partner_id = ${actor.organisationId} and scope_pc.customer_id = ${customerId})`;
  }
  return sql`exists (select 1 from partner_customers scope_pc
      where scope_pc.partner_id = ${actor.organisationId} and scope_pc.customer_id = ${customerId}
        and (scope_pc.created_by_user_id = ${actor.userId}
          or exists (select 1 from customer_admin_assignments scope_caa
            where scope_caa.partner_id = scope_pc.partner_id and scope_caa.customer_id = scope_pc.customer_id
              and scope_caa.user_id = ${actor.userId})))`;
}
