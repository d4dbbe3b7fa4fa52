import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { csvResponse, errorResponse, xlsxResponse } from '../../../domain/contracts/common.ts';
import {
  insightCustomer,
  insightCustomerParams,
  insightCustomersQuery,
  insightCustomersResponse,
  insightExportQuery,
  insightsOverview,
  insightsQuery,
} from '../../../domain/contracts/insights.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { sendTableExport } from '../../platform/table-export.ts';
import { exportInsights } from './export-insights.ts';
import { getInsightCustomer } from './get-insight-customer.ts';
import { getInsights } from './get-insights.ts';
import { listInsightCustomers } from './list-insight-customers.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** Customer insights (INS-1…INS-5): the portfolio, its customer table, a customer's drill-down, the export. */
export async function insightsRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['insights'];

  api.get(
    '/api/v1/insights',
    {
      schema: {
        operationId: 'getInsights',
        tags,
        summary: 'INS-1…INS-3: the portfolio’s entitlements, active users, deployment and usage, and their trend',
        querystring: insightsQuery,
        response: { 200: insightsOverview, ...errors },
      },
    },
    async (request) => getInsights(deps, { actor: actorOf(request), query: request.query }),
  );
  api.get(
    '/api/v1/insights/customers',
    {
      schema: {
        operationId: 'listInsightCustomers',
        tags,
        summary:
          'INS-1, INS-2: a page of customers and products with their figures and the causes of usage above 100 %',
        querystring: insightCustomersQuery,
        response: { 200: insightCustomersResponse, ...errors },
      },
    },
    async (request) => listInsightCustomers(deps, { actor: actorOf(request), query: request.query }),
  );
  api.get(
    '/api/v1/insights/customers/:id',
    {
      schema: {
        operationId: 'getInsightCustomer',
        tags,
        summary: 'A customer’s insights per product, and its next steps with resources (INS-5)',
        params: insightCustomerParams,
        response: { 200: insightCustomer, ...errors },
      },
    },
    async (request) => getInsightCustomer(deps, { actor: actorOf(request), customerId: request.params.id }),
  );
  for (const format of ['csv', 'xlsx'] as const) {
    api.get(
      `/api/v1/insights.${format}`,
      {
        schema: {
          operationId: format === 'csv' ? 'exportInsightsCsv' : 'exportInsightsXlsx',
          tags,
          summary: `INS-4: the whole portfolio’s deployment and usage as ${format.toUpperCase()}, streamed`,
          querystring: insightExportQuery,
          response: { 200: format === 'csv' ? csvResponse : xlsxResponse, ...errors },
        },
      },
      async (request, reply) =>
        sendTableExport(reply, format, await exportInsights(deps, { actor: actorOf(request), query: request.query })),
    );
  }
}
