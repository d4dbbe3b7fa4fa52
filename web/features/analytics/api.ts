/**
 * Calls of the analytics contract (domain/contracts/analytics.ts). Types only come from the contract, so zod
 * stays out of the page's bundle. Figures refresh every minute while the page is open (BEY-2).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AnalyticsProduct } from '../../../domain/analytics.ts';
import type {
  CallingOverview,
  CallingTable,
  CallingTableResponse,
  SectionResponse,
  SubscriptionOverview,
  SubscriptionSection,
} from '../../../domain/contracts/analytics.ts';
import { api } from '../../api/client.ts';

export interface TableState {
  sort: string;
  page: number;
  pageSize: number;
}

const refresh = { refetchInterval: 60_000, placeholderData: keepPreviousData } as const;

const withPartner = (partnerId: string | null) => (partnerId ? { partnerId } : {});

export function useSubscriptionOverview(product: AnalyticsProduct, partnerId: string | null) {
  const query = { product, ...withPartner(partnerId) };
  return useQuery({
    queryKey: ['analytics', 'subscriptions', query],
    queryFn: ({ signal }) => api.get<SubscriptionOverview>('/api/v1/analytics/subscriptions', { query, signal }),
    ...refresh,
  });
}

export function useSection(
  section: SubscriptionSection,
  product: AnalyticsProduct,
  partnerId: string | null,
  table: TableState,
) {
  const query = { product, ...withPartner(partnerId), ...table };
  return useQuery({
    queryKey: ['analytics', 'section', section, query],
    queryFn: ({ signal }) => api.get<SectionResponse>(`/api/v1/analytics/subscriptions/${section}`, { query, signal }),
    ...refresh,
  });
}

export function useCallingOverview(partnerId: string | null) {
  const query = withPartner(partnerId);
  return useQuery({
    queryKey: ['analytics', 'calling', query],
    queryFn: ({ signal }) => api.get<CallingOverview>('/api/v1/analytics/calling', { query, signal }),
    ...refresh,
  });
}

export function useCallingTable(table: CallingTable, partnerId: string | null, state: TableState) {
  const query = { ...withPartner(partnerId), ...state };
  return useQuery({
    queryKey: ['analytics', 'calling-table', table, query],
    queryFn: ({ signal }) => api.get<CallingTableResponse>(`/api/v1/analytics/calling/${table}`, { query, signal }),
    ...refresh,
  });
}

/** The CSV of a whole table in its current sort: a plain link, so the browser streams the download. */
export function csvUrl(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return `${path}/export.csv?${params.toString()}`;
}
