import { Webhook } from 'standardwebhooks';
import type { Clock } from '../../../domain/clock.ts';
import type { Locale } from '../../../domain/contracts/common.ts';
import { shouldDisableEndpoint, WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from '../../../domain/webhooks.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { enqueueEmails } from '../../platform/mail/outbox.ts';
import { type ClaimedDelivery, claimDueDeliveries, disableFailingEndpoint, recordAttempt } from './delivery.queries.ts';
import { endpointDisabledEmail } from './webhook-emails.ts';
import { postWebhook } from './webhook-http.ts';
import { allowsPrivateAddresses, fullAdministratorsOf } from './webhooks.queries.ts';

/**
 * Delivers due webhooks (NOT-2), like the e-mail outbox: a delivery is claimed as a lease in a short transaction,
 * posted after that commit `DELIVERY_CONCURRENCY` at a time, and its outcome stored in its own transaction. A kill
 * between the claim and the outcome repeats at most the deliveries in flight, later, with the same `webhook-id`;
 * none is lost, since a delivery leaves `pending` only with a 2xx or when its attempts ran out.
 */

export const DELIVERY_CONCURRENCY = 4;
const CLAIM_BATCH = 20;

export interface WebhookWorkerDeps {
  db: Database;
  /** Business time: backoff, failing streaks, the log. */
  clock: Clock;
  /**
   * Real time for the `webhook-timestamp` header: receivers compare it with their own clock to refuse replays, so
   * it must not follow a moved demo clock. Injectable for tests.
   */
  wallNow?: () => number;
}

export interface DeliveryReport {
  delivered: number;
  retrying: number;
  failed: number;
}

/** Delivers every delivery due now, batch after batch, until none is due. */
export async function deliverDueWebhooks(deps: WebhookWorkerDeps): Promise<DeliveryReport> {
  const report: DeliveryReport = { delivered: 0, retrying: 0, failed: 0 };
  const allowPrivate = await allowsPrivateAddresses(deps.db);
  for (;;) {
    const now = deps.clock.now();
    const claimed = await claimDueDeliveries(
      deps.db,
      now,
      CLAIM_BATCH,
      (attempt) => new Date(now.getTime() + webhookRetryDelayMs(attempt)),
    );
    const queue = [...claimed];
    const lane = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) report[await deliverOne(deps, row, allowPrivate)] += 1;
    };
    await Promise.all(Array.from({ length: DELIVERY_CONCURRENCY }, lane));
    if (claimed.length < CLAIM_BATCH) return report;
  }
}

/** The `webhook-signature` header: one `v1,<base64>` per secret that signs now (two during a rotation's overlap). */
export function signatureHeader(delivery: ClaimedDelivery, sentAt: Date, now: Date): string {
  const secrets = [delivery.secret];
  if (delivery.previousSecret && delivery.previousSecretExpiresAt && delivery.previousSecretExpiresAt > now) {
    secrets.push(delivery.previousSecret);
  }
  return secrets.map((secret) => new Webhook(secret).sign(delivery.webhookId, sentAt, delivery.payload)).join(' ');
}

async function deliverOne(
  deps: WebhookWorkerDeps,
  delivery: ClaimedDelivery,
  allowPrivate: boolean,
): Promise<keyof DeliveryReport> {
  const wallNow = deps.wallNow ?? Date.now;
  const sentAt = new Date(wallNow());
  const attemptedAt = deps.clock.now();
  const response = await postWebhook(
    delivery.url,
    {
      'webhook-id': delivery.webhookId,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': signatureHeader(delivery, sentAt, attemptedAt),
      'user-agent': 'Channel-Hub-Webhooks/1',
    },
    delivery.payload,
    allowPrivate,
    wallNow,
  );
  const delivered = response.status !== null && response.status >= 200 && response.status < 300;
  const gaveUp = !delivered && delivery.attempts >= WEBHOOK_MAX_ATTEMPTS;
  await deps.db.transaction(async (tx) => {
    const endpoint = await recordAttempt(tx, delivery, {
      attemptedAt,
      durationMs: response.durationMs,
      responseStatus: response.status,
      responseExcerpt: response.excerpt,
      error: response.error ?? (delivered ? null : `HTTP ${response.status}`),
      delivered,
      gaveUp,
    });
    if (!delivered && endpoint.enabled && shouldDisableEndpoint(endpoint.failingSince, attemptedAt)) {
      await disableEndpoint(tx, deps.clock, delivery);
    }
  });
  return delivered ? 'delivered' : gaveUp ? 'failed' : 'retrying';
}

/** Five days of failures: the endpoint is disabled and its organisation's full administrators are told. */
async function disableEndpoint(tx: Database, clock: Clock, delivery: ClaimedDelivery) {
  const url = await disableFailingEndpoint(tx, delivery.organisationId, delivery.endpointId, clock.now());
  if (!url) return;
  await recordAudit(tx, clock, null, {
    organisationId: delivery.organisationId,
    action: 'webhook_endpoint.disabled',
    targetType: 'webhook_endpoint',
    targetId: delivery.endpointId,
    before: { enabled: true },
    after: { enabled: false, disabledReason: 'failing' },
  });
  const recipients = await fullAdministratorsOf(tx, delivery.organisationId);
  await enqueueEmails(
    tx,
    clock,
    recipients.map((r) => ({
      organisationId: delivery.organisationId,
      to: r.email,
      locale: r.locale as Locale,
      template: 'webhook.endpoint-disabled',
      ...endpointDisabledEmail(r.locale as Locale, url),
    })),
  );
}
