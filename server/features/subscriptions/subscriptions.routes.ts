import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  changeSubscriptionRequest,
  renewSubscriptionRequest,
  subscriptionChangeResponse,
  subscriptionParams,
  subscriptionVersionRequest,
} from '../../../domain/contracts/subscriptions.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { changeSubscription } from './change-subscription.ts';
import { renewSubscription } from './renew-subscription.ts';
import { reinstateSubscription, suspendSubscription } from './suspend-subscription.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** A vendor operator's changes of a customer's subscription (issue #14, domain/subscription-lifecycle.ts). */
export async function subscriptionRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const onSubscription = { tags: ['subscriptions'], params: subscriptionParams };
  const refOf = (params: { id: string; subscriptionId: string }) => ({
    customerId: params.id,
    subscriptionId: params.subscriptionId,
  });

  api.patch(
    '/api/v1/customers/:id/subscriptions/:subscriptionId',
    {
      schema: {
        operationId: 'changeSubscription',
        ...onSubscription,
        summary: 'Change licence quantities per service and auto-renew: an order of kind change (vendor operators)',
        body: changeSubscriptionRequest,
        response: { 200: subscriptionChangeResponse, ...errors },
      },
    },
    async (request) => changeSubscription(deps, actorOf(request), refOf(request.params), request.body),
  );
  api.post(
    '/api/v1/customers/:id/subscriptions/:subscriptionId/suspend',
    {
      schema: {
        operationId: 'suspendSubscription',
        ...onSubscription,
        summary: 'Suspend an active subscription as unpaid (vendor operators)',
        body: subscriptionVersionRequest,
        response: { 200: subscriptionChangeResponse, ...errors },
      },
    },
    async (request) => suspendSubscription(deps, actorOf(request), refOf(request.params), request.body.version),
  );
  api.post(
    '/api/v1/customers/:id/subscriptions/:subscriptionId/reinstate',
    {
      schema: {
        operationId: 'reinstateSubscription',
        ...onSubscription,
        summary: 'Reinstate a suspended subscription: active and paid again (vendor operators)',
        body: subscriptionVersionRequest,
        response: { 200: subscriptionChangeResponse, ...errors },
      },
    },
    async (request) => reinstateSubscription(deps, actorOf(request), refOf(request.params), request.body.version),
  );
  api.post(
    '/api/v1/customers/:id/subscriptions/:subscriptionId/renew',
    {
      schema: {
        operationId: 'renewSubscription',
        ...onSubscription,
        summary: 'Renew an active subscription for a new term: its end moves by the term (vendor operators)',
        body: renewSubscriptionRequest,
        response: { 200: subscriptionChangeResponse, ...errors },
      },
    },
    async (request) => renewSubscription(deps, actorOf(request), refOf(request.params), request.body),
  );
}
