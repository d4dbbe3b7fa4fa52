import { sql } from 'drizzle-orm';
import type { EntitlementCategory, EntitlementKind } from '../../../domain/activity.ts';
import { type Database, rowsOf } from '../../platform/db.ts';

/** SQL of Customer activity (SPEC §11). Every statement leads with the customer's id (tenancy). */

const rows = async <T>(db: Database, statement: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(statement));

export interface WorkspaceRow {
  id: string;
  name: string;
}

/** ACT-3: the customer's workspaces, or only those `memberUserId` belongs to. */
export function workspacesOf(db: Database, customerId: string, memberUserId: string | null) {
  return rows<WorkspaceRow>(
    db,
    sql`select w.id, w.name from workspaces w
      where w.customer_id = ${customerId}
        and (${memberUserId}::uuid is null or exists (select 1 from workspace_members m
          where m.customer_id = w.customer_id and m.workspace_id = w.id and m.user_id = ${memberUserId}::uuid))
      order by lower(w.name), w.id`,
  );
}

export interface AgreementRow {
  id: string;
  workspaceId: string;
  number: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

const agreementColumns = sql`a.id, a.workspace_id as "workspaceId", a.number, a.name,
  a.starts_on::text as "startsOn", a.ends_on::text as "endsOn"`;

export function agreementsOfWorkspace(db: Database, customerId: string, workspaceId: string) {
  return rows<AgreementRow>(
    db,
    sql`select ${agreementColumns} from support_agreements a
      where a.customer_id = ${customerId} and a.workspace_id = ${workspaceId}
      order by a.ends_on desc, a.number`,
  );
}

export function agreementsOfCustomer(db: Database, customerId: string) {
  return rows<AgreementRow>(
    db,
    sql`select ${agreementColumns} from support_agreements a where a.customer_id = ${customerId}
      order by a.ends_on desc, a.number`,
  );
}

export async function findAgreement(db: Database, customerId: string, agreementId: string) {
  const [row] = await rows<AgreementRow>(
    db,
    sql`select ${agreementColumns} from support_agreements a
      where a.customer_id = ${customerId} and a.id = ${agreementId}`,
  );
  return row ?? null;
}

export interface EntitlementRow {
  id: string;
  packageId: string;
  packageName: string;
  packageKind: 'enterprise_wide' | 'add_on';
  packageStartsOn: string;
  packageEndsOn: string;
  agreementId: string;
  agreementNumber: string;
  category: EntitlementCategory;
  kind: EntitlementKind;
  name: string;
  description: string;
  unit: string;
  bought: number | null;
  consumed: number;
}

/**
 * The entitlements of the given agreements with what was consumed of each (ACT-1), optionally of one package
 * kind. Consumption is summed per entitlement in the database.
 */
export function entitlementsOfAgreements(
  db: Database,
  customerId: string,
  agreementIds: readonly string[],
  packageKind: 'enterprise_wide' | 'add_on' | null,
) {
  if (agreementIds.length === 0) return Promise.resolve([] as EntitlementRow[]);
  return rows<EntitlementRow>(
    db,
    sql`select e.id, p.id as "packageId", p.name as "packageName", p.kind as "packageKind",
        p.starts_on::text as "packageStartsOn", p.ends_on::text as "packageEndsOn",
        a.id as "agreementId", a.number as "agreementNumber",
        e.category, e.kind, e.name, e.description, e.unit, e.quantity_bought as bought,
        coalesce((select sum(c.quantity) from consumption_records c
          where c.customer_id = e.customer_id and c.entitlement_id = e.id), 0)::float8 as consumed
      from support_agreements a
      join support_packages p on p.customer_id = a.customer_id and p.agreement_id = a.id
      join entitlements e on e.customer_id = p.customer_id and e.package_id = p.id
      where a.customer_id = ${customerId}
        and a.id in (${sql.join(
          agreementIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        and (${packageKind}::package_kind is null or p.kind = ${packageKind}::package_kind)
      order by a.number, p.kind, p.name, p.id, e.kind, e.name, e.id`,
  );
}

export interface ConsumptionRow {
  id: string;
  consumedOn: string;
  quantity: number;
  description: string;
  deliveredBy: string | null;
  entitlement: string;
  package: string;
  agreementNumber: string;
  requestNumber: string | null;
  learner: string | null;
  learnerEmail: string | null;
}

const consumptionSelect = sql`select c.id, c.consumed_on::text as "consumedOn", c.quantity, c.description,
    c.delivered_by as "deliveredBy", e.name as entitlement, p.name as package, a.number as "agreementNumber",
    sc.number as "requestNumber", u.name as learner, u.email as "learnerEmail"
  from consumption_records c
  join entitlements e on e.customer_id = c.customer_id and e.id = c.entitlement_id
  join support_packages p on p.customer_id = e.customer_id and p.id = e.package_id
  join support_agreements a on a.customer_id = p.customer_id and a.id = p.agreement_id
  left join support_cases sc on sc.customer_id = c.customer_id and sc.id = c.case_id
  left join users u on u.organisation_id = c.customer_id and u.id = c.learner_user_id`;

/** ACT-5: the consumption records of some entitlements, newest first, at most `limit` (null: all). */
export function consumptionOf(
  db: Database,
  customerId: string,
  entitlementIds: readonly string[],
  limit: number | null,
) {
  if (entitlementIds.length === 0) return Promise.resolve([] as ConsumptionRow[]);
  return rows<ConsumptionRow>(
    db,
    sql`${consumptionSelect}
      where c.customer_id = ${customerId}
        and c.entitlement_id in (${sql.join(
          entitlementIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
      order by c.consumed_on desc, c.id
      ${limit === null ? sql`` : sql`limit ${limit}`}`,
  );
}

/** ACT-7: every on-demand education record of the customer (of one workspace's agreements if given). */
export function educationRecords(db: Database, customerId: string, workspaceId: string | null) {
  return rows<ConsumptionRow>(
    db,
    sql`${consumptionSelect}
      where c.customer_id = ${customerId} and e.category = 'on_demand_education'
        and (${workspaceId}::uuid is null or a.workspace_id = ${workspaceId}::uuid)
      order by c.consumed_on desc, c.id`,
  );
}

export interface CaseFactsRow {
  id: string;
  number: string;
  title: string;
  status: 'open' | 'in_progress' | 'closed';
  openedAt: Date | string;
  serviceName: string | null;
  classification: string | null;
  agreementNumber: string | null;
  agreementWorkspaceId: string | null;
  agreementEndsOn: string | null;
  packageExists: boolean;
}

/**
 * ACT-6 in SQL: the workspace's cases that may be additional cases (the same conditions as
 * `additionalCaseReasonsOf`, which then names the reasons), among those `visible` lets the actor see.
 */
export function additionalCaseCandidates(
  db: Database,
  input: { customerId: string; workspaceId: string; today: string; visible: ReturnType<typeof sql>; limit: number },
) {
  return rows<CaseFactsRow>(
    db,
    sql`select sc.id, sc.number, sc.title, sc.status, sc.opened_at as "openedAt", sc.service_name as "serviceName",
        sc.classification, a.number as "agreementNumber", a.workspace_id as "agreementWorkspaceId",
        a.ends_on::text as "agreementEndsOn", (p.id is not null) as "packageExists"
      from support_cases sc
      left join support_agreements a on a.customer_id = sc.customer_id and a.id = sc.agreement_id
      left join support_packages p on p.customer_id = sc.customer_id and p.id = sc.package_id
      where sc.customer_id = ${input.customerId} and sc.workspace_id = ${input.workspaceId}
        and (a.id is null or a.ends_on < ${input.today}::date or a.workspace_id <> ${input.workspaceId}
          or p.id is null or coalesce(trim(sc.service_name), '') = ''
          or upper(trim(coalesce(sc.classification, ''))) in ('SU', 'DSA', 'X85', 'REC'))
        and ${input.visible}
      order by sc.opened_at desc, sc.id
      limit ${input.limit}`,
  );
}

export interface CustomerUserRow {
  id: string;
  name: string;
  email: string;
  roles: string[];
}

/** The customer's active users with their roles, by name (at most `limit`). */
export function customerUsers(db: Database, customerId: string, limit: number) {
  return rows<CustomerUserRow>(
    db,
    sql`select u.id, u.name, u.email,
        coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
      from users u
      left join role_assignments r on r.organisation_id = u.organisation_id and r.user_id = u.id
      where u.organisation_id = ${customerId} and u.status <> 'disabled'
      group by u.id, u.name, u.email
      order by lower(u.name), u.id
      limit ${limit}`,
  );
}

export async function findCustomerUser(db: Database, customerId: string, userId: string) {
  const [row] = await rows<CustomerUserRow>(
    db,
    sql`select u.id, u.name, u.email,
        coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
      from users u
      left join role_assignments r on r.organisation_id = u.organisation_id and r.user_id = u.id
      where u.organisation_id = ${customerId} and u.id = ${userId} and u.status <> 'disabled'
      group by u.id, u.name, u.email`,
  );
  return row ?? null;
}

export async function grantRole(
  db: Database,
  input: { customerId: string; userId: string; role: string; byUserId: string; at: Date },
) {
  await db.execute(sql`insert into role_assignments (organisation_id, user_id, role, granted_by_user_id, created_at)
    values (${input.customerId}, ${input.userId}, ${input.role}, ${input.byUserId}, ${input.at})
    on conflict do nothing`);
}

export async function revokeRole(db: Database, input: { customerId: string; userId: string; role: string }) {
  await db.execute(sql`delete from role_assignments
    where organisation_id = ${input.customerId} and user_id = ${input.userId} and role = ${input.role}`);
}

export async function organisationName(db: Database, organisationId: string) {
  const [row] = await rows<{ name: string }>(db, sql`select name from organisations where id = ${organisationId}`);
  return row?.name ?? '';
}
