/** Calls of the webhooks contract (domain/contracts/webhooks.ts): NOT-2, BEY-9. */
import { useQuery } from '@tanstack/react-query';
import type {
  CreateWebhookEndpointRequest,
  UpdateWebhookEndpointRequest,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
  WebhookSettings,
} from '../../../domain/contracts/webhooks.ts';
import { api } from '../../api/client.ts';

export type { WebhookDelivery, WebhookDeliveryDetail, WebhookEndpoint, WebhookEndpointWithSecret };

export const webhooksQueryKey = ['webhooks'] as const;
const base = '/api/v1/webhooks/endpoints';
const at = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function useWebhookEndpoints(enabled: boolean) {
  return useQuery({
    queryKey: [...webhooksQueryKey, 'endpoints'],
    queryFn: ({ signal }) => api.get<{ items: WebhookEndpoint[] }>(base, { signal }),
    enabled,
  });
}

export function useWebhookEndpoint(id: string) {
  return useQuery({
    queryKey: [...webhooksQueryKey, 'endpoint', id],
    queryFn: ({ signal }) => api.get<WebhookEndpoint>(at(id), { signal }),
  });
}

export function useWebhookDeliveries(id: string, status: string | null) {
  const query = status ? `?status=${encodeURIComponent(status)}&limit=200` : '?limit=200';
  return useQuery({
    queryKey: [...webhooksQueryKey, 'deliveries', id, status],
    queryFn: ({ signal }) => api.get<WebhookDeliveryList>(`${at(id)}/deliveries${query}`, { signal }),
  });
}

export function useWebhookDelivery(id: string, deliveryId: string | null) {
  return useQuery({
    queryKey: [...webhooksQueryKey, 'delivery', id, deliveryId],
    queryFn: ({ signal }) => api.get<WebhookDeliveryDetail>(`${at(id)}/deliveries/${deliveryId}`, { signal }),
    enabled: deliveryId !== null,
  });
}

export function useWebhookSettings(enabled: boolean) {
  return useQuery({
    queryKey: [...webhooksQueryKey, 'settings'],
    queryFn: ({ signal }) => api.get<WebhookSettings>('/api/v1/webhooks/settings', { signal }),
    enabled,
  });
}

export const createWebhookEndpoint = (request: CreateWebhookEndpointRequest) =>
  api.post<WebhookEndpointWithSecret>(base, request);
export const updateWebhookEndpoint = (id: string, request: UpdateWebhookEndpointRequest) =>
  api.patch<WebhookEndpoint>(at(id), request);
export const deleteWebhookEndpoint = (id: string) => api.delete<WebhookEndpoint>(at(id));
export const rotateWebhookSecret = (id: string) => api.post<WebhookEndpointWithSecret>(`${at(id)}/secret`);
export const sendWebhookTestEvent = (id: string) => api.post<WebhookDelivery>(`${at(id)}/test`);
export const replayWebhookDelivery = (id: string, deliveryId: string) =>
  api.post<WebhookDelivery>(`${at(id)}/deliveries/${encodeURIComponent(deliveryId)}/replay`);
export const replayFailedWebhookDeliveries = (id: string, since: string) =>
  api.post<{ replayed: number; more: boolean }>(`${at(id)}/replay-failed`, { since });
export const updateWebhookSettings = (allowPrivateAddresses: boolean) =>
  api.put<WebhookSettings>('/api/v1/webhooks/settings', { allowPrivateAddresses });
