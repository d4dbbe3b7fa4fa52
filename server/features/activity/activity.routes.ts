import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { EntitlementCategory } from '../../../domain/activity.ts';
import {
  activityAccess,
  additionalCasesResponse,
  agreementQuery,
  consumptionQuery,
  consumptionResponse,
  customerAgreementsResponse,
  delegateParams,
  delegatesResponse,
  educationQuery,
  enterpriseResponse,
  exportFormatParams,
  logWorkRequest,
  openSupportRequestRequest,
  packagesQuery,
  packagesResponse,
  proofFormatParams,
  supportRequestDetail,
  supportRequestParams,
  supportRequestShareParams,
  supportRequestSharesResponse,
  supportRequestsQuery,
  supportRequestsResponse,
  workspaceQuery,
} from '../../../domain/contracts/activity.ts';
import { errorResponse } from '../../../domain/contracts/common.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { sendTableExport } from '../../platform/table-export.ts';
import { listDelegates, setCustomerActivityRole } from './delegates.ts';
import { educationColumns, exportEducationReport } from './export-education-report.ts';
import { getActivityAccess } from './get-activity-access.ts';
import { getAddOnPackages } from './get-add-on-packages.ts';
import { getAdditionalCases } from './get-additional-cases.ts';
import { consumptionColumns, exportConsumption, getConsumption } from './get-consumption.ts';
import { getCustomerAgreements } from './get-customer-agreements.ts';
import { getEnterpriseOverview } from './get-enterprise-overview.ts';
import { logSupportWork } from './log-support-work.ts';
import { openSupportRequest } from './open-support-request.ts';
import { proofColumns, proofLines, proofOfDelivery, proofPdf } from './proof-of-delivery.ts';
import { listSupportRequestShares, shareSupportRequest, unshareSupportRequest } from './share-support-request.ts';
import { getSupportRequest, listSupportRequests } from './support-requests.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const fileResponse = (description: string, types: string[]) => ({
  description,
  content: Object.fromEntries(types.map((type) => [type, { schema: z.string() }])),
});
const tableFile = fileResponse('The table as CSV or XLSX, streamed', [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);
const proofFile = fileResponse('The proof of delivery as CSV or PDF', ['text/csv', 'application/pdf']);
const noContent = { 204: z.null() };

/** Customer activity (SPEC §11, ACT-1…ACT-8), support requests, and a partner's read-only agreements tab. */
export async function activityRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['activity'];

  api.get(
    '/api/v1/activity',
    {
      schema: {
        operationId: 'getActivityAccess',
        tags,
        summary: 'ACT-2, ACT-3: whether Customer activity opens for the caller, and the workspaces they may see',
        response: { 200: activityAccess, ...errors },
      },
    },
    async (request) => getActivityAccess(deps, actorOf(request)),
  );
  api.get(
    '/api/v1/activity/enterprise',
    {
      schema: {
        operationId: 'getActivityEnterprise',
        tags,
        summary: 'ACT-3: a workspace’s agreements and enterprise-wide consumption across its active agreements',
        querystring: workspaceQuery,
        response: { 200: enterpriseResponse, ...errors },
      },
    },
    async (request) => getEnterpriseOverview(deps, actorOf(request), request.query.workspaceId),
  );
  api.get(
    '/api/v1/activity/packages',
    {
      schema: {
        operationId: 'getActivityPackages',
        tags,
        summary:
          'ACT-4: one agreement’s add-on packages (filter by package and status) with bought, consumed, remaining',
        querystring: packagesQuery,
        response: { 200: packagesResponse, ...errors },
      },
    },
    async (request) => getAddOnPackages(deps, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/activity/consumption',
    {
      schema: {
        operationId: 'getActivityConsumption',
        tags,
        summary: 'ACT-5: a drill-down — description, totals, entitlements and the consumption records',
        querystring: consumptionQuery,
        response: { 200: consumptionResponse, ...errors },
      },
    },
    async (request) =>
      getConsumption(deps, actorOf(request), {
        workspaceId: request.query.workspaceId,
        drillDown: request.query.drillDown as EntitlementCategory,
      }),
  );
  api.get(
    '/api/v1/activity/consumption/export.:format',
    {
      schema: {
        operationId: 'exportActivityConsumption',
        tags,
        summary: 'ACT-5: every consumption record of a drill-down as CSV or XLSX',
        params: exportFormatParams,
        querystring: consumptionQuery,
        response: { 200: tableFile, ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId, drillDown } = request.query;
      const rows = await exportConsumption(deps, actorOf(request), {
        workspaceId,
        drillDown: drillDown as EntitlementCategory,
      });
      return sendTableExport(reply, request.params.format, {
        fileName: `consumption-${drillDown}`,
        columns: consumptionColumns,
        rows,
      });
    },
  );
  api.get(
    '/api/v1/activity/additional-cases',
    {
      schema: {
        operationId: 'getActivityAdditionalCases',
        tags,
        summary: 'ACT-6: the workspace’s additional cases with their reasons, among the requests the caller sees',
        querystring: workspaceQuery,
        response: { 200: additionalCasesResponse, ...errors },
      },
    },
    async (request) => getAdditionalCases(deps, actorOf(request), request.query.workspaceId),
  );
  api.get(
    '/api/v1/activity/reports/education.:format',
    {
      schema: {
        operationId: 'exportEducationReport',
        tags,
        summary: 'ACT-7: the education report on demand (learning managers), CSV or XLSX',
        params: exportFormatParams,
        querystring: educationQuery,
        response: { 200: tableFile, ...errors },
      },
    },
    async (request, reply) => {
      const rows = await exportEducationReport(deps, actorOf(request), request.query.workspaceId);
      return sendTableExport(reply, request.params.format, {
        fileName: 'education-report',
        columns: educationColumns,
        rows,
      });
    },
  );
  api.get(
    '/api/v1/activity/reports/proof-of-delivery.:format',
    {
      schema: {
        operationId: 'exportProofOfDelivery',
        tags,
        summary: 'ACT-8: delivered vs bought for one agreement, as CSV or PDF',
        params: proofFormatParams,
        querystring: agreementQuery,
        response: { 200: proofFile, ...errors },
      },
    },
    async (request, reply) => {
      const proof = await proofOfDelivery(deps, actorOf(request), request.query.agreementId);
      const fileName = `proof-of-delivery-${proof.agreement.number}`;
      if (request.params.format === 'csv') {
        return sendTableExport(reply, 'csv', { fileName, columns: proofColumns, rows: proofLines(proof) });
      }
      const pdf = await proofPdf(proof);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}.pdf"`)
        .send(pdf as never);
    },
  );
  api.get(
    '/api/v1/activity/delegates',
    {
      schema: {
        operationId: 'listActivityDelegates',
        tags,
        summary: 'ACT-2: the organisation’s users and who holds the customer activity role',
        response: { 200: delegatesResponse, ...errors },
      },
    },
    async (request) => listDelegates(deps, actorOf(request)),
  );
  api.put(
    '/api/v1/activity/delegates/:userId',
    {
      schema: {
        operationId: 'grantCustomerActivity',
        tags,
        summary: 'ACT-2: give a user of the organisation the customer activity role',
        params: delegateParams,
        response: { ...noContent, ...errors },
      },
    },
    async (request, reply) => {
      await setCustomerActivityRole(deps, actorOf(request), request.params.userId, true);
      return reply.code(204).send(null);
    },
  );
  api.delete(
    '/api/v1/activity/delegates/:userId',
    {
      schema: {
        operationId: 'removeCustomerActivity',
        tags,
        summary: 'ACT-2: take the customer activity role away from a user',
        params: delegateParams,
        response: { ...noContent, ...errors },
      },
    },
    async (request, reply) => {
      await setCustomerActivityRole(deps, actorOf(request), request.params.userId, false);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/v1/support-requests',
    {
      schema: {
        operationId: 'listSupportRequests',
        tags,
        summary: 'The support requests the caller sees (ACT-2); for vendor operators the queue across customers',
        querystring: supportRequestsQuery,
        response: { 200: supportRequestsResponse, ...errors },
      },
    },
    async (request) => listSupportRequests(deps, actorOf(request), request.query),
  );
  api.post(
    '/api/v1/support-requests',
    {
      schema: {
        operationId: 'openSupportRequest',
        tags,
        summary: 'A customer’s user opens a support request against an entitlement',
        body: openSupportRequestRequest,
        response: { 201: supportRequestDetail, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await openSupportRequest(deps, actorOf(request), request.body)),
  );
  api.get(
    '/api/v1/support-requests/:customerId/:id',
    {
      schema: {
        operationId: 'getSupportRequest',
        tags,
        summary: 'One support request with its status, history and what it consumed',
        params: supportRequestParams,
        response: { 200: supportRequestDetail, ...errors },
      },
    },
    async (request) => getSupportRequest(deps, actorOf(request), request.params.customerId, request.params.id),
  );
  api.post(
    '/api/v1/support-requests/:customerId/:id/work',
    {
      schema: {
        operationId: 'logSupportRequestWork',
        tags,
        summary: 'A vendor operator logs work (consuming the entitlement) and sets the status',
        params: supportRequestParams,
        body: logWorkRequest,
        response: { 200: supportRequestDetail, ...errors },
      },
    },
    async (request) =>
      logSupportWork(deps, actorOf(request), request.params.customerId, request.params.id, request.body),
  );
  api.get(
    '/api/v1/support-requests/:customerId/:id/shares',
    {
      schema: {
        operationId: 'listSupportRequestShares',
        tags,
        summary: 'ACT-2: whom a support request is shared with, and whom else of the organisation it can be',
        params: supportRequestParams,
        response: { 200: supportRequestSharesResponse, ...errors },
      },
    },
    async (request) => listSupportRequestShares(deps, actorOf(request), request.params.customerId, request.params.id),
  );
  api.put(
    '/api/v1/support-requests/:customerId/:id/shares/:userId',
    {
      schema: {
        operationId: 'shareSupportRequest',
        tags,
        summary: 'ACT-2: the owner, primary contact or an administrator shares the request with a user',
        params: supportRequestShareParams,
        response: { ...noContent, ...errors },
      },
    },
    async (request, reply) => {
      const { customerId, id, userId } = request.params;
      await shareSupportRequest(deps, actorOf(request), customerId, id, userId);
      return reply.code(204).send(null);
    },
  );
  api.delete(
    '/api/v1/support-requests/:customerId/:id/shares/:userId',
    {
      schema: {
        operationId: 'unshareSupportRequest',
        tags,
        summary: 'ACT-2: take a share back; the user no longer sees the request (unless another rule lets them)',
        params: supportRequestShareParams,
        response: { ...noContent, ...errors },
      },
    },
    async (request, reply) => {
      const { customerId, id, userId } = request.params;
      await unshareSupportRequest(deps, actorOf(request), customerId, id, userId);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/v1/customers/:id/agreements',
    {
      schema: {
        operationId: 'getCustomerAgreements',
        tags,
        summary: 'ROL-3: a customer’s support agreements, read-only, for its partners',
        params: z.object({ id: z.uuid() }),
        response: { 200: customerAgreementsResponse, ...errors },
      },
    },
    async (request) => getCustomerAgreements(deps, actorOf(request), request.params.id),
  );
}
