import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  apiTokenIdParams,
  apiTokenList,
  apiTokenSummary,
  createApiTokenRequest,
  createdApiToken,
} from '../../../domain/contracts/api-tokens.ts';
import { errorResponse } from '../../../domain/contracts/common.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './manage-api-tokens.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

export async function apiTokenRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/api-tokens',
    {
      schema: {
        operationId: 'listApiTokens',
        tags: ['api-tokens'],
        summary: 'The organisation’s API tokens (full administrators, vendor operators)',
        response: { 200: apiTokenList, ...errors },
      },
    },
    async (request) => listApiTokens(deps, actorOf(request)),
  );
  api.post(
    '/api/v1/api-tokens',
    {
      schema: {
        operationId: 'createApiToken',
        tags: ['api-tokens'],
        summary: 'Create an API token; the secret is in this response only',
        body: createApiTokenRequest,
        response: { 201: createdApiToken, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiToken(deps, actorOf(request), request.body)),
  );
  api.delete(
    '/api/v1/api-tokens/:id',
    {
      schema: {
        operationId: 'revokeApiToken',
        tags: ['api-tokens'],
        summary: 'Revoke an API token: requests with it are refused from now on',
        params: apiTokenIdParams,
        response: { 200: apiTokenSummary, ...errors },
      },
    },
    async (request) => revokeApiToken(deps, actorOf(request), request.params.id),
  );
}
