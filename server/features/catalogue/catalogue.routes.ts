import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  catalogueDeviceType,
  catalogueIdParams,
  catalogueQuery,
  catalogueResponse,
  catalogueService,
  createDeviceTypeRequest,
  createServiceRequest,
  updateDeviceTypeRequest,
  updateServiceRequest,
} from '../../../domain/contracts/catalogue.ts';
import { errorResponse } from '../../../domain/contracts/common.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { getCatalogue } from './get-catalogue.ts';
import { createDeviceType, editDeviceType } from './manage-device-types.ts';
import { createService, editService } from './manage-services.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };
const changeErrors = { ...errors, 404: errorResponse, 409: errorResponse };
const tags = ['catalogue'];

export async function catalogueRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/catalogue',
    {
      schema: {
        operationId: 'getCatalogue',
        tags,
        summary: 'The product catalogue: services with their editions, and device types (retired ones on request)',
        querystring: catalogueQuery,
        response: { 200: catalogueResponse, ...errors },
      },
    },
    async (request) => getCatalogue(deps, actorOf(request), request.query),
  );
  api.post(
    '/api/v1/catalogue/services',
    {
      schema: {
        operationId: 'createCatalogueService',
        tags,
        summary: 'Add a service or an edition (vendor operators)',
        body: createServiceRequest,
        response: { 201: catalogueService, ...changeErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await createService(deps, actorOf(request), request.body)),
  );
  api.patch(
    '/api/v1/catalogue/services/:id',
    {
      schema: {
        operationId: 'updateCatalogueService',
        tags,
        summary: 'Edit, retire (active: false) or restore a service (vendor operators); nothing is ever deleted',
        params: catalogueIdParams,
        body: updateServiceRequest,
        response: { 200: catalogueService, ...changeErrors },
      },
    },
    async (request) => editService(deps, actorOf(request), request.params.id, request.body),
  );
  api.post(
    '/api/v1/catalogue/device-types',
    {
      schema: {
        operationId: 'createCatalogueDeviceType',
        tags,
        summary: 'Add a device type device trials may ship (vendor operators)',
        body: createDeviceTypeRequest,
        response: { 201: catalogueDeviceType, ...changeErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await createDeviceType(deps, actorOf(request), request.body)),
  );
  api.patch(
    '/api/v1/catalogue/device-types/:id',
    {
      schema: {
        operationId: 'updateCatalogueDeviceType',
        tags,
        summary: 'Edit, retire (active: false) or restore a device type (vendor operators)',
        params: catalogueIdParams,
        body: updateDeviceTypeRequest,
        response: { 200: catalogueDeviceType, ...changeErrors },
      },
    },
    async (request) => editDeviceType(deps, actorOf(request), request.params.id, request.body),
  );
}
