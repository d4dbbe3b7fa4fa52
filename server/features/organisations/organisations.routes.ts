import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  organisationIdParams,
  organisationSettings,
  organisationSummary,
  partnerList,
  updateOrganisationSettingsRequest,
} from '../../../domain/contracts/organisations.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { administratorRoutes } from './administrators.routes.ts';
import { getOrganisation } from './get-organisation.ts';
import { listPartners } from './list-partners.ts';
import { myOrganisationRoutes } from './my-organisation.routes.ts';
import { getOrganisationSettings, updateOrganisationSettings } from './update-organisation-settings.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

export async function organisationRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/organisations/:id',
    {
      schema: {
        operationId: 'getOrganisation',
        tags: ['organisations'],
        summary: 'An organisation the caller may see (its own, or a customer in its scope)',
        params: organisationIdParams,
        response: { 200: organisationSummary, ...errors },
      },
    },
    async (request) => getOrganisation(deps, actorOf(request), request.params.id),
  );
  api.get(
    '/api/v1/organisations/:id/settings',
    {
      schema: {
        operationId: 'getOrganisationSettings',
        tags: ['organisations'],
        summary: 'Thresholds used by the customer statuses (CUS-2)',
        params: organisationIdParams,
        response: { 200: organisationSettings, ...errors },
      },
    },
    async (request) => getOrganisationSettings(deps, actorOf(request), request.params.id),
  );
  api.patch(
    '/api/v1/organisations/:id/settings',
    {
      schema: {
        operationId: 'updateOrganisationSettings',
        tags: ['organisations'],
        summary: 'Change the thresholds used by the customer statuses (full administrators)',
        params: organisationIdParams,
        body: updateOrganisationSettingsRequest,
        response: { 200: organisationSettings, ...errors },
      },
    },
    async (request) => updateOrganisationSettings(deps, actorOf(request), request.params.id, request.body),
  );
  api.get(
    '/api/v1/partners',
    {
      schema: {
        operationId: 'listPartners',
        tags: ['organisations'],
        summary: 'Every partner, by name, with the customers each owns (vendor operators)',
        response: { 200: partnerList, ...errors },
      },
    },
    async (request) => listPartners(deps, actorOf(request)),
  );
  await administratorRoutes(app, deps);
  await myOrganisationRoutes(app, deps);
}
