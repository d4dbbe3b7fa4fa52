import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import { customerConsole, launchCustomerResponse } from '../../../domain/contracts/console.ts';
import {
  assignedPartnerAdmin,
  customerActivityQuery,
  customerActivityResponse,
  customerAdminParams,
  customerAdminsResponse,
  customerDetail,
  customerSubscriptionsResponse,
  customerTrialsResponse,
} from '../../../domain/contracts/customer-detail.ts';
import { customerIdParams } from '../../../domain/contracts/customers.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { assignCustomerAdmin, getCustomerAdmins, unassignCustomerAdmin } from './customer-admins.ts';
import { getCustomerConsole } from './customer-console.ts';
import { getCustomer } from './get-customer.ts';
import { getCustomerActivity } from './get-customer-activity.ts';
import { getCustomerSubscriptions } from './get-customer-subscriptions.ts';
import { getCustomerTrials } from './get-customer-trials.ts';
import { launchCustomer } from './launch-customer.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** The customer detail page (DET-1…DET-4), its partner admins, the launch and the customer console (CUS-7). */
export async function customerDetailRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = { tags: ['customer detail'], params: customerIdParams };

  api.get(
    '/api/v1/customers/:id',
    {
      schema: {
        operationId: 'getCustomer',
        ...read,
        summary: 'A customer: header and overview (DET-1)',
        response: { 200: customerDetail, ...errors },
      },
    },
    async (request) => getCustomer(deps, actorOf(request), request.params.id),
  );
  api.get(
    '/api/v1/customers/:id/subscriptions',
    {
      schema: {
        operationId: 'getCustomerSubscriptions',
        ...read,
        summary: 'Subscriptions with licences per service, invoices and order history (DET-2, INS-3)',
        response: { 200: customerSubscriptionsResponse, ...errors },
      },
    },
    async (request) => getCustomerSubscriptions(deps, actorOf(request), request.params.id),
  );
  api.get(
    '/api/v1/customers/:id/trials',
    {
      schema: {
        operationId: 'getCustomerTrials',
        ...read,
        summary: 'Ongoing and past trials with services, licences and days left (DET-3)',
        response: { 200: customerTrialsResponse, ...errors },
      },
    },
    async (request) => getCustomerTrials(deps, actorOf(request), request.params.id),
  );
  api.get(
    '/api/v1/customers/:id/activity',
    {
      schema: {
        operationId: 'getCustomerActivity',
        ...read,
        summary: 'Audit entries about the customer, newest first (NOT-4)',
        querystring: customerActivityQuery,
        response: { 200: customerActivityResponse, ...errors },
      },
    },
    async (request) => getCustomerActivity(deps, actorOf(request), request.params.id, request.query),
  );

  api.get(
    '/api/v1/customers/:id/admins',
    {
      schema: {
        operationId: 'listCustomerAdmins',
        ...read,
        summary: 'Partner admins assigned to the customer, and who may still be assigned (DET-4)',
        response: { 200: customerAdminsResponse, ...errors },
      },
    },
    async (request) => getCustomerAdmins(deps, actorOf(request), request.params.id),
  );
  api.put(
    '/api/v1/customers/:id/admins/:userId',
    {
      schema: {
        operationId: 'assignCustomerAdmin',
        tags: ['customer detail'],
        summary: 'Assign a partner admin to the customer (full and partner administrators)',
        params: customerAdminParams,
        response: { 200: assignedPartnerAdmin, ...errors },
      },
    },
    async (request) => assignCustomerAdmin(deps, actorOf(request), request.params.id, request.params.userId),
  );
  api.delete(
    '/api/v1/customers/:id/admins/:userId',
    {
      schema: {
        operationId: 'unassignCustomerAdmin',
        tags: ['customer detail'],
        summary: 'Unassign a partner admin from the customer (full and partner administrators)',
        params: customerAdminParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await unassignCustomerAdmin(deps, actorOf(request), request.params.id, request.params.userId);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/v1/customers/:id/launch',
    {
      schema: {
        operationId: 'launchCustomer',
        ...read,
        summary: 'Launch the customer organisation: logged, returns the rights held there (CUS-7, ROL-3)',
        response: { 200: launchCustomerResponse, ...errors },
      },
    },
    async (request) => launchCustomer(deps, actorOf(request), request.params.id),
  );
  api.get(
    '/api/v1/customers/:id/console',
    {
      schema: {
        operationId: 'getCustomerConsole',
        ...read,
        summary: 'The customer console as the customer sees it: services, licences, users, admins, trial requests',
        response: { 200: customerConsole, ...errors },
      },
    },
    async (request) => getCustomerConsole(deps, actorOf(request), request.params.id),
  );
}
