import { z } from 'zod';
import { subscribableEventTypes, type WebhookEventType, webhookEventTypes } from '../webhook-events.ts';

/** Webhook endpoints, their delivery log and replay (NOT-2, BEY-9). Secrets are in two responses only. */

export const webhookEndpointParams = z.object({ id: z.uuid() });
export const webhookDeliveryParams = z.object({ id: z.uuid(), deliveryId: z.uuid() });

const webhookUrl = z
  .url({ protocol: /^https?$/, error: 'Expected an http or https URL' })
  .max(2000)
  .refine((url) => !new URL(url).username && !new URL(url).password, 'The URL may not carry a user or password');

const eventTypeList = z
  .array(z.enum(subscribableEventTypes as [WebhookEventType, ...WebhookEventType[]]))
  .min(1, 'Choose at least one event type')
  .max(subscribableEventTypes.length)
  .refine((types) => new Set(types).size === types.length, 'An event type is listed twice');

export const createWebhookEndpointRequest = z.strictObject({
  url: webhookUrl,
  description: z.string().trim().max(500).default(''),
  eventTypes: eventTypeList,
  enabled: z.boolean().default(true),
});
export type CreateWebhookEndpointRequest = z.input<typeof createWebhookEndpointRequest>;

export const updateWebhookEndpointRequest = z.strictObject({
  url: webhookUrl.optional(),
  description: z.string().trim().max(500).optional(),
  eventTypes: eventTypeList.optional(),
  enabled: z.boolean().optional(),
});
export type UpdateWebhookEndpointRequest = z.infer<typeof updateWebhookEndpointRequest>;

export const webhookEndpoint = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(z.string()),
  enabled: z.boolean(),
  /** Why the hub disabled it: `failing` after five days of failed attempts. */
  disabledReason: z.string().nullable(),
  /** The first failed attempt since the last success. */
  failingSince: z.iso.datetime().nullable(),
  /** Until when the previous secret still signs, after a rotation. */
  previousSecretExpiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpoint>;

export const webhookEndpointList = z.object({ items: z.array(webhookEndpoint) });

/** The endpoint with its signing secret (`whsec_…`), answered when it is created or rotated only. */
export const webhookEndpointWithSecret = z.object({ endpoint: webhookEndpoint, secret: z.string() });
export type WebhookEndpointWithSecret = z.infer<typeof webhookEndpointWithSecret>;

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed'] as const;

export const webhookDeliveryQuery = z.object({
  status: z.enum(webhookDeliveryStatuses).optional(),
  eventType: z.enum(webhookEventTypes as [WebhookEventType, ...WebhookEventType[]]).optional(),
  /** Deliveries created at or after this instant. */
  since: z.iso.datetime({ offset: true }).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z
    .string()
    .regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z_[0-9a-f-]{36}$/, 'The cursor is not valid.')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type WebhookDeliveryQuery = z.infer<typeof webhookDeliveryQuery>;

export const webhookDelivery = z.object({
  id: z.uuid(),
  /** The `webhook-id` header of every attempt. */
  webhookId: z.string(),
  eventType: z.string(),
  status: z.enum(webhookDeliveryStatuses),
  attempts: z.int(),
  createdAt: z.iso.datetime(),
  lastAttemptAt: z.iso.datetime().nullable(),
  lastResponseStatus: z.int().nullable(),
  /** Pending: when the next attempt is due. */
  nextAttemptAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

export const webhookDeliveryList = z.object({ items: z.array(webhookDelivery), nextCursor: z.string().nullable() });
export type WebhookDeliveryList = z.infer<typeof webhookDeliveryList>;

export const webhookAttempt = z.object({
  attempt: z.int(),
  attemptedAt: z.iso.datetime(),
  durationMs: z.int(),
  responseStatus: z.int().nullable(),
  responseExcerpt: z.string(),
  error: z.string().nullable(),
});
export type WebhookAttempt = z.infer<typeof webhookAttempt>;

export const webhookDeliveryDetail = webhookDelivery.extend({
  /** The exact body sent. */
  payload: z.string(),
  attemptLog: z.array(webhookAttempt),
});
export type WebhookDeliveryDetail = z.infer<typeof webhookDeliveryDetail>;

export const replayFailedRequest = z.strictObject({ since: z.iso.datetime({ offset: true }) });
export type ReplayFailedRequest = z.infer<typeof replayFailedRequest>;
export const replayFailedResponse = z.object({
  replayed: z.int(),
  /** True when more failed deliveries remain (a replay takes at most 1,000 at once): send it again. */
  more: z.boolean(),
});

export const webhookSettings = z.object({
  /** Lets endpoints on loopback, link-local and private addresses be reached (off by default: SSRF). */
  allowPrivateAddresses: z.boolean(),
});
export type WebhookSettings = z.infer<typeof webhookSettings>;
export const updateWebhookSettingsRequest = z.strictObject({ allowPrivateAddresses: z.boolean() });
