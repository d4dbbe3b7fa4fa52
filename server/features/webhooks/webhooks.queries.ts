import { and, desc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { WebhookDeliveryQuery } from '../../../domain/contracts/webhooks.ts';
import { appSettings, webhookAttempts, webhookDeliveries, webhookEndpoints } from '../../db/schema/index.ts';
import { type Database, rowsOf } from '../../platform/db.ts';

/** SQL of the webhook endpoints, their delivery log and the operator setting (NOT-2, BEY-9). */

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export async function listEndpoints(db: Database, organisationId: string) {
  return db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.organisationId, organisationId))
    .orderBy(webhookEndpoints.createdAt, webhookEndpoints.id);
}

export async function findEndpoint(db: Database, organisationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organisationId, organisationId), eq(webhookEndpoints.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertEndpoint(db: Database, values: typeof webhookEndpoints.$inferInsert) {
  const [row] = await db.insert(webhookEndpoints).values(values).returning();
  if (!row) throw new Error('endpoint not created');
  return row;
}

export async function updateEndpoint(
  db: Database,
  endpoint: Pick<EndpointRow, 'organisationId' | 'id'>,
  changes: Partial<typeof webhookEndpoints.$inferInsert>,
) {
  const [row] = await db
    .update(webhookEndpoints)
    .set(changes)
    .where(and(eq(webhookEndpoints.organisationId, endpoint.organisationId), eq(webhookEndpoints.id, endpoint.id)))
    .returning();
  if (!row) throw new Error('endpoint vanished');
  return row;
}

/** Removes an endpoint with its delivery log; the endpoint is locked first, in the order the worker locks. */
export async function deleteEndpoint(db: Database, endpoint: Pick<EndpointRow, 'organisationId' | 'id'>) {
  const { organisationId, id } = endpoint;
  await db.execute(sql`select id from webhook_endpoints where organisation_id = ${organisationId} and id = ${id}
    for update`);
  await db.execute(sql`delete from webhook_attempts a using webhook_deliveries d
    where a.organisation_id = ${organisationId} and d.organisation_id = a.organisation_id and d.id = a.delivery_id
      and d.endpoint_id = ${id}`);
  await db
    .delete(webhookDeliveries)
    .where(and(eq(webhookDeliveries.organisationId, organisationId), eq(webhookDeliveries.endpointId, id)));
  await db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organisationId, organisationId), eq(webhookEndpoints.id, id)));
}

/** One page of an endpoint's deliveries, newest first (keyset on created_at, id). */
export async function listDeliveries(
  db: Database,
  endpoint: Pick<EndpointRow, 'organisationId' | 'id'>,
  query: WebhookDeliveryQuery,
) {
  const [cursorAt, cursorId] = query.cursor ? query.cursor.split('_') : [];
  const d = webhookDeliveries;
  return db
    .select()
    .from(d)
    .where(
      and(
        eq(d.organisationId, endpoint.organisationId),
        eq(d.endpointId, endpoint.id),
        query.status ? eq(d.status, query.status) : undefined,
        query.eventType ? eq(d.eventType, query.eventType) : undefined,
        query.since ? gte(d.createdAt, new Date(query.since)) : undefined,
        cursorAt && cursorId
          ? or(lt(d.createdAt, new Date(cursorAt)), and(eq(d.createdAt, new Date(cursorAt)), lt(d.id, cursorId)))
          : undefined,
      ),
    )
    .orderBy(desc(d.createdAt), desc(d.id))
    .limit(query.limit + 1);
}

export async function findDelivery(
  db: Database,
  endpoint: Pick<EndpointRow, 'organisationId' | 'id'>,
  deliveryId: string,
) {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.organisationId, endpoint.organisationId),
        eq(webhookDeliveries.endpointId, endpoint.id),
        eq(webhookDeliveries.id, deliveryId),
      ),
    );
  return row ?? null;
}

export async function attemptsOf(db: Database, delivery: Pick<DeliveryRow, 'organisationId' | 'id'>) {
  return db
    .select()
    .from(webhookAttempts)
    .where(
      and(eq(webhookAttempts.organisationId, delivery.organisationId), eq(webhookAttempts.deliveryId, delivery.id)),
    )
    .orderBy(webhookAttempts.attempt);
}

/** A replay starts a fresh round of retries at once; the delivery keeps its `webhook-id`. */
export async function requeueDeliveries(
  db: Database,
  organisationId: string,
  deliveryIds: readonly string[],
  now: Date,
) {
  if (deliveryIds.length === 0) return;
  await db
    .update(webhookDeliveries)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now, deliveredAt: null })
    .where(and(eq(webhookDeliveries.organisationId, organisationId), inArray(webhookDeliveries.id, [...deliveryIds])));
}

/** The failed deliveries of an endpoint created since `since`, oldest first, at most `limit`. */
export async function failedDeliveriesSince(
  db: Database,
  endpoint: Pick<EndpointRow, 'organisationId' | 'id'>,
  since: Date,
  limit: number,
) {
  const d = webhookDeliveries;
  const rows = await db
    .select({ id: d.id })
    .from(d)
    .where(
      and(
        eq(d.organisationId, endpoint.organisationId),
        eq(d.endpointId, endpoint.id),
        eq(d.status, 'failed'),
        gte(d.createdAt, since),
      ),
    )
    .orderBy(d.createdAt, d.id)
    .limit(limit);
  return rows.map((r) => r.id);
}

const PRIVATE_ADDRESSES_SETTING = 'webhooks.allow_private_addresses';

export async function allowsPrivateAddresses(db: Database): Promise<boolean> {
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, PRIVATE_ADDRESSES_SETTING));
  return row?.value === true;
}

export async function saveAllowPrivateAddresses(db: Database, allow: boolean) {
  await db
    .insert(appSettings)
    .values({ key: PRIVATE_ADDRESSES_SETTING, value: allow })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: allow } });
}

/** The e-mail addresses and languages of an organisation's active full administrators (or vendor operators). */
export async function fullAdministratorsOf(db: Database, organisationId: string) {
  const rows = await db.execute(sql`select distinct u.email, u.locale from users u
    join role_assignments ra on ra.organisation_id = u.organisation_id and ra.user_id = u.id
    where u.organisation_id = ${organisationId} and u.status = 'active'
      and ra.role in ('partner_full_admin', 'vendor_operator')`);
  return rowsOf<{ email: string; locale: string }>(rows);
}
