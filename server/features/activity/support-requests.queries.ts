import { type SQL, sql } from 'drizzle-orm';
import { type SupportRequestStatus, seesAllSupportRequests } from '../../../domain/activity.ts';
import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import { type Database, rowsOf } from '../../platform/db.ts';

/** SQL of support requests (`support_cases`): visibility (ACT-2), the list, one request, its history. */

const rows = async <T>(db: Database, statement: SQL) => rowsOf<T>(await db.execute(statement));

/**
 * ACT-2 in SQL, for the request aliased `sc`: the same four conditions as `maySeeSupportRequest`. Vendor
 * operators see every request (their queue); a customer's people only their own organisation's; partners none.
 */
export function visibleSupportRequests(actor: Actor): SQL {
  if (isVendorOperator(actor)) return sql`true`;
  if (actor.organisationKind !== 'customer') return sql`false`;
  const own = sql`sc.customer_id = ${actor.organisationId}`;
  if (seesAllSupportRequests(actor.roles)) return own;
  return sql`(${own} and (sc.primary_contact_user_id = ${actor.userId}
    or exists (select 1 from support_case_access sca
      where sca.customer_id = sc.customer_id and sca.case_id = sc.id
        and (sca.user_id = ${actor.userId}
          or exists (select 1 from support_group_members sgm
            where sgm.customer_id = sca.customer_id and sgm.group_id = sca.group_id and sgm.user_id = ${actor.userId})))))`;
}

export interface SupportRequestRow {
  id: string;
  customerId: string;
  customerName: string;
  number: string;
  title: string;
  severity: string;
  status: SupportRequestStatus;
  openedAt: Date | string;
  closedAt: Date | string | null;
  entitlementId: string | null;
  entitlement: string | null;
  entitlementKind: 'consumable' | 'additional_benefit' | null;
  unit: string | null;
  primaryContact: string | null;
  primaryContactUserId: string | null;
  createdByUserId: string | null;
}

const requestSelect = sql`select sc.id, sc.customer_id as "customerId", o.name as "customerName", sc.number,
    sc.title, sc.severity, sc.status, sc.opened_at as "openedAt", sc.closed_at as "closedAt",
    sc.entitlement_id as "entitlementId", e.name as entitlement, e.kind as "entitlementKind", e.unit,
    pc.name as "primaryContact", sc.primary_contact_user_id as "primaryContactUserId",
    sc.created_by_user_id as "createdByUserId"
  from support_cases sc
  join organisations o on o.id = sc.customer_id
  left join entitlements e on e.customer_id = sc.customer_id and e.id = sc.entitlement_id
  left join users pc on pc.organisation_id = sc.customer_id and pc.id = sc.primary_contact_user_id`;

/**
 * One page of the requests the actor sees, newest first (keyset on opened_at, id). Vendor operators get the
 * queue across customers: the unclosed requests unless a status is asked for.
 */
export function listSupportRequests(
  db: Database,
  actor: Actor,
  input: { status: SupportRequestStatus | null; after: { openedAt: string; id: string } | null; limit: number },
) {
  const customerScope = isVendorOperator(actor) ? sql`true` : sql`sc.customer_id = ${actor.organisationId}`;
  const status = input.status
    ? sql`sc.status = ${input.status}`
    : isVendorOperator(actor)
      ? sql`sc.status <> 'closed'`
      : sql`true`;
  const after = input.after
    ? sql`(sc.opened_at, sc.id) < (${input.after.openedAt}::timestamptz, ${input.after.id}::uuid)`
    : sql`true`;
  return rows<SupportRequestRow>(
    db,
    sql`${requestSelect}
      where ${customerScope} and ${status} and ${after} and ${visibleSupportRequests(actor)}
      order by sc.opened_at desc, sc.id desc
      limit ${input.limit}`,
  );
}

export async function findSupportRequest(db: Database, actor: Actor, customerId: string, id: string, lock = false) {
  const [row] = await rows<SupportRequestRow>(
    db,
    sql`${requestSelect}
      where sc.customer_id = ${customerId} and sc.id = ${id} and ${visibleSupportRequests(actor)}
      ${lock ? sql`for update of sc` : sql``}`,
  );
  return row ?? null;
}

export interface EventRow {
  id: string;
  kind: 'opened' | 'work_logged' | 'status_changed';
  at: Date | string;
  by: string | null;
  status: SupportRequestStatus | null;
  quantity: number | null;
  note: string | null;
}

export function historyOf(db: Database, customerId: string, caseId: string) {
  return rows<EventRow>(
    db,
    sql`select ev.id, ev.kind, ev.at, u.name as by, ev.status, ev.quantity, ev.note
      from support_case_events ev
      left join users u on u.id = ev.by_user_id
      where ev.customer_id = ${customerId} and ev.case_id = ${caseId}
      order by ev.at, case ev.kind when 'opened' then 0 when 'work_logged' then 1 else 2 end, ev.id`,
  );
}

export async function consumedOnRequest(db: Database, customerId: string, caseId: string) {
  const [row] = await rows<{ total: number }>(
    db,
    sql`select coalesce(sum(quantity), 0)::float8 as total from consumption_records
      where customer_id = ${customerId} and case_id = ${caseId}`,
  );
  return row?.total ?? 0;
}

export interface EntitlementForRequest {
  id: string;
  kind: 'consumable' | 'additional_benefit';
  name: string;
  agreementId: string;
  packageId: string;
  workspaceId: string;
  category: string;
  endsOn: string;
}

/** An entitlement of the customer's, with where it sits (a request opened against it is tied to those). */
export async function findEntitlement(db: Database, customerId: string, entitlementId: string) {
  const [row] = await rows<EntitlementForRequest>(
    db,
    sql`select e.id, e.kind, e.name, a.id as "agreementId", p.id as "packageId", a.workspace_id as "workspaceId",
        e.category, p.ends_on::text as "endsOn"
      from entitlements e
      join support_packages p on p.customer_id = e.customer_id and p.id = e.package_id
      join support_agreements a on a.customer_id = p.customer_id and a.id = p.agreement_id
      where e.customer_id = ${customerId} and e.id = ${entitlementId}`,
  );
  return row ?? null;
}

export async function nextRequestNumber(db: Database) {
  const [row] = await rows<{ n: string }>(db, sql`select nextval('support_case_number_seq')::text as n`);
  return `CASE-${row?.n}`;
}

export async function insertSupportRequest(
  db: Database,
  input: {
    customerId: string;
    number: string;
    title: string;
    severity: string;
    entitlement: EntitlementForRequest;
    userId: string;
    at: Date;
  },
) {
  const [row] = await rows<{ id: string }>(
    db,
    sql`insert into support_cases (customer_id, number, title, workspace_id, agreement_id, package_id, service_name,
        severity, status, primary_contact_user_id, created_by_user_id, opened_at, entitlement_id)
      values (${input.customerId}, ${input.number}, ${input.title}, ${input.entitlement.workspaceId},
        ${input.entitlement.agreementId}, ${input.entitlement.packageId}, ${input.entitlement.name},
        ${input.severity}, 'open', ${input.userId}, ${input.userId}, ${input.at}, ${input.entitlement.id})
      returning id`,
  );
  return row?.id as string;
}

export async function insertEvent(
  db: Database,
  input: {
    customerId: string;
    caseId: string;
    kind: EventRow['kind'];
    at: Date;
    byUserId: string;
    status?: SupportRequestStatus | null;
    quantity?: number | null;
    note?: string | null;
  },
) {
  await db.execute(sql`insert into support_case_events (customer_id, case_id, kind, at, by_user_id, status, quantity, note)
    values (${input.customerId}, ${input.caseId}, ${input.kind}, ${input.at}, ${input.byUserId},
      ${input.status ?? null}, ${input.quantity ?? null}, ${input.note ?? null})`);
}

export async function insertConsumption(
  db: Database,
  input: {
    customerId: string;
    entitlementId: string;
    caseId: string;
    consumedOn: string;
    quantity: number;
    description: string;
    deliveredBy: string;
  },
) {
  const [row] = await rows<{ id: string }>(
    db,
    sql`insert into consumption_records (customer_id, entitlement_id, case_id, consumed_on, quantity, description,
        delivered_by)
      values (${input.customerId}, ${input.entitlementId}, ${input.caseId}, ${input.consumedOn}, ${input.quantity},
        ${input.description}, ${input.deliveredBy})
      returning id`,
  );
  return row?.id as string;
}

export async function setRequestStatus(
  db: Database,
  input: { customerId: string; caseId: string; status: SupportRequestStatus; at: Date },
) {
  await db.execute(sql`update support_cases
    set status = ${input.status}, closed_at = ${input.status === 'closed' ? input.at : null}
    where customer_id = ${input.customerId} and id = ${input.caseId}`);
}

export interface SharedUserRow {
  id: string;
  name: string;
  email: string;
}

/** The people a request is shared with (ACT-2), by name. */
export function sharesOf(db: Database, customerId: string, caseId: string) {
  return rows<SharedUserRow>(
    db,
    sql`select u.id, u.name, u.email from support_case_access sca
      join users u on u.organisation_id = sca.customer_id and u.id = sca.user_id
      where sca.customer_id = ${customerId} and sca.case_id = ${caseId}
      order by lower(u.name), u.id`,
  );
}

/** Shares the request with a user; false when it already was. */
export async function insertShare(db: Database, input: { customerId: string; caseId: string; userId: string }) {
  const inserted = await rows<{ id: string }>(
    db,
    sql`insert into support_case_access (customer_id, case_id, user_id)
      values (${input.customerId}, ${input.caseId}, ${input.userId})
      on conflict (customer_id, case_id, user_id) where user_id is not null do nothing
      returning id`,
  );
  return inserted.length > 0;
}

/** Takes a share back; false when there was none. */
export async function deleteShare(db: Database, input: { customerId: string; caseId: string; userId: string }) {
  const deleted = await rows<{ id: string }>(
    db,
    sql`delete from support_case_access
      where customer_id = ${input.customerId} and case_id = ${input.caseId} and user_id = ${input.userId}
      returning id`,
  );
  return deleted.length > 0;
}
