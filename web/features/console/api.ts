/** Calls of the console contract (domain/contracts/console.ts): launching a customer and reading its console. */
import { useQuery } from '@tanstack/react-query';
import type { CustomerConsole, LaunchCustomerResponse } from '../../../domain/contracts/console.ts';
import { api } from '../../api/client.ts';

export type { CustomerConsole };

const base = (id: string) => `/api/v1/customers/${encodeURIComponent(id)}`;

export const consoleQueryKey = (customerId: string) => ['customer', customerId, 'console'] as const;

export function useCustomerConsole(customerId: string, enabled = true) {
  return useQuery({
    queryKey: consoleQueryKey(customerId),
    queryFn: ({ signal }) => api.get<CustomerConsole>(`${base(customerId)}/console`, { signal }),
    enabled,
  });
}

/** CUS-7: the server logs the launch and answers with the rights the partner holds there (ROL-3). */
export const launchCustomer = (customerId: string) => api.post<LaunchCustomerResponse>(`${base(customerId)}/launch`);
