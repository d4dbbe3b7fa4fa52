import { z } from 'zod';
import { subscriptionTerms } from '../subscription-lifecycle.ts';
import { customerSubscription, orderSummary } from './customer-detail.ts';
import { maxLicenceQuantity } from './trial-requests.ts';

/**
 * A vendor operator's changes of a subscription (domain/subscription-lifecycle.ts), each carrying the version
 * last read (optimistic concurrency, as the trials'; a stale one is a 409):
 *   PATCH  /api/v1/customers/{id}/subscriptions/{subscriptionId}            changeSubscriptionRequest (quantities, auto-renew)
 *   POST   /api/v1/customers/{id}/subscriptions/{subscriptionId}/suspend    subscriptionVersionRequest
 *   POST   /api/v1/customers/{id}/subscriptions/{subscriptionId}/reinstate  subscriptionVersionRequest
 *   POST   /api/v1/customers/{id}/subscriptions/{subscriptionId}/renew      renewSubscriptionRequest
 * Each answers subscriptionChangeResponse: the subscription as the Subscriptions tab shows it, and the order written.
 */

const version = z.number().int().min(1).max(2_147_483_647);
const serviceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Unknown service');

export const subscriptionParams = z.object({ id: z.uuid(), subscriptionId: z.uuid() });

export const subscriptionLicenceQuantity = z.number().int().min(1, 'Keep at least 1 licence').max(maxLicenceQuantity);

export const changeSubscriptionRequest = z.strictObject({
  version,
  /** New licence quantities of services the subscription holds; services not listed keep theirs. */
  services: z
    .array(z.strictObject({ serviceId, quantity: subscriptionLicenceQuantity }))
    .min(1)
    .max(20)
    .optional(),
  autoRenew: z.boolean().optional(),
});
export type ChangeSubscriptionRequest = z.infer<typeof changeSubscriptionRequest>;

export const subscriptionVersionRequest = z.strictObject({ version });
export type SubscriptionVersionRequest = z.infer<typeof subscriptionVersionRequest>;

export const renewSubscriptionRequest = z.strictObject({
  version,
  /** The new term's length in months; default the subscription's term, which it becomes. */
  termMonths: z.union(subscriptionTerms.map((m) => z.literal(m))).optional(),
});
export type RenewSubscriptionRequest = z.infer<typeof renewSubscriptionRequest>;

export const subscriptionChangeResponse = z.object({
  subscription: customerSubscription,
  /** The order the change wrote (kind change or renewal); null for suspending and reinstating. */
  order: orderSummary.nullable(),
});
export type SubscriptionChangeResponse = z.infer<typeof subscriptionChangeResponse>;
