import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csvResponse, errorResponse, xlsxResponse } from '../../../domain/contracts/common.ts';
import {
  createTagRequest,
  createViewRequest,
  customerListQuery,
  customerListResponse,
  customerSummary,
  customerTagParams,
  savedView,
  tagWithCount,
  updateTagRequest,
  updateViewRequest,
  viewIdParams,
} from '../../../domain/contracts/customers.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { sendCsv } from '../../platform/csv-response.ts';
import { sendTableExport } from '../../platform/table-export.ts';
import { assignTag, unassignTag } from './assign-tag.ts';
import { createTag } from './create-tag.ts';
import { getCustomerSummary } from './customer-summary.ts';
import { removeTag } from './delete-tag.ts';
import { customerExport, exportCustomers } from './export-customers.ts';
import { listCustomers } from './list-customers.ts';
import { listTags } from './list-tags.ts';
import { changeView, createView, listViews, removeView } from './saved-view.ts';
import { changeTag } from './update-tag.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const tagIdParams = z.object({ id: z.uuid() });

/** The customer list (CUS-1…CUS-6), its KPI strip and export, tags (TAG) and saved views. */
export async function customerListRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const schema = { tags: ['customers'], querystring: customerListQuery };

  api.get(
    '/api/v1/customers',
    {
      schema: {
        operationId: 'listCustomers',
        ...schema,
        summary: 'Customers the caller may see: statuses, filters, search, sort, keyset paging',
        response: { 200: customerListResponse, ...errors },
      },
    },
    async (request) => listCustomers(deps, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/customers/summary',
    {
      schema: {
        operationId: 'getCustomerSummary',
        ...schema,
        summary: 'KPI strip of the customer list, over the customers matching the filters',
        response: { 200: customerSummary, ...errors },
      },
    },
    async (request) => getCustomerSummary(deps, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/customers.csv',
    {
      schema: {
        operationId: 'exportCustomers',
        ...schema,
        summary: 'The customer list as CSV with the same filters and sort, streamed (X-2)',
        response: { 200: csvResponse, ...errors },
      },
    },
    async (request, reply) => sendCsv(reply, 'customers', exportCustomers(deps, actorOf(request), request.query)),
  );
  api.get(
    '/api/v1/customers.xlsx',
    {
      schema: {
        operationId: 'exportCustomersXlsx',
        ...schema,
        summary:
          'The customer list as XLSX (typed cells, frozen header) with the same filters and sort, streamed (X-2)',
        response: { 200: xlsxResponse, ...errors },
      },
    },
    async (request, reply) => sendTableExport(reply, 'xlsx', customerExport(deps, actorOf(request), request.query)),
  );

  const tagSchema = { tags: ['tags'] };
  api.get(
    '/api/v1/tags',
    {
      schema: {
        operationId: 'listTags',
        ...tagSchema,
        summary: "The partner's tags with their customer counts (TAG-2)",
        response: { 200: z.object({ items: z.array(tagWithCount) }), ...errors },
      },
    },
    async (request) => listTags(deps, actorOf(request)),
  );
  api.post(
    '/api/v1/tags',
    {
      schema: {
        operationId: 'createTag',
        ...tagSchema,
        summary: 'Create a tag (full administrators and partner administrators)',
        body: createTagRequest,
        response: { 201: tagWithCount, 409: errorResponse, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createTag(deps, actorOf(request), request.body)),
  );
  api.patch(
    '/api/v1/tags/:id',
    {
      schema: {
        operationId: 'updateTag',
        ...tagSchema,
        summary: 'Rename or recolour a tag',
        params: tagIdParams,
        body: updateTagRequest,
        response: { 200: tagWithCount, 409: errorResponse, ...errors },
      },
    },
    async (request) => changeTag(deps, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    '/api/v1/tags/:id',
    {
      schema: {
        operationId: 'deleteTag',
        ...tagSchema,
        summary: 'Delete a tag and take it off every customer',
        params: tagIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeTag(deps, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  api.put(
    '/api/v1/customers/:id/tags/:tagId',
    {
      schema: {
        operationId: 'assignTag',
        ...tagSchema,
        summary: 'Put a tag on a customer',
        params: customerTagParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await assignTag(deps, actorOf(request), request.params.id, request.params.tagId);
      return reply.code(204).send(null);
    },
  );
  api.delete(
    '/api/v1/customers/:id/tags/:tagId',
    {
      schema: {
        operationId: 'unassignTag',
        ...tagSchema,
        summary: 'Take a tag off a customer',
        params: customerTagParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await unassignTag(deps, actorOf(request), request.params.id, request.params.tagId);
      return reply.code(204).send(null);
    },
  );

  const viewSchema = { tags: ['views'] };
  api.get(
    '/api/v1/views',
    {
      schema: {
        operationId: 'listViews',
        ...viewSchema,
        summary: "The caller's saved views of the customer list and those shared with it (CUS-6)",
        response: { 200: z.object({ items: z.array(savedView) }), ...errors },
      },
    },
    async (request) => listViews(deps, actorOf(request)),
  );
  api.post(
    '/api/v1/views',
    {
      schema: {
        operationId: 'createView',
        ...viewSchema,
        summary: 'Save a view: a name and the list query',
        body: createViewRequest,
        response: { 201: savedView, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createView(deps, actorOf(request), request.body)),
  );
  api.patch(
    '/api/v1/views/:id',
    {
      schema: {
        operationId: 'updateView',
        ...viewSchema,
        summary: 'Rename, re-query or (un)share one of your views',
        params: viewIdParams,
        body: updateViewRequest,
        response: { 200: savedView, ...errors },
      },
    },
    async (request) => changeView(deps, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    '/api/v1/views/:id',
    {
      schema: {
        operationId: 'deleteView',
        ...viewSchema,
        summary: 'Delete one of your views',
        params: viewIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeView(deps, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
