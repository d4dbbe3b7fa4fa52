/**
 * Calls of the customer list contract (CUS-1…CUS-7, domain/contracts/customers.ts): the list page, the KPI
 * summary, saved views, CSV export and launching a customer's console. Types only come from the contract, so
 * zod stays out of the page's bundle.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CustomerListResponse,
  createViewRequest,
  customerSummary,
  savedView,
  updateViewRequest,
} from '../../../../domain/contracts/customers.ts';
import { api } from '../../../api/client.ts';
import type { ApiListQuery } from './urlState.ts';

export type CustomerSummary = z.infer<typeof customerSummary>;
export type SavedView = z.infer<typeof savedView>;
type CreateViewRequest = z.input<typeof createViewRequest>;
type UpdateViewRequest = z.input<typeof updateViewRequest>;

export const customersQueryKey = ['customers'] as const;
const customerListQueryKey = (query: ApiListQuery) => [...customersQueryKey, 'list', query] as const;
const customerSummaryQueryKey = [...customersQueryKey, 'summary'] as const;
export const viewsQueryKey = ['views'] as const;

const itemsOf = <T>(answer: T[] | { items: T[] }): T[] => (Array.isArray(answer) ? answer : answer.items);

export function useCustomerList(query: ApiListQuery) {
  return useQuery({
    queryKey: customerListQueryKey(query),
    queryFn: ({ signal }) => api.get<CustomerListResponse>('/api/v1/customers', { query, signal }),
    // While the next page or filter loads, the current rows stay (dimmed) instead of a blank table.
    placeholderData: keepPreviousData,
  });
}

/**
 * The KPI strip counts over the list's search and filters except the status filters, which are what its
 * KPIs set: a KPI's number is the row count its click shows.
 */
export function useCustomerSummary(listQuery: ApiListQuery) {
  const { needsAttention, status, provisioning, subscriptionStatus, sort, cursor, limit, ...query } = listQuery;
  return useQuery({
    queryKey: [...customerSummaryQueryKey, query],
    queryFn: ({ signal }) => api.get<CustomerSummary>('/api/v1/customers/summary', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The CSV of everything the current filters match: a plain link, so the browser streams the download. */
export function customersCsvUrl(query: ApiListQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || key === 'cursor' || key === 'limit') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/api/v1/customers.csv?${qs}` : '/api/v1/customers.csv';
}

/** CUS-7: the server audit-logs the launch; the console page then opens as that customer. */
export function useSavedViews() {
  return useQuery({
    queryKey: viewsQueryKey,
    queryFn: async ({ signal }) => {
      const answer = await api.get<SavedView[] | { items: SavedView[] }>('/api/v1/views', { signal });
      return [...itemsOf(answer)].sort((a, b) => a.name.localeCompare(b.name));
    },
  });
}

export const createView = (body: CreateViewRequest) => api.post<SavedView>('/api/v1/views', body);

export const updateView = ({ id, ...body }: UpdateViewRequest & { id: string }) =>
  api.patch<SavedView>(`/api/v1/views/${encodeURIComponent(id)}`, body);

export const deleteView = (id: string) => api.delete<void>(`/api/v1/views/${encodeURIComponent(id)}`);
