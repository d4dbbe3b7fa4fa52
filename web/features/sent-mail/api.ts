/** Calls of the Sent mail contract (domain/contracts/mail.ts): NOT-1, vendor operators only. */
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type {
  SentMailItem,
  SentMailListResponse,
  SentMailMessage,
  SentMailStatus,
} from '../../../domain/contracts/mail.ts';
import { api } from '../../api/client.ts';

export type { SentMailItem, SentMailMessage, SentMailStatus };

export interface SentMailFilters {
  q: string;
  status: SentMailStatus[];
  template: string | null;
}

const PAGE_SIZE = 50;

export function useSentMail(filters: SentMailFilters) {
  return useInfiniteQuery({
    queryKey: ['sent-mail', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<SentMailListResponse>('/api/v1/sent-mail', {
        signal,
        query: {
          q: filters.q || undefined,
          status: filters.status.length > 0 ? filters.status.join(',') : undefined,
          template: filters.template ?? undefined,
          cursor: pageParam ?? undefined,
          limit: PAGE_SIZE,
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    // The sender works in the background: a queued message turns "sent" within seconds.
    refetchInterval: 10_000,
  });
}

export function useSentMailMessage(id: string | null) {
  return useQuery({
    queryKey: ['sent-mail', 'message', id],
    queryFn: ({ signal }) => api.get<SentMailMessage>(`/api/v1/sent-mail/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}
