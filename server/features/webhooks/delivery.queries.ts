import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../platform/db.ts';

/** The delivery worker's SQL: claiming due deliveries as a lease, and recording each attempt's outcome. */

export interface ClaimedDelivery {
  organisationId: string;
  id: string;
  endpointId: string;
  webhookId: string;
  payload: string;
  attempts: number;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

/**
 * Locks due deliveries of enabled endpoints that no other worker holds (`SKIP LOCKED`), counts the attempt and
 * moves the next one to `retryAt(attempt)`, in one short transaction. A worker that dies after this commit leaves
 * the delivery pending; it is due again when the delay passed and goes out with the same `webhook-id`.
 */
export async function claimDueDeliveries(
  db: Database,
  now: Date,
  limit: number,
  retryAt: (attempt: number) => Date,
): Promise<ClaimedDelivery[]> {
  return db.transaction(async (tx) => {
    const due = await tx.execute(sql`select d.organisation_id, d.id, d.endpoint_id, d.webhook_id, d.payload,
        d.attempts, e.url, e.secret, e.previous_secret, e.previous_secret_expires_at
      from webhook_deliveries d
      join webhook_endpoints e on e.organisation_id = d.organisation_id and e.id = d.endpoint_id
      where d.status = 'pending' and d.next_attempt_at <= ${now} and e.enabled
      order by d.next_attempt_at, d.id
      limit ${limit}
      for update of d skip locked`);
    const claimed = rowsOf<Record<string, unknown>>(due).map((r) => ({
      organisationId: String(r.organisation_id),
      id: String(r.id),
      endpointId: String(r.endpoint_id),
      webhookId: String(r.webhook_id),
      payload: String(r.payload),
      attempts: Number(r.attempts) + 1,
      url: String(r.url),
      secret: String(r.secret),
      previousSecret: r.previous_secret === null ? null : String(r.previous_secret),
      previousSecretExpiresAt: r.previous_secret_expires_at ? new Date(String(r.previous_secret_expires_at)) : null,
    }));
    for (const row of claimed) {
      await tx.execute(sql`update webhook_deliveries set attempts = ${row.attempts},
          next_attempt_at = ${retryAt(row.attempts)}, last_attempt_at = ${now}
        where organisation_id = ${row.organisationId} and id = ${row.id}`);
    }
    return claimed;
  });
}

export interface AttemptOutcome {
  attemptedAt: Date;
  durationMs: number;
  responseStatus: number | null;
  responseExcerpt: string;
  error: string | null;
  delivered: boolean;
  /** No attempts left: the delivery is marked failed. */
  gaveUp: boolean;
}

/**
 * Stores the attempt, and the delivery's new status; the endpoint's failing streak starts or ends with it. The
 * endpoint's row is locked first, as disabling it does, so two lanes finishing deliveries of one endpoint queue on
 * it instead of each holding a delivery the other's disable wants (a deadlock on PostgreSQL).
 */
export async function recordAttempt(db: Database, delivery: ClaimedDelivery, outcome: AttemptOutcome) {
  const { organisationId, id } = delivery;
  const rows = await db.execute(sql`update webhook_endpoints set failing_since = ${
    outcome.delivered ? sql`null` : sql`coalesce(failing_since, ${outcome.attemptedAt})`
  }
    where organisation_id = ${organisationId} and id = ${delivery.endpointId}
    returning failing_since, enabled`);
  await db.execute(sql`insert into webhook_attempts
      (organisation_id, delivery_id, attempt, attempted_at, duration_ms, response_status, response_excerpt, error)
    values (${organisationId}, ${id}, ${delivery.attempts}, ${outcome.attemptedAt}, ${outcome.durationMs},
      ${outcome.responseStatus}, ${outcome.responseExcerpt}, ${outcome.error})
    on conflict do nothing`);
  const status = outcome.delivered ? 'delivered' : outcome.gaveUp ? 'failed' : 'pending';
  // Only a delivery still pending moves: a replay or a disabled endpoint meanwhile has the last word.
  await db.execute(sql`update webhook_deliveries set status = ${status}::delivery_status,
      last_response_status = ${outcome.responseStatus},
      delivered_at = ${outcome.delivered ? outcome.attemptedAt : null}
    where organisation_id = ${organisationId} and id = ${id} and status = 'pending' and attempts = ${delivery.attempts}`);
  const row = rowsOf<{ failing_since: string | Date | null; enabled: boolean }>(rows)[0];
  return { failingSince: row?.failing_since ? new Date(row.failing_since) : null, enabled: row?.enabled ?? false };
}

/** Disables a failing endpoint; its pending deliveries are marked failed (a replay can send them later). */
export async function disableFailingEndpoint(db: Database, organisationId: string, endpointId: string, now: Date) {
  const rows = await db.execute(sql`update webhook_endpoints set enabled = false, disabled_reason = 'failing',
      updated_at = ${now}
    where organisation_id = ${organisationId} and id = ${endpointId} and enabled
    returning url`);
  const row = rowsOf<{ url: string }>(rows)[0];
  if (!row) return null;
  await db.execute(sql`update webhook_deliveries set status = 'failed'
    where organisation_id = ${organisationId} and endpoint_id = ${endpointId} and status = 'pending'`);
  return row.url;
}
