import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  organisationIdParams,
  organisationSettings,
  organisationSummary,
  updateOrganisationSettingsRequest,
} from '../../../domain/contracts/organisations.ts';
import {
  createdPartner,
  createPartnerRequest,
  partnerAdministratorParams,
  partnerDetail,
  partnerIdParams,
  partnerList,
  partnerListQuery,
  updatePartnerRequest,
} from '../../../domain/contracts/partners.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { administratorRoutes } from './administrators.routes.ts';
import { createPartner } from './create-partner.ts';
import { getOrganisation } from './get-organisation.ts';
import { getPartner } from './get-partner.ts';
import { listPartners } from './list-partners.ts';
import { myOrganisationRoutes } from './my-organisation.routes.ts';
import { resendPartnerInvitation } from './resend-invitation.ts';
import { getOrganisationSettings, updateOrganisationSettings } from './update-organisation-settings.ts';
import { updatePartner } from './update-partner.ts';

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
        tags: ['partners'],
        summary:
          'Partners by name or a count, searched and filtered, with customers and administrators (vendor operators)',
        querystring: partnerListQuery,
        response: { 200: partnerList, ...errors },
      },
    },
    async (request) => listPartners(deps, actorOf(request), request.query),
  );
  api.post(
    '/api/v1/partners',
    {
      schema: {
        operationId: 'createPartner',
        tags: ['partners'],
        summary: 'Add a partner and invite its first full administrator (vendor operators)',
        body: createPartnerRequest,
        response: { 201: createdPartner, ...errors, 409: errorResponse },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createPartner({ ...deps, publicUrl: deps.config.publicUrl }, actorOf(request), request.body)),
  );
  api.get(
    '/api/v1/partners/:id',
    {
      schema: {
        operationId: 'getPartner',
        tags: ['partners'],
        summary: 'A partner with its counts and administrators (vendor operators)',
        params: partnerIdParams,
        response: { 200: partnerDetail, ...errors },
      },
    },
    async (request) => getPartner(deps, actorOf(request), request.params.id),
  );
  api.patch(
    '/api/v1/partners/:id',
    {
      schema: {
        operationId: 'updatePartner',
        tags: ['partners'],
        summary: 'Edit a partner, or suspend or reactivate it (vendor operators)',
        params: partnerIdParams,
        body: updatePartnerRequest,
        response: { 200: partnerDetail, ...errors, 409: errorResponse },
      },
    },
    async (request) => updatePartner(deps, actorOf(request), request.params.id, request.body),
  );
  api.post(
    '/api/v1/partners/:id/administrators/:userId/invitation',
    {
      schema: {
        operationId: 'resendPartnerAdministratorInvitation',
        tags: ['partners'],
        summary: 'Send an invited administrator of a partner a new invitation link (vendor operators)',
        params: partnerAdministratorParams,
        response: { 201: z.object({ expiresAt: z.string() }), ...errors, 409: errorResponse },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await resendPartnerInvitation(
            { ...deps, publicUrl: deps.config.publicUrl },
            actorOf(request),
            request.params.id,
            request.params.userId,
          ),
        ),
  );
  await administratorRoutes(app, deps);
  await myOrganisationRoutes(app, deps);
}
