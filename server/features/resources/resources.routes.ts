import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  answerSupportCaseRequest,
  closeSupportCaseRequest,
  createResourceRequest,
  createSupportCaseRequest,
  resource,
  resourceIdParams,
  resourceListQuery,
  resourceListResponse,
  supportCase,
  supportCaseIdParams,
  supportCaseListQuery,
  supportCaseListResponse,
  updateResourceRequest,
} from '../../../domain/contracts/resources.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { answerSupportCase, closeSupportCase } from './answer-support-case.ts';
import { createSupportCase } from './create-support-case.ts';
import { getResource } from './get-resource.ts';
import { listResources } from './list-resources.ts';
import { createResource, editResource, retireResource } from './manage-resources.ts';
import { getSupportCase, listSupportCases } from './read-support-cases.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };
const objectErrors = { ...errors, 404: errorResponse };
const changeErrors = { ...objectErrors, 409: errorResponse };

/** RES-1 (resources) and RES-2 (the partner helpdesk's support cases). */
export async function resourceRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['resources'];
  api.get(
    '/api/v1/resources',
    {
      schema: {
        operationId: 'listResources',
        tags,
        summary: 'Resources: search by words (each in its own language), filter by type, product, language',
        querystring: resourceListQuery,
        response: { 200: resourceListResponse, ...errors },
      },
    },
    async (request) => listResources(deps, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/resources/:id',
    {
      schema: {
        operationId: 'getResource',
        tags,
        summary: 'One resource with its Markdown body',
        params: resourceIdParams,
        response: { 200: resource, ...objectErrors },
      },
    },
    async (request) => getResource(deps, actorOf(request), request.params.id),
  );
  api.post(
    '/api/v1/resources',
    {
      schema: {
        operationId: 'createResource',
        tags,
        summary: 'Add a resource (vendor operators)',
        body: createResourceRequest,
        response: { 201: resource, ...changeErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await createResource(deps, actorOf(request), request.body)),
  );
  api.patch(
    '/api/v1/resources/:id',
    {
      schema: {
        operationId: 'updateResource',
        tags,
        summary: 'Edit, feature or restore (retired: false) a resource (vendor operators)',
        params: resourceIdParams,
        body: updateResourceRequest,
        response: { 200: resource, ...changeErrors },
      },
    },
    async (request) => editResource(deps, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    '/api/v1/resources/:id',
    {
      schema: {
        operationId: 'retireResource',
        tags,
        summary: 'Retire a resource (vendor operators): found by nobody else any more, never deleted',
        params: resourceIdParams,
        response: { 200: resource, ...changeErrors },
      },
    },
    async (request) => retireResource(deps, actorOf(request), request.params.id),
  );

  const helpdesk = ['helpdesk'];
  api.post(
    '/api/v1/support-cases',
    {
      schema: {
        operationId: 'createSupportCase',
        tags: helpdesk,
        summary: 'Ask the partner helpdesk about Calling or Contact Center (partner users)',
        body: createSupportCaseRequest,
        response: { 201: supportCase, ...changeErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await createSupportCase(deps, actorOf(request), request.body)),
  );
  api.get(
    '/api/v1/support-cases',
    {
      schema: {
        operationId: 'listSupportCases',
        tags: helpdesk,
        summary: "Helpdesk cases, newest first: every partner's for vendor operators, one's own for partner users",
        querystring: supportCaseListQuery,
        response: { 200: supportCaseListResponse, ...errors },
      },
    },
    async (request) => listSupportCases(deps, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/support-cases/:id',
    {
      schema: {
        operationId: 'getSupportCase',
        tags: helpdesk,
        summary: 'One helpdesk case with its answers (vendor operators, and its requester)',
        params: supportCaseIdParams,
        response: { 200: supportCase, ...objectErrors },
      },
    },
    async (request) => getSupportCase(deps, actorOf(request), request.params.id),
  );
  api.post(
    '/api/v1/support-cases/:id/answers',
    {
      schema: {
        operationId: 'answerSupportCase',
        tags: helpdesk,
        summary: 'Answer a helpdesk case; the requester is e-mailed (vendor operators)',
        params: supportCaseIdParams,
        body: answerSupportCaseRequest,
        response: { 200: supportCase, ...changeErrors },
      },
    },
    async (request) => answerSupportCase(deps, actorOf(request), request.params.id, request.body),
  );
  api.post(
    '/api/v1/support-cases/:id/close',
    {
      schema: {
        operationId: 'closeSupportCase',
        tags: helpdesk,
        summary: 'Close a helpdesk case, with an optional note; the requester is e-mailed (vendor operators)',
        params: supportCaseIdParams,
        body: closeSupportCaseRequest,
        response: { 200: supportCase, ...changeErrors },
      },
    },
    async (request) => closeSupportCase(deps, actorOf(request), request.params.id, request.body),
  );
}
