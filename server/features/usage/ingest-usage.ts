import type { Clock } from '../../../domain/clock.ts';
import {
  type IngestResult,
  type RecordError,
  type UsageKind,
  type UsageRecordOf,
  usageRecordSchemas,
} from '../../../domain/contracts/usage.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { recordUsageActivity } from '../insights/usage-activity.ts';
import { recordOverAssignmentChanges } from '../webhooks/change-events.ts';
import { foldPendingCallLegs, insertCallLegs } from './call-legs.queries.ts';
import { licenceWeeklyWindow } from './licence-rollups.ts';
import { ensureMayIngestUsage, usagePartnerScope } from './usage.policy.ts';
import {
  acceptedCustomers,
  addMissingLicenceWeeks,
  applyAssignmentEvents,
  insertAssignmentEvents,
  insertMeetings,
  insertSignIns,
  knownServices,
  lockCustomers,
  rebuildLicenceWeeks,
} from './usage.queries.ts';

/** An NDJSON line that is not JSON: reported like any invalid record, by its index. */
export class InvalidJsonLine {
  constructor(readonly message: string) {}
}

type Valid<K extends UsageKind> = { index: number; record: UsageRecordOf[K] };

/**
 * CAL-8, PERF-3: ingests one batch of usage records of `kind`. Each record is validated on its own; the
 * valid ones of customers the actor may send for are stored in one transaction, idempotently by record id,
 * and the rollups grow by the new rows only (usage-rollups.ts). Call legs are added to their rollups by the
 * fold that follows the commit (call-legs.queries.ts): a second transaction, so that concurrent batches do not
 * serialise on the rollup rows they share; it runs even when nothing was new, to finish what a crash left.
 */
export async function ingestUsage<K extends UsageKind>(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  kind: K,
  records: readonly unknown[],
): Promise<IngestResult> {
  ensureMayIngestUsage(actor);
  const errors: RecordError[] = [];
  let valid: Valid<K>[] = [];
  const schema = usageRecordSchemas[kind];
  records.forEach((raw, index) => {
    if (raw instanceof InvalidJsonLine) {
      errors.push({ index, field: '', message: `Not valid JSON: ${raw.message}` });
      return;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      valid.push({ index, record: parsed.data as UsageRecordOf[K] });
      return;
    }
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const fields = issue.keys.map((key) => [...issue.path, key].join('.'));
        for (const field of fields) errors.push({ index, field, message: 'Not a field of this record.' });
      } else {
        errors.push({ index, field: issue.path.join('.'), message: issue.message });
      }
    }
  });

  const customers = await acceptedCustomers(
    deps.db,
    [...new Set(valid.map((v) => v.record.customerId))],
    usagePartnerScope(actor),
  );
  valid = valid.filter(({ index, record }) => {
    if (customers.has(record.customerId)) return true;
    errors.push({ index, field: 'customerId', message: 'Not a customer you may send usage for.' });
    return false;
  });
  if (kind === 'licence-assignments') {
    const events = valid as Valid<'licence-assignments'>[];
    const services = await knownServices(deps.db, [...new Set(events.map((v) => v.record.serviceId))]);
    valid = valid.filter(({ index, record }) => {
      if (services.has((record as UsageRecordOf['licence-assignments']).serviceId)) return true;
      errors.push({ index, field: 'serviceId', message: 'Unknown service.' });
      return false;
    });
  }
  errors.sort((a, b) => a.index - b.index);

  const now = deps.clock.now();
  const accepted =
    valid.length === 0
      ? 0
      : await deps.db.transaction(async (tx) => {
          const customerIds = [...new Set(valid.map((v) => v.record.customerId))].sort();
          // Call legs only queue (no rollup row, no lock); the other kinds change rollups here.
          if (kind !== 'calls') await lockCustomers(tx, customerIds, 'exclusive');
          const inserted = await store(tx, kind, valid, customerIds, now);
          if (inserted > 0) {
            await recordAudit(tx, deps.clock, actor, {
              organisationId: actor.organisationId,
              action: 'usage.ingested',
              targetType: 'usage',
              targetId: kind,
              after: { received: records.length, accepted: inserted, customers: customerIds.length },
            });
          }
          return inserted;
        });
  if (kind === 'calls') await foldPendingCallLegs(deps.db, now);
  const rejected = records.length - valid.length;
  return {
    received: records.length,
    accepted,
    duplicates: valid.length - accepted,
    rejected,
    errors,
    dataAsOf: accepted > 0 ? now.toISOString() : null,
  };
}

async function store<K extends UsageKind>(
  tx: Database,
  kind: K,
  valid: Valid<K>[],
  customerIds: string[],
  now: Date,
): Promise<number> {
  if (kind === 'calls' || kind === 'meetings') {
    // Insights' rollup: each user's latest use of the product (INS-1, INS-2).
    await recordUsageActivity(
      tx,
      kind,
      valid.map(({ record }) => record as UsageRecordOf['calls' | 'meetings']),
    );
  }
  if (kind === 'calls') {
    return insertCallLegs(
      tx,
      (valid as Valid<'calls'>[]).map(({ record: r }) => ({
        customer_id: r.customerId,
        id: r.id,
        call_id: r.callId,
        user_id: r.userId,
        started_at: r.startedAt.toISOString(),
        duration_seconds: r.durationSeconds,
        endpoint_type: r.endpointType,
        mos: r.mos,
        packet_loss_pct: r.packetLossPct,
        jitter_ms: r.jitterMs,
        latency_ms: r.latencyMs,
        features: r.features,
        queue_id: r.queue?.id ?? null,
        queue_outcome: r.queue?.outcome ?? null,
        queue_wait_seconds: r.queue?.waitSeconds ?? null,
      })),
      now,
    );
  }
  if (kind === 'meetings') {
    await addMissingLicenceWeeks(tx, await licenceWeeklyWindow(tx, now), customerIds);
    return insertMeetings(
      tx,
      (valid as Valid<'meetings'>[]).map(({ record: r }) => ({
        customer_id: r.customerId,
        id: r.id,
        meeting_id: r.meetingId,
        user_id: r.userId,
        started_at: r.startedAt.toISOString(),
        duration_minutes: r.durationMinutes,
        participants: r.participants,
      })),
      now,
    );
  }
  if (kind === 'sign-ins') {
    const rows = (valid as Valid<'sign-ins'>[]).map(({ record: r }) => ({
      customer_id: r.customerId,
      id: r.id,
      user_id: r.userId,
      signed_in_at: r.signedInAt.toISOString(),
    }));
    const { inserted, customerIds: signedIn } = await insertSignIns(tx, rows, now);
    // "No recent activity" (CUS-2) ends with a sign-in: the customer list entries follow in this transaction.
    await refreshCustomerListEntries(tx, signedIn);
    return inserted;
  }
  const events = (valid as Valid<'licence-assignments'>[]).map(({ record: r }) => ({
    customer_id: r.customerId,
    id: r.id,
    user_id: r.userId,
    service_id: r.serviceId,
    action: r.action,
    occurred_at: r.occurredAt.toISOString(),
  }));
  const { inserted, holdings } = await insertAssignmentEvents(tx, events, now);
  if (holdings.length > 0) {
    const changed = await applyAssignmentEvents(tx, holdings);
    await rebuildLicenceWeeks(tx, await licenceWeeklyWindow(tx, now), changed);
    // Assigned counts feed "over licence" in the customer list.
    await refreshCustomerListEntries(tx, [...new Set(holdings.map((h) => h.customerId))]);
    await recordOverAssignmentChanges(tx, now, [...new Set(holdings.map((h) => h.customerId))]);
  }
  return inserted;
}
