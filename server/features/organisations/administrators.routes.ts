import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  administratorParams,
  administratorsResponse,
  inviteAdministratorRequest,
  updateAdministratorRolesRequest,
} from '../../../domain/contracts/administrators.ts';
import { errorResponse } from '../../../domain/contracts/common.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { changeAdministratorRoles } from './change-administrator-roles.ts';
import { inviteAdministrator } from './invite-administrator.ts';
import { listAdministrators } from './list-administrators.ts';
import { removeAdministrator } from './remove-administrator.ts';
import { resendInvitation } from './resend-invitation.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** ORG-2, ROL-7: the administrators of the caller's own organisation. */
export async function administratorRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['administrators'];

  api.get(
    '/api/v1/administrators',
    {
      schema: {
        operationId: 'listAdministrators',
        tags,
        summary: 'Administrators of my organisation, with roles and customer access (ORG-2)',
        response: { 200: administratorsResponse, ...errors },
      },
    },
    async (request) => listAdministrators(deps, actorOf(request)),
  );
  api.post(
    '/api/v1/administrators',
    {
      schema: {
        operationId: 'inviteAdministrator',
        tags,
        summary: 'Invite an administrator with roles (full administrators)',
        body: inviteAdministratorRequest,
        response: { 201: z.object({ id: z.string() }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await inviteAdministrator({ ...deps, publicUrl: deps.config.publicUrl }, actorOf(request), request.body)),
  );
  api.post(
    '/api/v1/administrators/:userId/invitation',
    {
      schema: {
        operationId: 'resendAdministratorInvitation',
        tags,
        summary: 'Send an invited administrator a new invitation link; the earlier links stop working',
        params: administratorParams,
        response: { 201: z.object({ expiresAt: z.string() }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await resendInvitation(
            { ...deps, publicUrl: deps.config.publicUrl },
            actorOf(request),
            request.params.userId,
          ),
        ),
  );
  api.put(
    '/api/v1/administrators/:userId/roles',
    {
      schema: {
        operationId: 'changeAdministratorRoles',
        tags,
        summary: 'Set the roles of an administrator (full administrators, ROL-7)',
        params: administratorParams,
        body: updateAdministratorRolesRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await changeAdministratorRoles(deps, actorOf(request), request.params.userId, request.body.roles);
      return reply.code(204).send(null);
    },
  );
  api.delete(
    '/api/v1/administrators/:userId',
    {
      schema: {
        operationId: 'removeAdministrator',
        tags,
        summary: 'Remove an administrator (full administrators)',
        params: administratorParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeAdministrator(deps, actorOf(request), request.params.userId);
      return reply.code(204).send(null);
    },
  );
}
