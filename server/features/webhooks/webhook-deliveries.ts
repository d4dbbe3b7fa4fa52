import type { Clock } from '../../../domain/clock.ts';
import type {
  ReplayFailedRequest,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryList,
  WebhookDeliveryQuery,
  WebhookSettings,
} from '../../../domain/contracts/webhooks.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { recordTestEvent } from './webhook-events.queries.ts';
import { ensureMayChangeWebhookSettings, ensureMayManageWebhooks } from './webhooks.policy.ts';
import {
  allowsPrivateAddresses,
  attemptsOf,
  type DeliveryRow,
  failedDeliveriesSince,
  findDelivery,
  findEndpoint,
  listDeliveries,
  requeueDeliveries,
  saveAllowPrivateAddresses,
} from './webhooks.queries.ts';

type Deps = { db: Database; clock: Clock };

/** At most this many failed deliveries are replayed by one request (the answer says whether more remain). */
const REPLAY_BATCH = 1000;

const iso = (d: Date | null) => d?.toISOString() ?? null;

function deliveryView(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.webhookId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    lastAttemptAt: iso(row.lastAttemptAt),
    lastResponseStatus: row.lastResponseStatus,
    nextAttemptAt: row.status === 'pending' ? iso(row.nextAttemptAt) : null,
    deliveredAt: iso(row.deliveredAt),
  };
}

async function requireEndpoint(db: Database, actor: Actor, id: string) {
  const endpoint = await findEndpoint(db, actor.organisationId, id);
  if (!endpoint) throw notFound('The webhook endpoint');
  return endpoint;
}

/** BEY-9: an endpoint's delivery log, newest first, filtered by status, event type and time. */
export async function listWebhookDeliveries(
  deps: Deps,
  actor: Actor,
  endpointId: string,
  query: WebhookDeliveryQuery,
): Promise<WebhookDeliveryList> {
  ensureMayManageWebhooks(actor);
  const endpoint = await requireEndpoint(deps.db, actor, endpointId);
  const rows = await listDeliveries(deps.db, endpoint, query);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(deliveryView),
    nextCursor: rows.length > query.limit && last ? `${last.createdAt.toISOString()}_${last.id}` : null,
  };
}

/** One delivery with the exact body sent and every attempt. */
export async function getWebhookDelivery(
  deps: Deps,
  actor: Actor,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDeliveryDetail> {
  ensureMayManageWebhooks(actor);
  const endpoint = await requireEndpoint(deps.db, actor, endpointId);
  const delivery = await findDelivery(deps.db, endpoint, deliveryId);
  if (!delivery) throw notFound('The delivery');
  const attempts = await attemptsOf(deps.db, delivery);
  return {
    ...deliveryView(delivery),
    payload: delivery.payload,
    attemptLog: attempts.map((a) => ({
      attempt: a.attempt,
      attemptedAt: a.attemptedAt.toISOString(),
      durationMs: a.durationMs,
      responseStatus: a.responseStatus,
      responseExcerpt: a.responseExcerpt,
      error: a.error,
    })),
  };
}

/** Sends one delivery again, now, with its `webhook-id` unchanged (a receiver that saw it may deduplicate). */
export async function replayWebhookDelivery(
  deps: Deps,
  actor: Actor,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDelivery> {
  ensureMayManageWebhooks(actor);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const endpoint = await requireEndpoint(tx, actor, endpointId);
    const delivery = await findDelivery(tx, endpoint, deliveryId);
    if (!delivery) throw notFound('The delivery');
    await requeueDeliveries(tx, actor.organisationId, [delivery.id], now);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'webhook_delivery.replayed',
      targetType: 'webhook_delivery',
      targetId: delivery.id,
      before: { status: delivery.status },
      after: { status: 'pending' },
    });
    return deliveryView((await findDelivery(tx, endpoint, deliveryId)) as DeliveryRow);
  });
}

/** Replays every failed delivery of the endpoint created since a time (up to 1,000 per request). */
export async function replayFailedWebhookDeliveries(
  deps: Deps,
  actor: Actor,
  endpointId: string,
  input: ReplayFailedRequest,
): Promise<{ replayed: number; more: boolean }> {
  ensureMayManageWebhooks(actor);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const endpoint = await requireEndpoint(tx, actor, endpointId);
    const ids = await failedDeliveriesSince(tx, endpoint, new Date(input.since), REPLAY_BATCH + 1);
    const replayed = ids.slice(0, REPLAY_BATCH);
    await requeueDeliveries(tx, actor.organisationId, replayed, now);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'webhook_delivery.replayed_failed',
      targetType: 'webhook_endpoint',
      targetId: endpoint.id,
      after: { since: input.since, replayed: replayed.length },
    });
    return { replayed: replayed.length, more: ids.length > REPLAY_BATCH };
  });
}

/** "Send test event": a `webhook.test` delivery to this endpoint only, enabled or not subscribed. */
export async function sendWebhookTestEvent(deps: Deps, actor: Actor, endpointId: string): Promise<WebhookDelivery> {
  ensureMayManageWebhooks(actor);
  return deps.db.transaction(async (tx) => {
    const endpoint = await requireEndpoint(tx, actor, endpointId);
    const deliveryId = await recordTestEvent(tx, deps.clock, endpoint);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'webhook_endpoint.test_sent',
      targetType: 'webhook_endpoint',
      targetId: endpoint.id,
      after: { deliveryId },
    });
    return deliveryView((await findDelivery(tx, endpoint, deliveryId)) as DeliveryRow);
  });
}

/** The installation's webhook setting (vendor operators): whether private addresses may be reached. */
export async function getWebhookSettings(deps: Deps, actor: Actor): Promise<WebhookSettings> {
  ensureMayChangeWebhookSettings(actor);
  return { allowPrivateAddresses: await allowsPrivateAddresses(deps.db) };
}

export async function updateWebhookSettings(
  deps: Deps,
  actor: Actor,
  input: WebhookSettings,
): Promise<WebhookSettings> {
  ensureMayChangeWebhookSettings(actor);
  return deps.db.transaction(async (tx) => {
    const before = await allowsPrivateAddresses(tx);
    await saveAllowPrivateAddresses(tx, input.allowPrivateAddresses);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'webhook_settings.updated',
      targetType: 'webhook_settings',
      targetId: 'installation',
      before: { allowPrivateAddresses: before },
      after: input,
    });
    return input;
  });
}
