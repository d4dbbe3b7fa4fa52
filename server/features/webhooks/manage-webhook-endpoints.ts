import { randomBytes } from 'node:crypto';
import type { Clock } from '../../../domain/clock.ts';
import {
  type CreateWebhookEndpointRequest,
  createWebhookEndpointRequest,
  type UpdateWebhookEndpointRequest,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
} from '../../../domain/contracts/webhooks.ts';
import type { Actor } from '../../../domain/roles.ts';
import { SECRET_OVERLAP_MS } from '../../../domain/webhooks.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { endpointView } from './webhook-endpoint-view.ts';
import { refusedLiteral } from './webhook-http.ts';
import { ensureMayManageWebhooks } from './webhooks.policy.ts';
import {
  allowsPrivateAddresses,
  deleteEndpoint,
  findEndpoint,
  insertEndpoint,
  listEndpoints,
  updateEndpoint,
} from './webhooks.queries.ts';

type Deps = { db: Database; clock: Clock };

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

const audited = (row: { url: string; description: string; eventTypes: string[]; enabled: boolean }) => ({
  url: row.url,
  description: row.description,
  eventTypes: row.eventTypes,
  enabled: row.enabled,
});

async function ensureReachableUrl(db: Database, url: string) {
  if (refusedLiteral(url, await allowsPrivateAddresses(db))) {
    throw badRequest('url', 'Webhooks may not go to loopback, link-local or private addresses.');
  }
}

/** The endpoint of the actor's organisation, locked for the change; another organisation's reads as 404. */
async function requireEndpoint(db: Database, actor: Actor, id: string) {
  const row = await findEndpoint(db, actor.organisationId, id, true);
  if (!row) throw notFound('The webhook endpoint');
  return row;
}

/** NOT-2: the organisation's endpoints. */
export async function listWebhookEndpoints(deps: Deps, actor: Actor): Promise<{ items: WebhookEndpoint[] }> {
  ensureMayManageWebhooks(actor);
  const now = deps.clock.now();
  return { items: (await listEndpoints(deps.db, actor.organisationId)).map((row) => endpointView(row, now)) };
}

export async function getWebhookEndpoint(deps: Deps, actor: Actor, id: string): Promise<WebhookEndpoint> {
  ensureMayManageWebhooks(actor);
  const row = await findEndpoint(deps.db, actor.organisationId, id);
  if (!row) throw notFound('The webhook endpoint');
  return endpointView(row, deps.clock.now());
}

/** Registers an endpoint; its signing secret is in this answer only. */
export async function createWebhookEndpoint(
  deps: Deps,
  actor: Actor,
  input: CreateWebhookEndpointRequest,
): Promise<WebhookEndpointWithSecret> {
  ensureMayManageWebhooks(actor);
  const parsed = createWebhookEndpointRequest.parse(input);
  const now = deps.clock.now();
  const secret = newSecret();
  return deps.db.transaction(async (tx) => {
    await ensureReachableUrl(tx, parsed.url);
    const row = await insertEndpoint(tx, {
      organisationId: actor.organisationId,
      url: parsed.url,
      description: parsed.description,
      eventTypes: parsed.eventTypes,
      enabled: parsed.enabled,
      secret,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'webhook_endpoint.created',
      targetType: 'webhook_endpoint',
      targetId: row.id,
      after: audited(row),
    });
    return { endpoint: endpointView(row, now), secret };
  });
}

/** Changes an endpoint; enabling it again ends a "failing" disablement and its failing streak. */
export async function updateWebhookEndpoint(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateWebhookEndpointRequest,
): Promise<WebhookEndpoint> {
  ensureMayManageWebhooks(actor);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = await requireEndpoint(tx, actor, id);
    if (input.url !== undefined) await ensureReachableUrl(tx, input.url);
    const enabling = input.enabled === true && !before.enabled;
    const row = await updateEndpoint(tx, before, {
      ...input,
      ...(enabling ? { disabledReason: null, failingSince: null } : {}),
      ...(input.enabled === false ? { disabledReason: null } : {}),
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'webhook_endpoint.updated',
      targetType: 'webhook_endpoint',
      targetId: id,
      before: audited(before),
      after: audited(row),
    });
    return endpointView(row, now);
  });
}

/** A new secret, answered once; the previous one keeps signing for the overlap so receivers switch without a gap. */
export async function rotateWebhookSecret(deps: Deps, actor: Actor, id: string): Promise<WebhookEndpointWithSecret> {
  ensureMayManageWebhooks(actor);
  const now = deps.clock.now();
  const secret = newSecret();
  return deps.db.transaction(async (tx) => {
    const before = await requireEndpoint(tx, actor, id);
    const previousSecretExpiresAt = new Date(now.getTime() + SECRET_OVERLAP_MS);
    const row = await updateEndpoint(tx, before, {
      secret,
      previousSecret: before.secret,
      previousSecretExpiresAt,
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'webhook_endpoint.secret_rotated',
      targetType: 'webhook_endpoint',
      targetId: id,
      after: { previousSecretExpiresAt: previousSecretExpiresAt.toISOString() },
    });
    return { endpoint: endpointView(row, now), secret };
  });
}

/** Removes an endpoint and its delivery log; nothing more is sent to it. */
export async function deleteWebhookEndpoint(deps: Deps, actor: Actor, id: string): Promise<WebhookEndpoint> {
  ensureMayManageWebhooks(actor);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = await requireEndpoint(tx, actor, id);
    await deleteEndpoint(tx, before);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'webhook_endpoint.deleted',
      targetType: 'webhook_endpoint',
      targetId: id,
      before: audited(before),
    });
    return endpointView(before, now);
  });
}
