import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import { myOrganisationResponse, startMyOrganisationRequest } from '../../../domain/contracts/my-organisation.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { getMyOrganisation } from './get-my-organisation.ts';
import { startMyOrganisation } from './start-my-organisation.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** ORG-1: "Start my organisation". */
export async function myOrganisationRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/my-organisation',
    {
      schema: {
        operationId: 'getMyOrganisation',
        tags: ['my organisation'],
        summary: 'Whether the partner’s own organisation is started, with the plan overview (ORG-1)',
        response: { 200: myOrganisationResponse, ...errors },
      },
    },
    async (request) => getMyOrganisation(deps, actorOf(request)),
  );
  api.post(
    '/api/v1/my-organisation',
    {
      schema: {
        operationId: 'startMyOrganisation',
        tags: ['my organisation'],
        summary: 'Start the partner’s own organisation once the terms are accepted (full administrators)',
        body: startMyOrganisationRequest,
        response: { 201: myOrganisationResponse, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await startMyOrganisation(deps, actorOf(request))),
  );
}
