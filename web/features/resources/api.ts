/**
 * Calls of the resources contract (domain/contracts/resources.ts): the library (RES-1) and the partner
 * helpdesk's support cases (RES-2). Filters and search are the server's; the web only passes them on.
 */
import { keepPreviousData, type QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateSupportCaseRequest,
  createResourceRequest,
  Resource,
  ResourceListResponse,
  ResourceSummary,
  SupportCase,
  SupportCaseListResponse,
  SupportCaseSummary,
  updateResourceRequest,
} from '../../../domain/contracts/resources.ts';
import type { HelpdeskProduct, ResourceType, SupportCaseStatus } from '../../../domain/resources.ts';
import { api } from '../../api/client.ts';

export type { Resource, ResourceSummary, SupportCase, SupportCaseSummary };

export interface ResourceFilters {
  q: string;
  types: ResourceType[];
  products: string[];
  languages: string[];
  includeRetired: boolean;
}

const joined = (values: readonly string[]) => (values.length > 0 ? values.join(',') : undefined);
const resourcesKey = ['resources'] as const;

/** All resources matching the filters, page by page (load more). */
export function useResourceLibrary(filters: ResourceFilters) {
  return useInfiniteQuery({
    queryKey: [...resourcesKey, 'library', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<ResourceListResponse>('/api/v1/resources', {
        signal,
        query: {
          q: filters.q || undefined,
          type: joined(filters.types),
          product: joined(filters.products),
          language: joined(filters.languages),
          includeRetired: filters.includeRetired || undefined,
          cursor: pageParam ?? undefined,
          limit: 25,
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The quick links or the featured resources (a short list each). */
export function useResourceShelf(shelf: 'quickLink' | 'featured') {
  return useQuery({
    queryKey: [...resourcesKey, shelf],
    queryFn: ({ signal }) =>
      api.get<ResourceListResponse>('/api/v1/resources', { signal, query: { [shelf]: true, limit: 12 } }),
  });
}

export function useResource(id: string | undefined) {
  return useQuery({
    queryKey: [...resourcesKey, 'one', id],
    queryFn: ({ signal }) => api.get<Resource>(`/api/v1/resources/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== undefined,
  });
}

export const createResource = (body: z.output<typeof createResourceRequest>) =>
  api.post<Resource>('/api/v1/resources', body);

export const updateResource = ({ id, ...body }: z.output<typeof updateResourceRequest> & { id: string }) =>
  api.patch<Resource>(`/api/v1/resources/${encodeURIComponent(id)}`, body);

export const retireResource = (id: string) => api.delete<Resource>(`/api/v1/resources/${encodeURIComponent(id)}`);

export const refreshResources = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: resourcesKey });

export interface SupportCaseFilters {
  statuses: SupportCaseStatus[];
  products: HelpdeskProduct[];
}

const casesKey = ['support-cases'] as const;

/** The operators' queue, or a partner user's own cases; newest first, page by page. */
export function useSupportCases(filters: SupportCaseFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...casesKey, filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<SupportCaseListResponse>('/api/v1/support-cases', {
        signal,
        query: {
          status: joined(filters.statuses),
          product: joined(filters.products),
          cursor: pageParam ?? undefined,
          limit: 50,
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSupportCase(id: string | null) {
  return useQuery({
    queryKey: [...casesKey, 'one', id],
    queryFn: ({ signal }) => api.get<SupportCase>(`/api/v1/support-cases/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

export const createSupportCase = (body: CreateSupportCaseRequest) =>
  api.post<SupportCase>('/api/v1/support-cases', body);

export const answerSupportCase = ({ id, body }: { id: string; body: string }) =>
  api.post<SupportCase>(`/api/v1/support-cases/${encodeURIComponent(id)}/answers`, { body });

export const closeSupportCase = ({ id, note }: { id: string; note?: string }) =>
  api.post<SupportCase>(`/api/v1/support-cases/${encodeURIComponent(id)}/close`, note ? { note } : {});

export const refreshSupportCases = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: casesKey });

/** One resource with its body, from the cache or the server (to edit it). */
export const fetchResource = (queryClient: QueryClient, id: string) =>
  queryClient.fetchQuery({
    queryKey: [...resourcesKey, 'one', id],
    queryFn: ({ signal }) => api.get<Resource>(`/api/v1/resources/${encodeURIComponent(id)}`, { signal }),
  });
