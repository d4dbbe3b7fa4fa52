import { and, eq, ne, sql } from 'drizzle-orm';
import {
  entitlements,
  supportAgreements,
  supportCaseAccess,
  supportGroupMembers,
  type supportGroups,
  supportPackages,
  workspaceMembers,
  type workspaces,
} from '../../db/schema/index.ts';
import { type Database, rowsOf } from '../../platform/db.ts';

/** SQL of the vendor's support setup of a customer (ACT-1). Every statement leads with the customer's id. */

const rows = async <T>(db: Database, statement: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(statement));

export interface SetupWorkspaceRow {
  id: string;
  name: string;
  memberIds: string[];
}

export function workspacesWithMembers(db: Database, customerId: string) {
  return rows<SetupWorkspaceRow>(
    db,
    sql`select w.id, w.name,
        coalesce((select array_agg(m.user_id::text order by m.user_id) from workspace_members m
          where m.customer_id = w.customer_id and m.workspace_id = w.id), '{}') as "memberIds"
      from workspaces w where w.customer_id = ${customerId}
      order by lower(w.name), w.id`,
  );
}

export interface SetupGroupRow {
  id: string;
  name: string;
  memberIds: string[];
  requestIds: string[];
}

export function groupsWithAccess(db: Database, customerId: string) {
  return rows<SetupGroupRow>(
    db,
    sql`select g.id, g.name,
        coalesce((select array_agg(m.user_id::text order by m.user_id) from support_group_members m
          where m.customer_id = g.customer_id and m.group_id = g.id), '{}') as "memberIds",
        coalesce((select array_agg(a.case_id::text order by a.case_id) from support_case_access a
          where a.customer_id = g.customer_id and a.group_id = g.id), '{}') as "requestIds"
      from support_groups g where g.customer_id = ${customerId}
      order by lower(g.name), g.id`,
  );
}

export function packagesOfCustomer(db: Database, customerId: string) {
  return db
    .select({
      id: supportPackages.id,
      agreementId: supportPackages.agreementId,
      kind: supportPackages.kind,
      name: supportPackages.name,
      startsOn: supportPackages.startsOn,
      endsOn: supportPackages.endsOn,
    })
    .from(supportPackages)
    .where(eq(supportPackages.customerId, customerId))
    .orderBy(supportPackages.kind, supportPackages.name, supportPackages.id);
}

export function entitlementsOfCustomer(db: Database, customerId: string) {
  return db
    .select({
      id: entitlements.id,
      packageId: entitlements.packageId,
      category: entitlements.category,
      kind: entitlements.kind,
      name: entitlements.name,
      description: entitlements.description,
      unit: entitlements.unit,
      quantityBought: entitlements.quantityBought,
    })
    .from(entitlements)
    .where(eq(entitlements.customerId, customerId))
    .orderBy(entitlements.kind, entitlements.name, entitlements.id);
}

export interface RequestChoiceRow {
  id: string;
  number: string;
  title: string;
}

/** The customer's most recent support requests, the choices a group is given access to. */
export function recentRequests(db: Database, customerId: string, limit: number) {
  return rows<RequestChoiceRow>(
    db,
    sql`select sc.id, sc.number, sc.title from support_cases sc where sc.customer_id = ${customerId}
      order by sc.opened_at desc, sc.id limit ${limit}`,
  );
}

/** Which of the ids are not active users of the customer. */
export async function unknownUsers(db: Database, customerId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  const found = await rows<{ id: string }>(
    db,
    sql`select u.id from users u where u.organisation_id = ${customerId} and u.status <> 'disabled'
      and u.id in (${sql.join(
        userIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
  );
  const known = new Set(found.map((r) => r.id));
  return userIds.filter((id) => !known.has(id));
}

/** Which of the ids are not support requests of the customer. */
export async function unknownRequests(db: Database, customerId: string, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  const found = await rows<{ id: string }>(
    db,
    sql`select sc.id from support_cases sc where sc.customer_id = ${customerId}
      and sc.id in (${sql.join(
        caseIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
  );
  const known = new Set(found.map((r) => r.id));
  return caseIds.filter((id) => !known.has(id));
}

// --- Named rows: workspaces and support groups -------------------------------------------------------------

/** A customer's rows known by a name, which differs from the others' in more than case. */
type NamedRows = typeof workspaces | typeof supportGroups;

export async function findNamedRow(db: Database, table: NamedRows, customerId: string, id: string) {
  const [row] = await db
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(and(eq(table.customerId, customerId), eq(table.id, id)));
  return row ?? null;
}

/** Whether another row of the customer has the name (apart from `exceptId`, the row being renamed). */
export async function rowNameTaken(
  db: Database,
  table: NamedRows,
  customerId: string,
  name: string,
  exceptId: string | null,
) {
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(
      and(
        eq(table.customerId, customerId),
        sql`lower(${table.name}) = lower(${name})`,
        exceptId ? ne(table.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertNamedRow(db: Database, table: NamedRows, customerId: string, name: string) {
  const [row] = await db.insert(table).values({ customerId, name }).returning({ id: table.id });
  return row?.id as string;
}

export async function renameNamedRow(db: Database, table: NamedRows, customerId: string, id: string, name: string) {
  await db
    .update(table)
    .set({ name })
    .where(and(eq(table.customerId, customerId), eq(table.id, id)));
}

// --- Workspaces --------------------------------------------------------------------------------------------

export async function membersOfWorkspace(db: Database, customerId: string, workspaceId: string) {
  const found = await db
    .select({ userId: workspaceMembers.userId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.customerId, customerId), eq(workspaceMembers.workspaceId, workspaceId)));
  return found.map((r) => r.userId).sort();
}

export async function replaceWorkspaceMembers(
  db: Database,
  customerId: string,
  workspaceId: string,
  userIds: readonly string[],
) {
  await db
    .delete(workspaceMembers)
    .where(and(eq(workspaceMembers.customerId, customerId), eq(workspaceMembers.workspaceId, workspaceId)));
  if (userIds.length === 0) return;
  await db.insert(workspaceMembers).values(userIds.map((userId) => ({ customerId, workspaceId, userId })));
}

// --- Agreements, packages, entitlements --------------------------------------------------------------------

export async function agreementNumberTaken(db: Database, customerId: string, number: string, exceptId: string | null) {
  const [row] = await rows<{ id: string }>(
    db,
    sql`select id from support_agreements where customer_id = ${customerId} and number = ${number}
      and (${exceptId}::uuid is null or id <> ${exceptId}::uuid) limit 1`,
  );
  return row !== undefined;
}

export interface AgreementValues {
  workspaceId: string;
  number: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export async function insertAgreement(db: Database, customerId: string, values: AgreementValues) {
  const [row] = await db
    .insert(supportAgreements)
    .values({ customerId, ...values })
    .returning({ id: supportAgreements.id });
  return row?.id as string;
}

export async function updateAgreement(db: Database, customerId: string, agreementId: string, values: AgreementValues) {
  await db
    .update(supportAgreements)
    .set(values)
    .where(and(eq(supportAgreements.customerId, customerId), eq(supportAgreements.id, agreementId)));
}

export interface PackageValues {
  kind: 'enterprise_wide' | 'add_on';
  name: string;
  startsOn: string;
  endsOn: string;
}

export async function findPackage(db: Database, customerId: string, packageId: string) {
  const [row] = await db
    .select({
      id: supportPackages.id,
      agreementId: supportPackages.agreementId,
      kind: supportPackages.kind,
      name: supportPackages.name,
      startsOn: supportPackages.startsOn,
      endsOn: supportPackages.endsOn,
    })
    .from(supportPackages)
    .where(and(eq(supportPackages.customerId, customerId), eq(supportPackages.id, packageId)));
  return row ?? null;
}

export async function insertPackage(db: Database, customerId: string, agreementId: string, values: PackageValues) {
  const [row] = await db
    .insert(supportPackages)
    .values({ customerId, agreementId, ...values })
    .returning({ id: supportPackages.id });
  return row?.id as string;
}

export async function updatePackage(db: Database, customerId: string, packageId: string, values: PackageValues) {
  await db
    .update(supportPackages)
    .set(values)
    .where(and(eq(supportPackages.customerId, customerId), eq(supportPackages.id, packageId)));
}

export interface EntitlementValues {
  category: (typeof entitlements.category.enumValues)[number];
  kind: 'consumable' | 'additional_benefit';
  name: string;
  description: string;
  unit: string;
  quantityBought: number | null;
}

export async function findSetupEntitlement(db: Database, customerId: string, entitlementId: string) {
  const [row] = await db
    .select({
      id: entitlements.id,
      packageId: entitlements.packageId,
      category: entitlements.category,
      kind: entitlements.kind,
      name: entitlements.name,
      description: entitlements.description,
      unit: entitlements.unit,
      quantityBought: entitlements.quantityBought,
    })
    .from(entitlements)
    .where(and(eq(entitlements.customerId, customerId), eq(entitlements.id, entitlementId)));
  return row ?? null;
}

/** What was consumed of an entitlement so far (its bought quantity may not fall below it). */
export async function consumedOf(db: Database, customerId: string, entitlementId: string) {
  const [row] = await rows<{ total: number }>(
    db,
    sql`select coalesce(sum(quantity), 0)::float8 as total from consumption_records
      where customer_id = ${customerId} and entitlement_id = ${entitlementId}`,
  );
  return Number(row?.total ?? 0);
}

export async function insertEntitlement(
  db: Database,
  customerId: string,
  packageId: string,
  values: EntitlementValues,
) {
  const [row] = await db
    .insert(entitlements)
    .values({ customerId, packageId, ...values })
    .returning({ id: entitlements.id });
  return row?.id as string;
}

export async function updateEntitlement(
  db: Database,
  customerId: string,
  entitlementId: string,
  values: EntitlementValues,
) {
  await db
    .update(entitlements)
    .set(values)
    .where(and(eq(entitlements.customerId, customerId), eq(entitlements.id, entitlementId)));
}

// --- Support groups ----------------------------------------------------------------------------------------

export async function groupMembersAndRequests(db: Database, customerId: string, groupId: string) {
  const members = await db
    .select({ userId: supportGroupMembers.userId })
    .from(supportGroupMembers)
    .where(and(eq(supportGroupMembers.customerId, customerId), eq(supportGroupMembers.groupId, groupId)));
  const access = await db
    .select({ caseId: supportCaseAccess.caseId })
    .from(supportCaseAccess)
    .where(and(eq(supportCaseAccess.customerId, customerId), eq(supportCaseAccess.groupId, groupId)));
  return { memberIds: members.map((m) => m.userId).sort(), requestIds: access.map((a) => a.caseId).sort() };
}

/** The group's members and the requests it is given access to become exactly these. */
export async function replaceGroupMembersAndRequests(
  db: Database,
  customerId: string,
  groupId: string,
  input: { memberIds: readonly string[]; requestIds: readonly string[] },
) {
  await db
    .delete(supportGroupMembers)
    .where(and(eq(supportGroupMembers.customerId, customerId), eq(supportGroupMembers.groupId, groupId)));
  if (input.memberIds.length > 0) {
    await db.insert(supportGroupMembers).values(input.memberIds.map((userId) => ({ customerId, groupId, userId })));
  }
  await db
    .delete(supportCaseAccess)
    .where(and(eq(supportCaseAccess.customerId, customerId), eq(supportCaseAccess.groupId, groupId)));
  if (input.requestIds.length > 0) {
    await db.insert(supportCaseAccess).values(input.requestIds.map((caseId) => ({ customerId, caseId, groupId })));
  }
}
