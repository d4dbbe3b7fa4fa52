import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  acceptInvitationRequest,
  acceptInvitationResponse,
  invitationParams,
  invitationRenewalResponse,
  invitationResponse,
} from '../../../domain/contracts/invitations.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { openBrowserSession } from '../auth/browser-session.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { getInvitation } from './get-invitation.ts';
import { requestInvitationRenewal } from './request-invitation-renewal.ts';

/** Issue #10: the public endpoints of an invitation's one-time link (`/invitations/{token}` in the web app). */
export async function invitationRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['invitations'];
  const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
  api.get(
    '/api/v1/invitations/:token',
    {
      schema: {
        operationId: 'getInvitation',
        tags,
        security: [],
        summary: 'Who invited whom to which organisation, and whether the link still works',
        params: invitationParams,
        response: { 200: invitationResponse, 400: errorResponse, 404: errorResponse },
      },
      config: { public: true },
    },
    async (request) => getInvitation(deps, request.params.token),
  );
  api.post(
    '/api/v1/invitations/:token/accept',
    {
      schema: {
        operationId: 'acceptInvitation',
        tags,
        security: [],
        summary: 'Choose a password with the invitation link; signs the new user in',
        params: invitationParams,
        body: acceptInvitationRequest,
        response: { 200: acceptInvitationResponse, ...errors },
      },
      config: { public: true },
    },
    async (request, reply) => {
      const accepted = await acceptInvitation(deps, request.params.token, request.body);
      return { session: await openBrowserSession(deps, request, reply, accepted), next: accepted.next };
    },
  );
  api.post(
    '/api/v1/invitations/:token/renewal-request',
    {
      schema: {
        operationId: 'requestInvitationRenewal',
        tags,
        security: [],
        summary: 'Ask the inviter (or the organisation’s full administrators) for a new link; once per link',
        params: invitationParams,
        response: { 202: invitationRenewalResponse, ...errors },
      },
      config: { public: true },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(await requestInvitationRenewal({ ...deps, publicUrl: deps.config.publicUrl }, request.params.token)),
  );
}
