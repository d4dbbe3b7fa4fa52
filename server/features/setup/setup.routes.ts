import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  completeSetupRequest,
  completeSetupResponse,
  setupParams,
  setupState,
} from '../../../domain/contracts/setup.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { openBrowserSession } from '../auth/browser-session.ts';
import { completeSetup } from './complete-setup.ts';
import { getSetup } from './get-setup.ts';

/** Issue #10: the first run's public endpoints, reached with the one-time link `channel-hub setup` prints. */
export async function setupRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['setup'];
  api.get(
    '/api/v1/setup/:token',
    {
      schema: {
        operationId: 'getSetup',
        tags,
        security: [],
        summary: 'The first-run link: who it was issued for; 409 once a vendor operator exists',
        params: setupParams,
        response: { 200: setupState, 400: errorResponse, 404: errorResponse, 409: errorResponse },
      },
      config: { public: true },
    },
    async (request) => getSetup(deps, request.params.token),
  );
  api.post(
    '/api/v1/setup/:token',
    {
      schema: {
        operationId: 'completeSetup',
        tags,
        security: [],
        summary: 'Create the vendor organisation and its first operator, then sign the operator in',
        params: setupParams,
        body: completeSetupRequest,
        response: { 201: completeSetupResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse },
      },
      config: { public: true },
    },
    async (request, reply) => {
      const created = await completeSetup(deps, request.params.token, request.body);
      return reply.code(201).send(await openBrowserSession(deps, request, reply, created));
    },
  );
}
