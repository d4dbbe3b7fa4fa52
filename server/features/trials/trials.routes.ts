import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import { customerIdParams } from '../../../domain/contracts/customers.ts';
import {
  acceptConsentRequest,
  consentDecisionResponse,
  consentListResponse,
  conversionListResponse,
  convertTrialRequest,
  convertTrialResponse,
  customerLookupQuery,
  customerLookupResponse,
  editTrialRequest,
  extendTrialResponse,
  extensionDecisionResponse,
  extensionIdParams,
  extensionListQuery,
  extensionListResponse,
  meetingSiteAvailability,
  meetingSiteQuery,
  orderIdParams,
  recordReturnsRequest,
  recordReturnsResponse,
  shipDevicesRequest,
  shipmentListQuery,
  shipmentListResponse,
  startTrialForExistingCustomer,
  startTrialForNewCustomer,
  startTrialResponse,
  trialDetail,
  trialIdParams,
  trialListQuery,
  trialListResponse,
  trialOptions,
  versionedRequest,
} from '../../../domain/contracts/trials.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { acceptConsent, declineConsent, listConsents } from './consents.ts';
import { completeDistributorConversion, convertTrial, listConversions } from './convert-trial.ts';
import { listShipments, recordReturns } from './device-returns.ts';
import { editTrial } from './edit-trial.ts';
import { approveExtension, extendTrial, listExtensions, rejectExtension } from './extend-trial.ts';
import { getTrial, listTrials } from './get-trial.ts';
import { meetingSiteAvailability as checkMeetingSite, lookupCustomer } from './lookup-customer.ts';
import { cancelTrial, completeSetup, resendConsent, shipTrialDevices } from './manage-trial.ts';
import {
  startTrialForExistingCustomer as startForExisting,
  startTrialForNewCustomer as startForNew,
} from './start-trial.ts';
import { trialOptions as loadTrialOptions } from './trial-terms.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** Trials (SPEC §7): the wizard, the list and detail, every lifecycle action, consents, approvals, devices. */
export async function trialRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['trials'];
  const onTrial = { tags, params: trialIdParams };

  api.get(
    '/api/v1/trials/options',
    {
      schema: {
        operationId: 'getTrialOptions',
        tags,
        summary: "The wizard's catalogue: verticals, countries → region, services, devices (TRI-1)",
        response: { 200: trialOptions, ...errors },
      },
    },
    async () => loadTrialOptions(deps.db),
  );
  api.get(
    '/api/v1/trials/meeting-site',
    {
      schema: {
        operationId: 'checkMeetingSite',
        tags,
        summary: 'Whether a meeting site URL is free (TRI-1)',
        querystring: meetingSiteQuery,
        response: { 200: meetingSiteAvailability, ...errors },
      },
    },
    async (request) => checkMeetingSite(deps, actorOf(request), request.query.name),
  );
  api.get(
    '/api/v1/trials/customer-lookup',
    {
      schema: {
        operationId: 'lookUpTrialCustomer',
        tags,
        summary: "Find an existing customer by an administrator's e-mail, with the services it may trial (TRI-4)",
        querystring: customerLookupQuery,
        response: { 200: customerLookupResponse, ...errors, 429: errorResponse },
      },
    },
    async (request) => lookupCustomer(deps, actorOf(request), request.query.email),
  );
  api.get(
    '/api/v1/trials',
    {
      schema: {
        operationId: 'listTrials',
        tags,
        summary: "The partner's trials, scoped like the customer list, filtered by state, newest first",
        querystring: trialListQuery,
        response: { 200: trialListResponse, ...errors },
      },
    },
    async (request) => listTrials(deps, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/trials/:id',
    {
      schema: {
        operationId: 'getTrial',
        ...onTrial,
        summary: 'A trial with services, devices, extensions and what the viewer may do',
        response: { 200: trialDetail, ...errors },
      },
    },
    async (request) => getTrial(deps, actorOf(request), request.params.id),
  );
  api.post(
    '/api/v1/trials',
    {
      schema: {
        operationId: 'startTrialForNewCustomer',
        tags,
        summary: 'Start a trial for a new customer (TRI-1…TRI-3)',
        body: startTrialForNewCustomer,
        response: { 201: startTrialResponse, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await startForNew(deps, actorOf(request), request.body)),
  );
  api.post(
    '/api/v1/trials/for-existing-customer',
    {
      schema: {
        operationId: 'startTrialForCustomerFoundByEmail',
        tags,
        summary: "Start a trial for an existing customer found by an administrator's e-mail (TRI-4, TRI-5, TRI-10)",
        body: startTrialForExistingCustomer,
        response: { 201: startTrialResponse, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await startForExisting(deps, actorOf(request), null, request.body)),
  );
  api.post(
    '/api/v1/customers/:id/trials',
    {
      schema: {
        operationId: 'startTrialForExistingCustomer',
        tags,
        summary: 'Start a trial for an existing or paying customer (TRI-4, TRI-5, TRI-10)',
        params: customerIdParams,
        body: startTrialForExistingCustomer,
        response: { 201: startTrialResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await startForExisting(deps, actorOf(request), request.params.id, request.body)),
  );
  api.patch(
    '/api/v1/trials/:id',
    {
      schema: {
        operationId: 'editTrial',
        ...onTrial,
        summary: 'Edit services and licence quantity (TRI-11)',
        body: editTrialRequest,
        response: { 200: trialDetail, ...errors },
      },
    },
    async (request) => editTrial(deps, actorOf(request), request.params.id, request.body),
  );
  api.post(
    '/api/v1/trials/:id/extend',
    {
      schema: {
        operationId: 'extendTrial',
        ...onTrial,
        summary: 'Extend by 30 days from the current end; device trials wait for approval (TRI-12)',
        body: versionedRequest,
        response: { 200: extendTrialResponse, ...errors },
      },
    },
    async (request) => extendTrial(deps, actorOf(request), request.params.id, request.body.version),
  );
  api.post(
    '/api/v1/trials/:id/convert',
    {
      schema: {
        operationId: 'convertTrial',
        ...onTrial,
        summary: 'Convert into a subscription; tier 2 through its distributor (TRI-13)',
        body: convertTrialRequest,
        response: { 200: convertTrialResponse, ...errors },
      },
    },
    async (request) => convertTrial(deps, actorOf(request), request.params.id, request.body),
  );
  api.post(
    '/api/v1/trials/:id/cancel',
    {
      schema: {
        operationId: 'cancelTrial',
        ...onTrial,
        summary: 'Cancel the trial, by the partner or the customer (TRI-6, TRI-14)',
        body: versionedRequest,
        response: { 200: trialDetail, ...errors },
      },
    },
    async (request) => cancelTrial(deps, actorOf(request), request.params.id, request.body.version),
  );
  api.post(
    '/api/v1/trials/:id/resend-consent',
    {
      schema: {
        operationId: 'resendTrialConsent',
        ...onTrial,
        summary: 'Send the consent request again (TRI-6)',
        body: versionedRequest,
        response: { 200: trialDetail, ...errors },
      },
    },
    async (request) => resendConsent(deps, actorOf(request), request.params.id, request.body.version),
  );
  api.post(
    '/api/v1/trials/:id/complete-setup',
    {
      schema: {
        operationId: 'completeTrialSetup',
        ...onTrial,
        summary: "The customer's first-time setup is done: provisioning starts",
        body: versionedRequest,
        response: { 200: trialDetail, ...errors },
      },
    },
    async (request) => completeSetup(deps, actorOf(request), request.params.id, request.body.version),
  );
  api.post(
    '/api/v1/trials/:id/shipments',
    {
      schema: {
        operationId: 'recordTrialShipment',
        ...onTrial,
        summary: 'Ship devices of one more type (TRI-3: once per type)',
        body: shipDevicesRequest,
        response: { 200: trialDetail, ...errors },
      },
    },
    async (request) => shipTrialDevices(deps, actorOf(request), request.params.id, request.body),
  );

  api.get(
    '/api/v1/consents',
    {
      schema: {
        operationId: 'listConsents',
        tags,
        summary: "Trial requests waiting for the customer's consent (TRI-8)",
        response: { 200: consentListResponse, ...errors },
      },
    },
    async (request) => listConsents(deps, actorOf(request)),
  );
  api.post(
    '/api/v1/consents/:id/accept',
    {
      schema: {
        operationId: 'acceptConsent',
        ...onTrial,
        summary: 'Accept a trial request; the full-administration box decides the partner rights (TRI-9, ROL-3)',
        body: acceptConsentRequest,
        response: { 200: consentDecisionResponse, ...errors },
      },
    },
    async (request) => acceptConsent(deps, actorOf(request), request.params.id, request.body),
  );
  api.post(
    '/api/v1/consents/:id/decline',
    {
      schema: {
        operationId: 'declineConsent',
        ...onTrial,
        summary: 'Decline a trial request (TRI-8)',
        response: { 200: consentDecisionResponse, ...errors },
      },
    },
    async (request) => declineConsent(deps, actorOf(request), request.params.id),
  );

  api.get(
    '/api/v1/trial-extensions',
    {
      schema: {
        operationId: 'listTrialExtensions',
        tags,
        summary: 'Device-trial extensions by status, for vendor operators (TRI-12)',
        querystring: extensionListQuery,
        response: { 200: extensionListResponse, ...errors },
      },
    },
    async (request) => listExtensions(deps, actorOf(request), request.query.status),
  );
  api.post(
    '/api/v1/trial-extensions/:id/approve',
    {
      schema: {
        operationId: 'approveTrialExtension',
        tags,
        params: extensionIdParams,
        summary: 'Approve a device-trial extension',
        response: { 200: extensionDecisionResponse, ...errors },
      },
    },
    async (request) => approveExtension(deps, actorOf(request), request.params.id),
  );
  api.post(
    '/api/v1/trial-extensions/:id/reject',
    {
      schema: {
        operationId: 'rejectTrialExtension',
        tags,
        params: extensionIdParams,
        summary: 'Reject a device-trial extension',
        response: { 200: extensionDecisionResponse, ...errors },
      },
    },
    async (request) => rejectExtension(deps, actorOf(request), request.params.id),
  );

  api.get(
    '/api/v1/conversions',
    {
      schema: {
        operationId: 'listConversions',
        tags,
        summary: "Tier-2 partners' conversions waiting for this distributor (TRI-13)",
        response: { 200: conversionListResponse, ...errors },
      },
    },
    async (request) => listConversions(deps, actorOf(request)),
  );
  api.post(
    '/api/v1/conversions/:id/complete',
    {
      schema: {
        operationId: 'completeConversion',
        tags,
        params: orderIdParams,
        summary: 'Complete a conversion as the distributor (TRI-13)',
        response: { 200: convertTrialResponse, ...errors },
      },
    },
    async (request) => completeDistributorConversion(deps, actorOf(request), request.params.id),
  );

  api.get(
    '/api/v1/devices/shipments',
    {
      schema: {
        operationId: 'listDeviceShipments',
        tags: ['devices'],
        summary: 'Devices shipped with trials; overdue=true lists those not back two weeks after the due date (TRI-16)',
        querystring: shipmentListQuery,
        response: { 200: shipmentListResponse, ...errors },
      },
    },
    async (request) => listShipments(deps, actorOf(request), request.query),
  );
  api.post(
    '/api/v1/devices/returns',
    {
      schema: {
        operationId: 'recordDeviceReturns',
        tags: ['devices'],
        summary: 'Record returned devices under an RMA; each serial must match a shipped one (TRI-16)',
        body: recordReturnsRequest,
        response: { 200: recordReturnsResponse, ...errors },
      },
    },
    async (request) => recordReturns(deps, actorOf(request), request.body),
  );
}
