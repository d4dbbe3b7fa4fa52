/**
 * Calls of the customer detail contract (domain/contracts/customer-detail.ts): the header, each tab, and
 * assigning partner admins. Every query key starts with ['customer', id] so one invalidation refreshes the page.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type {
  ActivityEntry,
  CustomerActivityResponse,
  CustomerAdminsResponse,
  CustomerDetail,
  CustomerSubscriptionsResponse,
  CustomerTrialsResponse,
} from '../../../../domain/contracts/customer-detail.ts';
import type {
  ChangeSubscriptionRequest,
  RenewSubscriptionRequest,
  SubscriptionChangeResponse,
  SubscriptionVersionRequest,
} from '../../../../domain/contracts/subscriptions.ts';
import { api } from '../../../api/client.ts';

export type { ActivityEntry, CustomerDetail };

export const customerQueryKey = (id: string) => ['customer', id] as const;
const base = (id: string) => `/api/v1/customers/${encodeURIComponent(id)}`;

export function useCustomer(id: string) {
  return useQuery({
    queryKey: customerQueryKey(id),
    queryFn: ({ signal }) => api.get<CustomerDetail>(base(id), { signal }),
  });
}

export function useCustomerSubscriptions(id: string) {
  return useQuery({
    queryKey: [...customerQueryKey(id), 'subscriptions'],
    queryFn: ({ signal }) => api.get<CustomerSubscriptionsResponse>(`${base(id)}/subscriptions`, { signal }),
  });
}

export function useCustomerTrials(id: string) {
  return useQuery({
    queryKey: [...customerQueryKey(id), 'trials'],
    queryFn: ({ signal }) => api.get<CustomerTrialsResponse>(`${base(id)}/trials`, { signal }),
  });
}

export function useCustomerAdmins(id: string) {
  return useQuery({
    queryKey: [...customerQueryKey(id), 'admins'],
    queryFn: ({ signal }) => api.get<CustomerAdminsResponse>(`${base(id)}/admins`, { signal }),
  });
}

const ACTIVITY_PAGE = 25;

export function useCustomerActivity(id: string) {
  return useInfiniteQuery({
    queryKey: [...customerQueryKey(id), 'activity'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      api.get<CustomerActivityResponse>(`${base(id)}/activity`, {
        signal,
        query: { limit: ACTIVITY_PAGE, before: pageParam },
      }),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export const assignPartnerAdmin = ({ customerId, userId }: { customerId: string; userId: string }) =>
  api.put<unknown>(`${base(customerId)}/admins/${encodeURIComponent(userId)}`);

export const unassignPartnerAdmin = ({ customerId, userId }: { customerId: string; userId: string }) =>
  api.delete<void>(`${base(customerId)}/admins/${encodeURIComponent(userId)}`);

/** A vendor operator's changes of a subscription (domain/contracts/subscriptions.ts), each with the version last read. */
const subscriptionPath = (customerId: string, subscriptionId: string) =>
  `${base(customerId)}/subscriptions/${encodeURIComponent(subscriptionId)}`;

export const changeSubscription = (customerId: string, subscriptionId: string, body: ChangeSubscriptionRequest) =>
  api.patch<SubscriptionChangeResponse>(subscriptionPath(customerId, subscriptionId), body);

export const subscriptionAction = (
  customerId: string,
  subscriptionId: string,
  action: 'suspend' | 'reinstate' | 'renew',
  body: SubscriptionVersionRequest | RenewSubscriptionRequest,
) => api.post<SubscriptionChangeResponse>(`${subscriptionPath(customerId, subscriptionId)}/${action}`, body);
