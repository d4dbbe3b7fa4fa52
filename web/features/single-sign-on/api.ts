/** Calls of the single sign-on contract (domain/contracts/single-sign-on.ts), issue #10. */
import { useQuery } from '@tanstack/react-query';
import type {
  SaveSingleSignOnRequest,
  SignInMethodResponse,
  SingleSignOnResponse,
} from '../../../domain/contracts/single-sign-on.ts';
import { api } from '../../api/client.ts';

const url = '/api/v1/organisation/single-sign-on';
export const singleSignOnQueryKey = ['single-sign-on'] as const;

export function useSingleSignOn(enabled: boolean) {
  return useQuery({
    queryKey: singleSignOnQueryKey,
    queryFn: ({ signal }) => api.get<SingleSignOnResponse>(url, { signal }),
    enabled,
  });
}

export const saveSingleSignOn = (request: SaveSingleSignOnRequest) => api.put<SingleSignOnResponse>(url, request);
export const removeSingleSignOn = () => api.delete<void>(url);

/** Whether an address signs in with a password or through single sign-on (by its domain). */
export const fetchSignInMethod = (email: string) =>
  api.post<SignInMethodResponse>('/api/v1/auth/sign-in-method', { email }, { expectUnauthorized: true });

/** Where the browser goes to sign in through its organisation's identity provider. */
/** Where "Continue with single sign-on" goes; the page asked for comes back once signed in. */
export const singleSignOnStartUrl = (email: string, returnTo: string | undefined) =>
  `/api/v1/auth/sso/start?${new URLSearchParams({ email, ...(returnTo ? { returnTo } : {}) })}`;
