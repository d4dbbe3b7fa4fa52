/** Calls of the audit log contract (domain/contracts/audit.ts, NOT-4): each caller's reach, decided by the server. */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditLogEntry, AuditLogPage } from '../../../domain/contracts/audit.ts';
import { api } from '../../api/client.ts';

export type { AuditLogEntry };

export interface AuditLogFilters {
  action: string;
  targetType: string;
  /** The object an entry is about, with what to call it in the filter chip. */
  target: { id: string; label: string } | null;
  actor: { id: string; label: string } | null;
  /** Calendar days (YYYY-MM-DD) in the browser's time zone, both inclusive. */
  fromDay: string;
  toDay: string;
}

const PAGE_SIZE = 50;

const startOfDay = (day: string) => new Date(`${day}T00:00:00`);
/** The filters as the API's query: days become instants from the first day's start to the last day's end. */
export function auditLogQuery(filters: AuditLogFilters): Record<string, string | undefined> {
  const nextDay = filters.toDay ? startOfDay(filters.toDay) : null;
  nextDay?.setDate(nextDay.getDate() + 1);
  return {
    action: filters.action.trim().toLowerCase() || undefined,
    targetType: filters.targetType.trim().toLowerCase() || undefined,
    targetId: filters.target?.id,
    actor: filters.actor?.id,
    from: filters.fromDay ? startOfDay(filters.fromDay).toISOString() : undefined,
    to: nextDay ? nextDay.toISOString() : undefined,
  };
}

export function useAuditLog(filters: AuditLogFilters) {
  return useInfiniteQuery({
    queryKey: ['audit-log', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditLogPage>('/api/v1/audit-log', {
        signal,
        query: { ...auditLogQuery(filters), cursor: pageParam ?? undefined, limit: PAGE_SIZE },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The server's streamed export of the filtered log, downloaded by the browser with the session cookie. */
export function auditLogExportUrl(filters: AuditLogFilters, format: 'csv' | 'xlsx'): string {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(auditLogQuery(filters))) if (value) query.set(key, value);
  return `/api/v1/audit-log/export?${query}`;
}
