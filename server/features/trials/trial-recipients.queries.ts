import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { roleAssignments, users } from '../../db/schema/index.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import type { TrialRow } from './trials.queries.ts';

/** Who the trial e-mails go to. */

/** E-mail addresses of the customer's users holding one of `roles`. */
export async function customerAdminEmails(db: Database, customerId: string, roles: readonly string[]) {
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(users)
    .innerJoin(
      roleAssignments,
      and(eq(roleAssignments.organisationId, users.organisationId), eq(roleAssignments.userId, users.id)),
    )
    .where(
      and(
        eq(users.organisationId, customerId),
        inArray(roleAssignments.role, [...roles]),
        ne(users.status, 'disabled'),
      ),
    );
  return rows.map((r) => r.email);
}

/** Partner admins told about a trial: its requester, the partner's full administrators, the customer's assigned admins. */
export async function partnerAdminEmails(
  db: Database,
  trial: Pick<TrialRow, 'partnerId' | 'customerId' | 'requestedByUserId'>,
) {
  const rows = await db.execute(sql`
    select distinct u.email from users u
    where u.organisation_id = ${trial.partnerId} and u.status <> 'disabled' and (
      u.id = ${trial.requestedByUserId}
      or exists (select 1 from role_assignments ra where ra.organisation_id = u.organisation_id and ra.user_id = u.id
                 and ra.role = 'partner_full_admin')
      or exists (select 1 from customer_admin_assignments caa where caa.partner_id = u.organisation_id
                 and caa.user_id = u.id and caa.customer_id = ${trial.customerId}))
    order by 1`);
  return rowsOf<{ email: string }>(rows).map((r) => r.email);
}

/** The distributor's administrators who complete conversions. */
export async function distributorAdminEmails(db: Database, distributorId: string) {
  const rows = await db.execute(sql`select distinct u.email from users u
    join role_assignments ra on ra.organisation_id = u.organisation_id and ra.user_id = u.id
    where u.organisation_id = ${distributorId} and u.status <> 'disabled'
      and ra.role in ('partner_full_admin', 'sales_full_admin', 'sales_admin') order by 1`);
  return rowsOf<{ email: string }>(rows).map((r) => r.email);
}
