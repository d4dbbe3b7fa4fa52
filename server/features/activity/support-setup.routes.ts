import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  agreementRequest,
  entitlementRequest,
  packageRequest,
  setupAgreementParams,
  setupAgreementResponse,
  setupEntitlementParams,
  setupEntitlementResponse,
  setupGroupParams,
  setupGroupResponse,
  setupPackageParams,
  setupPackageResponse,
  setupWorkspaceParams,
  setupWorkspaceResponse,
  supportGroupRequest,
  supportSetupParams,
  supportSetupResponse,
  workspaceRequest,
} from '../../../domain/contracts/activity.ts';
import { errorResponse } from '../../../domain/contracts/common.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { getSupportSetup } from './get-support-setup.ts';
import {
  createAgreement,
  createEntitlement,
  createPackage,
  editAgreement,
  editEntitlement,
  editPackage,
} from './setup-agreements.ts';
import { createSupportGroup, editSupportGroup } from './setup-support-groups.ts';
import { createWorkspace, editWorkspace } from './setup-workspaces.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
/** A name or number the customer already uses. */
const writeErrors = { ...errors, 409: errorResponse };

/** ACT-1: the vendor operators' support setup of a customer, from the customer detail page's Agreements tab. */
export async function supportSetupRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['activity'];
  const base = '/api/v1/customers/:id/support-setup';

  api.get(
    base,
    {
      schema: {
        operationId: 'getSupportSetup',
        tags,
        summary: 'ACT-1: a customer’s workspaces, agreements, packages, entitlements and support groups (vendor)',
        params: supportSetupParams,
        response: { 200: supportSetupResponse, ...errors },
      },
    },
    async (request) => getSupportSetup(deps, actorOf(request), request.params.id),
  );

  api.post(
    `${base}/workspaces`,
    {
      schema: {
        operationId: 'createSupportWorkspace',
        tags,
        summary: 'ACT-3: a vendor operator adds a workspace of the customer with its members',
        params: supportSetupParams,
        body: workspaceRequest,
        response: { 201: setupWorkspaceResponse, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createWorkspace(deps, actorOf(request), request.params.id, request.body)),
  );
  api.put(
    `${base}/workspaces/:workspaceId`,
    {
      schema: {
        operationId: 'updateSupportWorkspace',
        tags,
        summary: 'ACT-3: rename a workspace and set its members',
        params: setupWorkspaceParams,
        body: workspaceRequest,
        response: { 200: setupWorkspaceResponse, ...writeErrors },
      },
    },
    async (request) =>
      editWorkspace(deps, actorOf(request), request.params.id, request.params.workspaceId, request.body),
  );

  api.post(
    `${base}/agreements`,
    {
      schema: {
        operationId: 'createSupportAgreement',
        tags,
        summary: 'ACT-1: a vendor operator records a support agreement of the customer in one of its workspaces',
        params: supportSetupParams,
        body: agreementRequest,
        response: { 201: setupAgreementResponse, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createAgreement(deps, actorOf(request), request.params.id, request.body)),
  );
  api.put(
    `${base}/agreements/:agreementId`,
    {
      schema: {
        operationId: 'updateSupportAgreement',
        tags,
        summary: 'ACT-1: change an agreement’s workspace, number, name or dates',
        params: setupAgreementParams,
        body: agreementRequest,
        response: { 200: setupAgreementResponse, ...writeErrors },
      },
    },
    async (request) =>
      editAgreement(deps, actorOf(request), request.params.id, request.params.agreementId, request.body),
  );

  api.post(
    `${base}/agreements/:agreementId/packages`,
    {
      schema: {
        operationId: 'createSupportPackage',
        tags,
        summary: 'ACT-1: add an enterprise-wide or add-on package to an agreement',
        params: setupAgreementParams,
        body: packageRequest,
        response: { 201: setupPackageResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createPackage(deps, actorOf(request), request.params.id, request.params.agreementId, request.body)),
  );
  api.put(
    `${base}/packages/:packageId`,
    {
      schema: {
        operationId: 'updateSupportPackage',
        tags,
        summary: 'ACT-1, ACT-4: change a package’s kind, name or dates (its expiry)',
        params: setupPackageParams,
        body: packageRequest,
        response: { 200: setupPackageResponse, ...errors },
      },
    },
    async (request) => editPackage(deps, actorOf(request), request.params.id, request.params.packageId, request.body),
  );

  api.post(
    `${base}/packages/:packageId/entitlements`,
    {
      schema: {
        operationId: 'createEntitlement',
        tags,
        summary: 'ACT-1: add an entitlement to a package: consumable with the quantity bought, or a benefit',
        params: setupPackageParams,
        body: entitlementRequest,
        response: { 201: setupEntitlementResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createEntitlement(deps, actorOf(request), request.params.id, request.params.packageId, request.body),
        ),
  );
  api.put(
    `${base}/entitlements/:entitlementId`,
    {
      schema: {
        operationId: 'updateEntitlement',
        tags,
        summary: 'ACT-1: change an entitlement (never below what was consumed of it)',
        params: setupEntitlementParams,
        body: entitlementRequest,
        response: { 200: setupEntitlementResponse, ...errors },
      },
    },
    async (request) =>
      editEntitlement(deps, actorOf(request), request.params.id, request.params.entitlementId, request.body),
  );

  api.post(
    `${base}/groups`,
    {
      schema: {
        operationId: 'createSupportGroup',
        tags,
        summary: 'ACT-2: a support group of the customer, its members and the requests it is given access to',
        params: supportSetupParams,
        body: supportGroupRequest,
        response: { 201: setupGroupResponse, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createSupportGroup(deps, actorOf(request), request.params.id, request.body)),
  );
  api.put(
    `${base}/groups/:groupId`,
    {
      schema: {
        operationId: 'updateSupportGroup',
        tags,
        summary: 'ACT-2: rename a support group, set its members and the requests it sees',
        params: setupGroupParams,
        body: supportGroupRequest,
        response: { 200: setupGroupResponse, ...writeErrors },
      },
    },
    async (request) =>
      editSupportGroup(deps, actorOf(request), request.params.id, request.params.groupId, request.body),
  );
}
