/** Customer activity (SPEC §11) and support requests as the web app reads them; every figure is the server's. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActivityAccess,
  AdditionalCasesResponse,
  ConsumptionResponse,
  DelegatesResponse,
  EnterpriseResponse,
  LogWorkRequest,
  OpenSupportRequestRequest,
  PackagesResponse,
  SupportRequestDetail,
  SupportRequestShares,
  SupportRequestsResponse,
  SupportSetup,
} from '../../../domain/contracts/activity.ts';
import { api } from '../../api/client.ts';

const key = ['activity'] as const;

export const useActivityAccess = () =>
  useQuery({
    queryKey: [...key, 'access'],
    queryFn: ({ signal }) => api.get<ActivityAccess>('/api/v1/activity', { signal }),
  });

export const useEnterprise = (workspaceId: string | null) =>
  useQuery({
    queryKey: [...key, 'enterprise', workspaceId],
    enabled: workspaceId !== null,
    queryFn: ({ signal }) =>
      api.get<EnterpriseResponse>('/api/v1/activity/enterprise', { signal, query: { workspaceId: workspaceId ?? '' } }),
  });

export const usePackages = (agreementId: string | null, packageId: string | null, status: string | null) =>
  useQuery({
    queryKey: [...key, 'packages', agreementId, packageId, status],
    enabled: agreementId !== null,
    queryFn: ({ signal }) =>
      api.get<PackagesResponse>('/api/v1/activity/packages', {
        signal,
        query: {
          agreementId: agreementId ?? '',
          ...(packageId ? { packageId } : {}),
          ...(status ? { status } : {}),
        },
      }),
  });

export const useConsumption = (workspaceId: string | null, drillDown: string | null) =>
  useQuery({
    queryKey: [...key, 'consumption', workspaceId, drillDown],
    enabled: workspaceId !== null && drillDown !== null,
    queryFn: ({ signal }) =>
      api.get<ConsumptionResponse>('/api/v1/activity/consumption', {
        signal,
        query: { workspaceId: workspaceId ?? '', drillDown: drillDown ?? '' },
      }),
  });

export const useAdditionalCases = (workspaceId: string | null, enabled: boolean) =>
  useQuery({
    queryKey: [...key, 'additional', workspaceId],
    enabled: workspaceId !== null && enabled,
    queryFn: ({ signal }) =>
      api.get<AdditionalCasesResponse>('/api/v1/activity/additional-cases', {
        signal,
        query: { workspaceId: workspaceId ?? '' },
      }),
  });

export const useDelegates = (enabled: boolean) =>
  useQuery({
    queryKey: [...key, 'delegates'],
    enabled,
    queryFn: ({ signal }) => api.get<DelegatesResponse>('/api/v1/activity/delegates', { signal }),
  });

export function useSetDelegate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, granted }: { userId: string; granted: boolean }) =>
      granted
        ? api.put<void>(`/api/v1/activity/delegates/${userId}`)
        : api.delete<void>(`/api/v1/activity/delegates/${userId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'delegates'] }),
  });
}

export const consumptionExportHref = (workspaceId: string, drillDown: string, format: 'csv' | 'xlsx') =>
  `/api/v1/activity/consumption/export.${format}?workspaceId=${workspaceId}&drillDown=${drillDown}`;
export const proofHref = (agreementId: string, format: 'csv' | 'pdf') =>
  `/api/v1/activity/reports/proof-of-delivery.${format}?agreementId=${agreementId}`;
export const educationHref = (workspaceId: string | null, format: 'csv' | 'xlsx') =>
  `/api/v1/activity/reports/education.${format}${workspaceId ? `?workspaceId=${workspaceId}` : ''}`;

const requestsKey = ['support-requests'] as const;

export const useSupportRequests = (status: string | null) =>
  useQuery({
    queryKey: [...requestsKey, status],
    queryFn: ({ signal }) =>
      api.get<SupportRequestsResponse>('/api/v1/support-requests', { signal, query: status ? { status } : {} }),
  });

export const useSupportRequest = (customerId: string | null, id: string | null) =>
  useQuery({
    queryKey: [...requestsKey, 'one', customerId, id],
    enabled: customerId !== null && id !== null,
    queryFn: ({ signal }) => api.get<SupportRequestDetail>(`/api/v1/support-requests/${customerId}/${id}`, { signal }),
  });

export function useOpenSupportRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenSupportRequestRequest) => api.post<SupportRequestDetail>('/api/v1/support-requests', body),
    onSuccess: () => client.invalidateQueries({ queryKey: requestsKey }),
  });
}

export function useLogWork(customerId: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LogWorkRequest) =>
      api.post<SupportRequestDetail>(`/api/v1/support-requests/${customerId}/${id}/work`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: requestsKey }),
  });
}

export const useSupportRequestShares = (customerId: string, id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...requestsKey, 'shares', customerId, id],
    enabled,
    queryFn: ({ signal }) =>
      api.get<SupportRequestShares>(`/api/v1/support-requests/${customerId}/${id}/shares`, { signal }),
  });

/** ACT-2: share the request with a user (`shared`), or take the share back. */
export function useSetShare(customerId: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, shared }: { userId: string; shared: boolean }) => {
      const path = `/api/v1/support-requests/${customerId}/${id}/shares/${userId}`;
      return shared ? api.put<void>(path) : api.delete<void>(path);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: [...requestsKey, 'shares', customerId, id] }),
  });
}

// --- The vendor's support setup of a customer (ACT-1) ------------------------------------------------------

const setupKey = (customerId: string) => ['customers', customerId, 'support-setup'] as const;

export const useSupportSetup = (customerId: string, enabled: boolean) =>
  useQuery({
    queryKey: setupKey(customerId),
    enabled,
    queryFn: ({ signal }) => api.get<SupportSetup>(`/api/v1/customers/${customerId}/support-setup`, { signal }),
  });

/** One write of the setup (`path` under …/support-setup); the setup and the read-only agreements reload after. */
export function useSetupWrite(customerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: { method: 'POST' | 'PUT'; path: string; body: unknown }) => {
      const url = `/api/v1/customers/${customerId}/support-setup${path}`;
      return method === 'POST' ? api.post<unknown>(url, body) : api.put<unknown>(url, body);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['customers', customerId] }),
  });
}
