import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  callingOverview,
  callingQuery,
  callingTableParams,
  callingTableQuery,
  callingTableResponse,
  productQuery,
  sectionParams,
  sectionQuery,
  sectionResponse,
  subscriptionOverview,
} from '../../../domain/contracts/analytics.ts';
import { csvResponse, errorResponse, xlsxResponse } from '../../../domain/contracts/common.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { exportFormats, sendTableExport } from '../../platform/table-export.ts';
import { exportCallingTable, getCallingOverview, getCallingTable } from './calling-analytics.ts';
import {
  exportSubscriptionSection,
  getSubscriptionOverview,
  getSubscriptionSection,
} from './subscription-analytics.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** Subscription analytics (ANA-1…ANA-7) and calling engagement analytics (CAL-1…CAL-7), each with "data as of". */
export async function analyticsRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['analytics'];

  api.get(
    '/api/v1/analytics/subscriptions',
    {
      schema: {
        operationId: 'getSubscriptionAnalytics',
        tags,
        summary: 'ANA-1 KPIs and the ANA-2 weekly licence trend of Meetings or Calling',
        querystring: productQuery,
        response: { 200: subscriptionOverview, ...errors },
      },
    },
    async (request) => getSubscriptionOverview(deps, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/analytics/subscriptions/:section',
    {
      schema: {
        operationId: 'getSubscriptionAnalyticsSection',
        tags,
        summary: 'ANA-3…ANA-7: a section’s KPIs and one page of its table, sorted on any column',
        params: sectionParams,
        querystring: sectionQuery,
        response: { 200: sectionResponse, ...errors },
      },
    },
    async (request) => getSubscriptionSection(deps, actorOf(request), request.params.section, request.query),
  );
  for (const format of exportFormats) {
    api.get(
      `/api/v1/analytics/subscriptions/:section/export.${format}`,
      {
        schema: {
          operationId:
            format === 'csv' ? 'exportSubscriptionAnalyticsSection' : 'exportSubscriptionAnalyticsSectionXlsx',
          tags,
          summary: `A section’s whole table as ${format.toUpperCase()}, in the requested sort, streamed (X-2)`,
          params: sectionParams,
          querystring: sectionQuery,
          response: { 200: format === 'csv' ? csvResponse : xlsxResponse, ...errors },
        },
      },
      async (request, reply) =>
        sendTableExport(
          reply,
          format,
          await exportSubscriptionSection(deps, actorOf(request), request.params.section, request.query),
        ),
    );
  }

  api.get(
    '/api/v1/analytics/calling',
    {
      schema: {
        operationId: 'getCallingAnalytics',
        tags,
        summary: 'CAL-1, CAL-3, CAL-4, CAL-6 over the last completed week and the 8 before it',
        querystring: callingQuery,
        response: { 200: callingOverview, ...errors },
      },
    },
    async (request) => getCallingOverview(deps, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/analytics/calling/:table',
    {
      schema: {
        operationId: 'getCallingAnalyticsTable',
        tags,
        summary: 'CAL-2 (usage), CAL-5 (quality), CAL-7 (queues): KPIs and one page of the table',
        params: callingTableParams,
        querystring: callingTableQuery,
        response: { 200: callingTableResponse, ...errors },
      },
    },
    async (request) => getCallingTable(deps, actorOf(request), request.params.table, request.query),
  );
  for (const format of exportFormats) {
    api.get(
      `/api/v1/analytics/calling/:table/export.${format}`,
      {
        schema: {
          operationId: format === 'csv' ? 'exportCallingAnalyticsTable' : 'exportCallingAnalyticsTableXlsx',
          tags,
          summary: `A calling table as ${format.toUpperCase()}, in the requested sort, streamed (X-2)`,
          params: callingTableParams,
          querystring: callingTableQuery,
          response: { 200: format === 'csv' ? csvResponse : xlsxResponse, ...errors },
        },
      },
      async (request, reply) =>
        sendTableExport(
          reply,
          format,
          await exportCallingTable(deps, actorOf(request), request.params.table, request.query),
        ),
    );
  }
}
