import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  createWebhookEndpointRequest,
  replayFailedRequest,
  replayFailedResponse,
  updateWebhookEndpointRequest,
  updateWebhookSettingsRequest,
  webhookDelivery,
  webhookDeliveryDetail,
  webhookDeliveryList,
  webhookDeliveryParams,
  webhookDeliveryQuery,
  webhookEndpoint,
  webhookEndpointList,
  webhookEndpointParams,
  webhookEndpointWithSecret,
  webhookSettings,
} from '../../../domain/contracts/webhooks.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from './manage-webhook-endpoints.ts';
import {
  getWebhookDelivery,
  getWebhookSettings,
  listWebhookDeliveries,
  replayFailedWebhookDeliveries,
  replayWebhookDelivery,
  sendWebhookTestEvent,
  updateWebhookSettings,
} from './webhook-deliveries.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const tags = ['webhooks'];
const endpoints = '/api/v1/webhooks/endpoints';

/** NOT-2, BEY-9: webhook endpoints (full administrators of partners, vendor operators), deliveries and replay. */
export async function webhookRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    endpoints,
    {
      schema: {
        operationId: 'listWebhookEndpoints',
        tags,
        summary: 'The organisation’s webhook endpoints (never their secrets)',
        response: { 200: webhookEndpointList, ...errors },
      },
    },
    async (request) => listWebhookEndpoints(deps, actorOf(request)),
  );
  api.post(
    endpoints,
    {
      schema: {
        operationId: 'createWebhookEndpoint',
        tags,
        summary: 'Register an endpoint; its signing secret is in this response only',
        body: createWebhookEndpointRequest,
        response: { 201: webhookEndpointWithSecret, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createWebhookEndpoint(deps, actorOf(request), request.body)),
  );
  api.get(
    `${endpoints}/:id`,
    {
      schema: {
        operationId: 'getWebhookEndpoint',
        tags,
        summary: 'One webhook endpoint',
        params: webhookEndpointParams,
        response: { 200: webhookEndpoint, ...errors },
      },
    },
    async (request) => getWebhookEndpoint(deps, actorOf(request), request.params.id),
  );
  api.patch(
    `${endpoints}/:id`,
    {
      schema: {
        operationId: 'updateWebhookEndpoint',
        tags,
        summary: 'Change an endpoint’s URL, description, event types, or enable or disable it',
        params: webhookEndpointParams,
        body: updateWebhookEndpointRequest,
        response: { 200: webhookEndpoint, ...errors },
      },
    },
    async (request) => updateWebhookEndpoint(deps, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    `${endpoints}/:id`,
    {
      schema: {
        operationId: 'deleteWebhookEndpoint',
        tags,
        summary: 'Remove an endpoint and its delivery log',
        params: webhookEndpointParams,
        response: { 200: webhookEndpoint, ...errors },
      },
    },
    async (request) => deleteWebhookEndpoint(deps, actorOf(request), request.params.id),
  );
  api.post(
    `${endpoints}/:id/secret`,
    {
      schema: {
        operationId: 'rotateWebhookSecret',
        tags,
        summary: 'Rotate the signing secret; the previous one also signs for 24 hours. The new one is shown once',
        params: webhookEndpointParams,
        response: { 201: webhookEndpointWithSecret, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await rotateWebhookSecret(deps, actorOf(request), request.params.id)),
  );
  api.post(
    `${endpoints}/:id/test`,
    {
      schema: {
        operationId: 'sendWebhookTestEvent',
        tags,
        summary: 'Send a `webhook.test` event to this endpoint',
        params: webhookEndpointParams,
        response: { 201: webhookDelivery, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sendWebhookTestEvent(deps, actorOf(request), request.params.id)),
  );
  api.get(
    `${endpoints}/:id/deliveries`,
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: 'The endpoint’s delivery log, newest first, filtered by status, event type and time',
        params: webhookEndpointParams,
        querystring: webhookDeliveryQuery,
        response: { 200: webhookDeliveryList, ...errors },
      },
    },
    async (request) => listWebhookDeliveries(deps, actorOf(request), request.params.id, request.query),
  );
  api.get(
    `${endpoints}/:id/deliveries/:deliveryId`,
    {
      schema: {
        operationId: 'getWebhookDelivery',
        tags,
        summary: 'One delivery: the body sent and every attempt (status, duration, response excerpt)',
        params: webhookDeliveryParams,
        response: { 200: webhookDeliveryDetail, ...errors },
      },
    },
    async (request) => getWebhookDelivery(deps, actorOf(request), request.params.id, request.params.deliveryId),
  );
  api.post(
    `${endpoints}/:id/deliveries/:deliveryId/replay`,
    {
      schema: {
        operationId: 'replayWebhookDelivery',
        tags,
        summary: 'Send a delivery again now, with the same webhook-id',
        params: webhookDeliveryParams,
        response: { 200: webhookDelivery, ...errors },
      },
    },
    async (request) => replayWebhookDelivery(deps, actorOf(request), request.params.id, request.params.deliveryId),
  );
  api.post(
    `${endpoints}/:id/replay-failed`,
    {
      schema: {
        operationId: 'replayFailedWebhookDeliveries',
        tags,
        summary: 'Send every failed delivery created since a time again (up to 1,000 per request)',
        params: webhookEndpointParams,
        body: replayFailedRequest,
        response: { 200: replayFailedResponse, ...errors },
      },
    },
    async (request) => replayFailedWebhookDeliveries(deps, actorOf(request), request.params.id, request.body),
  );
  api.get(
    '/api/v1/webhooks/settings',
    {
      schema: {
        operationId: 'getWebhookSettings',
        tags,
        summary: 'Whether webhooks may reach private addresses (vendor operators)',
        response: { 200: webhookSettings, ...errors },
      },
    },
    async (request) => getWebhookSettings(deps, actorOf(request)),
  );
  api.put(
    '/api/v1/webhooks/settings',
    {
      schema: {
        operationId: 'updateWebhookSettings',
        tags,
        summary: 'Allow or refuse webhooks to loopback, link-local and private addresses (vendor operators)',
        body: updateWebhookSettingsRequest,
        response: { 200: webhookSettings, ...errors },
      },
    },
    async (request) => updateWebhookSettings(deps, actorOf(request), request.body),
  );
}
