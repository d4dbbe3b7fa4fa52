/** Calls of the API tokens contract (domain/contracts/api-tokens.ts): NOT-3. */
import { useQuery } from '@tanstack/react-query';
import type { ApiTokenList, ApiTokenSummary, CreatedApiToken } from '../../../domain/contracts/api-tokens.ts';
import { api } from '../../api/client.ts';

export type { ApiTokenSummary, CreatedApiToken };

export const apiTokensQueryKey = ['api-tokens'] as const;

export function useApiTokens(enabled: boolean) {
  return useQuery({
    queryKey: apiTokensQueryKey,
    queryFn: ({ signal }) => api.get<ApiTokenList>('/api/v1/api-tokens', { signal }),
    enabled,
  });
}

export const createApiToken = (name: string) => api.post<CreatedApiToken>('/api/v1/api-tokens', { name });

export const revokeApiToken = (id: string) =>
  api.delete<ApiTokenSummary>(`/api/v1/api-tokens/${encodeURIComponent(id)}`);
