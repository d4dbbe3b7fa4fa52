/** Calls of the insights contract (domain/contracts/insights.ts); types only, so zod stays out of the bundle. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  InsightCustomer,
  InsightCustomersResponse,
  InsightsOverview,
} from '../../../domain/contracts/insights.ts';
import { api } from '../../api/client.ts';

export interface InsightTableState {
  q: string;
  sort: string;
  page: number;
  pageSize: number;
}

const withProduct = (product: string | null) => (product ? { product } : {});

export function useInsightsOverview(product: string | null) {
  const query = withProduct(product);
  return useQuery({
    queryKey: ['insights', 'overview', query],
    queryFn: ({ signal }) => api.get<InsightsOverview>('/api/v1/insights', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInsightCustomers(product: string | null, state: InsightTableState) {
  const query = { ...withProduct(product), ...state, q: state.q || undefined };
  return useQuery({
    queryKey: ['insights', 'customers', query],
    queryFn: ({ signal }) => api.get<InsightCustomersResponse>('/api/v1/insights/customers', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInsightCustomer(customerId: string | null) {
  return useQuery({
    queryKey: ['insights', 'customer', customerId],
    queryFn: ({ signal }) => api.get<InsightCustomer>(`/api/v1/insights/customers/${customerId}`, { signal }),
    enabled: customerId !== null,
  });
}

/** The portfolio export's address (CSV; the XLSX twin is derived by the export menu). */
export const insightsExportHref = (product: string | null) =>
  product ? `/api/v1/insights.csv?product=${encodeURIComponent(product)}` : '/api/v1/insights.csv';
