/** Calls of the partners contract (domain/contracts/partners.ts): the vendor's Partners area (ROL-5, issue #10). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  CreatePartnerRequest,
  PartnerDetail,
  PartnerList,
  PartnerListQuery,
  UpdatePartnerRequest,
} from '../../../domain/contracts/partners.ts';
import { api } from '../../api/client.ts';

export type { PartnerDetail, PartnerList, PartnerListQuery };

export const partnersQueryKey = ['partners'] as const;

/** The distributors, for the distributor picker and filter. */
export const useDistributors = () =>
  useQuery({
    queryKey: [...partnersQueryKey, 'distributors'],
    queryFn: ({ signal }) =>
      api.get<PartnerList>('/api/v1/partners', { signal, query: { tier: 'distributor', limit: 200 } }),
    select: (answer) => answer.items,
    staleTime: 60_000,
  });

/** A page of the Partners list. */
export const usePartnerPage = (query: PartnerListQuery) =>
  useQuery({
    queryKey: [...partnersQueryKey, 'list', query],
    queryFn: ({ signal }) => api.get<PartnerList>('/api/v1/partners', { signal, query }),
    placeholderData: keepPreviousData,
  });

export const partnerQueryKey = (id: string) => [...partnersQueryKey, 'detail', id] as const;

export const usePartner = (id: string) =>
  useQuery({
    queryKey: partnerQueryKey(id),
    queryFn: ({ signal }) => api.get<PartnerDetail>(`/api/v1/partners/${encodeURIComponent(id)}`, { signal }),
  });

export const createPartner = (body: CreatePartnerRequest) =>
  api.post<{ id: string; adminId: string }>('/api/v1/partners', body);

/** A new invitation link for one of the partner's invited administrators; the earlier links stop working. */
export const resendPartnerInvitation = (partnerId: string, userId: string) =>
  api.post<{ expiresAt: string }>(
    `/api/v1/partners/${encodeURIComponent(partnerId)}/administrators/${encodeURIComponent(userId)}/invitation`,
  );

export const updatePartner = ({ id, ...body }: UpdatePartnerRequest & { id: string }) =>
  api.patch<PartnerDetail>(`/api/v1/partners/${encodeURIComponent(id)}`, body);
