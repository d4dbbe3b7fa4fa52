import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/clock.ts';
import {
  currentVersion,
  envelopeSchema,
  type WebhookEnvelope,
  type WebhookEventData,
  type WebhookEventType,
} from '../../../domain/webhook-events.ts';
import { type Database, rowsOf } from '../../platform/db.ts';

export interface WebhookEvent<T extends WebhookEventType = WebhookEventType> {
  type: T;
  /** The customer the event is about: only partners linked to it (and the vendor) may receive it. */
  customerId: string;
  /** Narrows the partners further (e.g. a trial's events go to its partner only); default: every linked partner. */
  partnerIds?: readonly string[];
  data: WebhookEventData<T>;
}

/**
 * NOT-2: writes an event to the outbox in the caller's transaction, and its deliveries to every enabled endpoint
 * subscribed to its type whose organisation may receive it: the vendor's, and those of partners linked to the
 * customer at this moment (checked here in SQL, so no caller can send a partner another partner's customer).
 * A rolled-back change takes its event and deliveries with it; each delivery's `webhook-id` is fixed here.
 */
export async function recordEvent<T extends WebhookEventType>(tx: Database, clock: Clock, event: WebhookEvent<T>) {
  const now = clock.now();
  const id = randomUUID();
  const envelope: WebhookEnvelope = {
    id,
    type: event.type,
    version: currentVersion(event.type),
    occurredAt: now.toISOString(),
    data: event.data,
  };
  // The documented schema is the sent one: a payload that strays from it is a bug, refused before anything is written.
  envelopeSchema(envelope.type, envelope.version).parse(envelope);
  await tx.execute(sql`insert into webhook_events (id, type, version, customer_id, occurred_at, data)
    values (${id}, ${envelope.type}, ${envelope.version}, ${event.customerId}, ${now}, ${JSON.stringify(envelope.data)}::jsonb)`);
  const partners = event.partnerIds
    ? sql`and e.organisation_id = any(${`{${event.partnerIds.join(',')}}`}::uuid[])`
    : sql``;
  await tx.execute(sql`insert into webhook_deliveries
      (organisation_id, endpoint_id, event_id, webhook_id, event_type, payload, next_attempt_at, created_at)
    select e.organisation_id, e.id, ${id}, 'msg_' || replace(gen_random_uuid()::text, '-', ''), ${envelope.type},
      ${JSON.stringify(envelope)}, ${now}, ${now}
    from webhook_endpoints e
    join organisations o on o.id = e.organisation_id
    where e.enabled and ${envelope.type} = any(e.event_types)
      and (o.kind = 'vendor' or (o.kind = 'partner' ${partners} and exists (
        select 1 from partner_customers pc where pc.partner_id = e.organisation_id and pc.customer_id = ${event.customerId})))`);
}

/** The customer as one partner holds it now: its name, that partner's tags on it (by name), the link's level. */
export async function customerAsListed(tx: Database, partnerId: string, customerId: string) {
  const rows = await tx.execute(sql`select o.id, o.name, pc.admin_level,
      coalesce(array(select t.name from customer_tags ct join tags t on t.partner_id = ct.partner_id and t.id = ct.tag_id
        where ct.partner_id = pc.partner_id and ct.customer_id = pc.customer_id order by t.name), '{}') as tags
    from partner_customers pc join organisations o on o.id = pc.customer_id
    where pc.partner_id = ${partnerId} and pc.customer_id = ${customerId}`);
  const [row] = rowsOf<{ id: string; name: string; admin_level: 'full' | 'provisioning'; tags: string[] }>(rows);
  return row ?? null;
}

/** A test event for one endpoint, about no customer (Send test event). */
export async function recordTestEvent(tx: Database, clock: Clock, endpoint: { organisationId: string; id: string }) {
  const now = clock.now();
  const id = randomUUID();
  const envelope: WebhookEnvelope = {
    id,
    type: 'webhook.test',
    version: currentVersion('webhook.test'),
    occurredAt: now.toISOString(),
    data: { message: 'A test event from Channel Hub.' },
  };
  await tx.execute(sql`insert into webhook_events (id, type, version, customer_id, occurred_at, data)
    values (${id}, ${envelope.type}, ${envelope.version}, null, ${now}, ${JSON.stringify(envelope.data)}::jsonb)`);
  const rows = await tx.execute(sql`insert into webhook_deliveries
      (organisation_id, endpoint_id, event_id, webhook_id, event_type, payload, next_attempt_at, created_at)
    values (${endpoint.organisationId}, ${endpoint.id}, ${id}, ${`msg_${randomUUID().replaceAll('-', '')}`},
      ${envelope.type}, ${JSON.stringify(envelope)}, ${now}, ${now})
    returning id`);
  return (rowsOf<{ id: string }>(rows)[0] as { id: string }).id;
}
