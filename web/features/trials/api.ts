/**
 * Calls of the trials contract (domain/contracts/trials.ts). Query keys start with ['trials'] so one
 * invalidation refreshes every trial screen; a change also refreshes the customer's pages (['customer', id]).
 */
import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  AcceptConsentRequest,
  ConsentDecisionResponse,
  ConsentListResponse,
  ConversionListResponse,
  ConvertTrialRequest,
  ConvertTrialResponse,
  CustomerLookupResponse,
  EditTrialRequest,
  ExtendTrialResponse,
  ExtensionDecisionResponse,
  ExtensionListResponse,
  MeetingSiteAvailability,
  RecordReturnsRequest,
  RecordReturnsResponse,
  ShipmentListResponse,
  StartTrialForExistingCustomer,
  StartTrialForNewCustomer,
  StartTrialResponse,
  TrialDetail,
  TrialListResponse,
  TrialOptions,
  TrialStateName,
} from '../../../domain/contracts/trials.ts';
import { api } from '../../api/client.ts';

export type {
  ConsentListResponse,
  CustomerLookupResponse,
  TrialDetail,
  TrialListResponse,
  TrialOptions,
  TrialStateName,
};

const trialPath = (id: string) => `/api/v1/trials/${encodeURIComponent(id)}`;

export const trialsQueryKey = ['trials'] as const;
const trialQueryKey = (id: string) => ['trials', 'detail', id] as const;

/** After any change: every trial screen, and the pages of the customer it belongs to. */
export async function refreshAfterTrialChange(queryClient: QueryClient, customerId?: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: trialsQueryKey }),
    queryClient.invalidateQueries({ queryKey: ['customers'] }),
    customerId ? queryClient.invalidateQueries({ queryKey: ['customer', customerId] }) : Promise.resolve(),
  ]);
}

export function useTrialOptions() {
  return useQuery({
    queryKey: [...trialsQueryKey, 'options'],
    queryFn: ({ signal }) => api.get<TrialOptions>('/api/v1/trials/options', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useTrialList(state: readonly TrialStateName[], cursor: string | undefined, customerId?: string) {
  return useQuery({
    queryKey: [...trialsQueryKey, 'list', { state, cursor, customerId }],
    queryFn: ({ signal }) =>
      api.get<TrialListResponse>('/api/v1/trials', {
        signal,
        query: { state: state.length > 0 ? state.join(',') : undefined, cursor, customerId, limit: 50 },
      }),
    placeholderData: (previous) => previous,
  });
}

export function useTrial(id: string, enabled = true) {
  return useQuery({
    queryKey: trialQueryKey(id),
    queryFn: ({ signal }) => api.get<TrialDetail>(trialPath(id), { signal }),
    enabled,
  });
}

export const checkMeetingSite = (name: string, signal?: AbortSignal) =>
  api.get<MeetingSiteAvailability>('/api/v1/trials/meeting-site', { query: { name }, signal });

export const lookupCustomer = (email: string) =>
  api.get<CustomerLookupResponse>('/api/v1/trials/customer-lookup', { query: { email } });

export const startTrialForNewCustomer = (body: StartTrialForNewCustomer) =>
  api.post<StartTrialResponse>('/api/v1/trials', body);

/** TRI-4: the customer found by the administrator's e-mail in the body (the look-up does not tell its id). */
export const startTrialForExistingCustomer = (body: StartTrialForExistingCustomer) =>
  api.post<StartTrialResponse>('/api/v1/trials/for-existing-customer', body);

export const editTrial = (id: string, body: EditTrialRequest) => api.patch<TrialDetail>(trialPath(id), body);

export const extendTrial = (id: string, version: number) =>
  api.post<ExtendTrialResponse>(`${trialPath(id)}/extend`, { version });

export const convertTrial = (id: string, body: ConvertTrialRequest) =>
  api.post<ConvertTrialResponse>(`${trialPath(id)}/convert`, body);

export const cancelTrial = (id: string, version: number) =>
  api.post<TrialDetail>(`${trialPath(id)}/cancel`, { version });

export const resendConsent = (id: string, version: number) =>
  api.post<TrialDetail>(`${trialPath(id)}/resend-consent`, { version });

export const completeSetup = (id: string, version: number) =>
  api.post<TrialDetail>(`${trialPath(id)}/complete-setup`, { version });

const consentsQueryKey = [...trialsQueryKey, 'consents'] as const;

export function useConsents(enabled = true) {
  return useQuery({
    queryKey: consentsQueryKey,
    queryFn: ({ signal }) => api.get<ConsentListResponse>('/api/v1/consents', { signal }),
    enabled,
  });
}

export const acceptConsent = (trialId: string, body: AcceptConsentRequest) =>
  api.post<ConsentDecisionResponse>(`/api/v1/consents/${encodeURIComponent(trialId)}/accept`, body);

export const declineConsent = (trialId: string) =>
  api.post<ConsentDecisionResponse>(`/api/v1/consents/${encodeURIComponent(trialId)}/decline`);

export function usePendingExtensions() {
  return useQuery({
    queryKey: [...trialsQueryKey, 'extensions'],
    queryFn: ({ signal }) =>
      api.get<ExtensionListResponse>('/api/v1/trial-extensions', { signal, query: { status: 'pending_approval' } }),
  });
}

export const decideExtension = (id: string, decision: 'approve' | 'reject') =>
  api.post<ExtensionDecisionResponse>(`/api/v1/trial-extensions/${encodeURIComponent(id)}/${decision}`);

export function usePendingConversions(enabled: boolean) {
  return useQuery({
    queryKey: [...trialsQueryKey, 'conversions'],
    queryFn: ({ signal }) => api.get<ConversionListResponse>('/api/v1/conversions', { signal }),
    enabled,
  });
}

export const completeConversion = (orderId: string) =>
  api.post<ConvertTrialResponse>(`/api/v1/conversions/${encodeURIComponent(orderId)}/complete`);

export function useShipments(overdueOnly: boolean, cursor: string | undefined) {
  return useQuery({
    queryKey: [...trialsQueryKey, 'shipments', { overdueOnly, cursor }],
    queryFn: ({ signal }) =>
      api.get<ShipmentListResponse>('/api/v1/devices/shipments', {
        signal,
        query: { overdue: overdueOnly ? 'true' : undefined, cursor, limit: 50 },
      }),
    placeholderData: (previous) => previous,
  });
}

export const recordReturns = (body: RecordReturnsRequest) =>
  api.post<RecordReturnsResponse>('/api/v1/devices/returns', body);
