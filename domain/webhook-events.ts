import { z } from 'zod';
import { provisioningStatusImportance, trialStates } from './customer-status.ts';

/**
 * The webhook event catalogue (NOT-2, BEY-9): every event type with its versioned `data` schema. The OpenAPI
 * document's `webhooks` section is generated from these schemas, and every recorded event is parsed by them,
 * so what is documented is what is sent. A change of a payload's shape is a new version, never an edit.
 */

const customerRef = z.object({ id: z.uuid(), name: z.string() }).meta({ description: 'The customer' });
const partnerRef = z.uuid().meta({ description: 'The partner whose list the customer is on' });

const customerData = z.object({ customer: customerRef, partnerId: partnerRef });

const customerChangedData = customerData.extend({
  changed: z
    .array(z.enum(['tags', 'adminLevel']))
    .min(1)
    .meta({ description: 'What changed: the partner’s tags on the customer, or the partner’s administration level' }),
  tags: z.array(z.string()).meta({ description: 'The names of the partner’s tags on the customer now' }),
  adminLevel: z
    .enum(['full', 'provisioning'])
    .meta({ description: 'What the partner may do for the customer now (full administration or provisioning only)' }),
});

const trialData = z.object({
  trial: z.object({ id: z.uuid(), number: z.string() }),
  customer: z.object({ id: z.uuid() }),
  partnerId: partnerRef,
  from: z.enum(trialStates).nullable().meta({ description: 'The state before; null for a new trial' }),
  to: z.enum(trialStates),
});

const subscriptionData = z.object({
  subscription: z.object({
    id: z.uuid(),
    number: z.string(),
    state: z.enum(['active', 'suspended', 'cancelled', 'expired']),
    endsAt: z.iso.datetime(),
    autoRenew: z.boolean(),
    services: z.array(z.object({ serviceId: z.string(), quantity: z.int() })),
  }),
  customer: z.object({ id: z.uuid() }),
  sellerOrganisationId: z.uuid(),
});

const provisioningData = z.object({
  customer: z.object({ id: z.uuid() }),
  subject: z.object({ kind: z.enum(['trial', 'subscription']), id: z.uuid() }),
  serviceId: z.string(),
  from: z.enum(provisioningStatusImportance).nullable(),
  to: z.enum(provisioningStatusImportance),
});

const overAssignmentData = z.object({
  customer: z.object({ id: z.uuid() }),
  serviceId: z.string(),
  assigned: z.int().meta({ description: 'Licences assigned now' }),
  available: z.int().meta({ description: 'Licences of live subscriptions and ongoing trials' }),
});

const testData = z.object({ message: z.string() });

/** type → version → the schema of `data`, with a sentence for the API docs. */
export const webhookEventCatalogue = {
  'customer.created': {
    description: 'A customer was added to a partner’s list (a new customer, or a link to an existing one).',
    versions: { 1: customerData },
  },
  'customer.changed': {
    description:
      'A customer on the partner’s list changed for that partner: its tags (one put on or taken off, or one of them renamed or deleted), or the level the customer granted the partner.',
    versions: { 1: customerChangedData },
  },
  'customer.removed': {
    description: 'A customer left the partner’s list. Reserved: nothing in the hub removes a customer from a list yet.',
    versions: { 1: customerData },
  },
  'trial.state_changed': {
    description: 'A trial was requested or moved from one state to another; one event per transition.',
    versions: { 1: trialData },
  },
  'subscription.created': { description: 'A subscription was created.', versions: { 1: subscriptionData } },
  'subscription.changed': {
    description:
      'A vendor operator changed a subscription: its licence quantities or auto-renew (an order of kind change), or reinstated it after a suspension (active and paid again).',
    versions: { 1: subscriptionData },
  },
  'subscription.suspended': {
    description: 'A vendor operator suspended a subscription as unpaid (state suspended, billing unpaid).',
    versions: { 1: subscriptionData },
  },
  'subscription.renewed': {
    description:
      'A vendor operator renewed a subscription for a new term: its end moved by the term (an order of kind renewal).',
    versions: { 1: subscriptionData },
  },
  'provisioning.status_changed': {
    description: 'The provisioning status of a service of a trial or subscription changed.',
    versions: { 1: provisioningData },
  },
  'licence.over_assignment_started': {
    description: 'More licences of a service became assigned than the customer holds.',
    versions: { 1: overAssignmentData },
  },
  'licence.over_assignment_ended': {
    description: 'The assigned licences of a service are within what the customer holds again.',
    versions: { 1: overAssignmentData },
  },
  'webhook.test': {
    description: 'Sent by “Send test event”; about no customer.',
    versions: { 1: testData },
  },
} as const;

type Catalogue = typeof webhookEventCatalogue;
export type WebhookEventType = keyof Catalogue;
export const webhookEventTypes = Object.keys(webhookEventCatalogue) as WebhookEventType[];
/** The types an endpoint subscribes to (the test event goes to whoever presses the button). */
export const subscribableEventTypes = webhookEventTypes.filter((t) => t !== 'webhook.test');

/** The current version of each type: what new events are written as. */
export const currentVersion = (type: WebhookEventType): number =>
  Math.max(...Object.keys(webhookEventCatalogue[type].versions).map(Number));

export type WebhookEventData<T extends WebhookEventType> = z.infer<Catalogue[T]['versions'][1]>;

/** The body of every webhook: the event's envelope around its versioned `data`. */
export function envelopeSchema(type: WebhookEventType, version: number) {
  const data = (webhookEventCatalogue[type].versions as Record<number, z.ZodType>)[version];
  if (!data) throw new Error(`No version ${version} of ${type}`);
  return z.object({
    id: z.uuid().meta({ description: 'The event’s id; each endpoint also gets it once as `webhook-id`' }),
    type: z.literal(type),
    version: z.literal(version),
    occurredAt: z.iso.datetime(),
    data,
  });
}

export interface WebhookEnvelope {
  id: string;
  type: WebhookEventType;
  version: number;
  occurredAt: string;
  data: unknown;
}
