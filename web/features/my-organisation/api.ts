/** Calls of "Start my organisation" (domain/contracts/my-organisation.ts, ORG-1). */
import { useQuery } from '@tanstack/react-query';
import type { MyOrganisationResponse } from '../../../domain/contracts/my-organisation.ts';
import { api } from '../../api/client.ts';

export const myOrganisationQueryKey = ['my-organisation'] as const;

export function useMyOrganisation(enabled = true) {
  return useQuery({
    queryKey: myOrganisationQueryKey,
    queryFn: ({ signal }) => api.get<MyOrganisationResponse>('/api/v1/my-organisation', { signal }),
    enabled,
  });
}

/** The server starts it only with `acceptTerms: true`; anything else is a 400 naming `acceptTerms`. */
export const startMyOrganisation = (acceptTerms: boolean) =>
  api.post<MyOrganisationResponse>('/api/v1/my-organisation', { acceptTerms });
