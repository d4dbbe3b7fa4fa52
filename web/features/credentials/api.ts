/** Calls of the credentials contract (domain/contracts/credentials.ts), issue #10. */
import { useQuery } from '@tanstack/react-query';
import type {
  ChangePasswordRequest,
  PasswordResetState,
  RecoveryCodesResponse,
  SecurityPolicy,
  SignInChallengeResponse,
  TwoFactorEnrolment,
  TwoFactorSignInRequest,
  TwoFactorSignInResponse,
  TwoFactorStatus,
  UpdateSecurityPolicyRequest,
  UserSessionList,
} from '../../../domain/contracts/credentials.ts';
import { api, setCsrfToken } from '../../api/client.ts';

export type { SignInChallengeResponse, TwoFactorEnrolment, TwoFactorSignInResponse };

export const requestPasswordReset = (email: string) =>
  api.post<{ accepted: true }>('/api/v1/auth/password-reset', { email }, { expectUnauthorized: true });

export const passwordResetUrl = (token: string) => `/api/v1/password-resets/${encodeURIComponent(token)}`;
export const fetchPasswordReset = (token: string, signal?: AbortSignal) =>
  api.get<PasswordResetState>(passwordResetUrl(token), { signal, expectUnauthorized: true });
export const completePasswordReset = (token: string, newPassword: string) =>
  api.post<void>(passwordResetUrl(token), { newPassword }, { expectUnauthorized: true });

export async function completeTwoFactorSignIn(body: TwoFactorSignInRequest): Promise<TwoFactorSignInResponse> {
  const session = await api.post<TwoFactorSignInResponse>('/api/v1/auth/two-factor', body, {
    expectUnauthorized: true,
  });
  setCsrfToken(session.csrfToken);
  return session;
}
export const enrolAtSignIn = (challenge: string) =>
  api.post<TwoFactorEnrolment>('/api/v1/auth/two-factor/enrolment', { challenge }, { expectUnauthorized: true });

export const changePassword = (body: ChangePasswordRequest) => api.post<{ ended: number }>('/api/v1/me/password', body);

export const twoFactorQueryKey = ['me', 'two-factor'] as const;
export const useTwoFactorStatus = () =>
  useQuery({
    queryKey: twoFactorQueryKey,
    queryFn: ({ signal }) => api.get<TwoFactorStatus>('/api/v1/me/two-factor', { signal }),
  });
export const startTwoFactorEnrolment = () => api.post<TwoFactorEnrolment>('/api/v1/me/two-factor');
export const confirmTwoFactor = (code: string) =>
  api.post<RecoveryCodesResponse>('/api/v1/me/two-factor/confirm', { code });
export const regenerateRecoveryCodes = (password: string) =>
  api.post<RecoveryCodesResponse>('/api/v1/me/two-factor/recovery-codes', { password });
export const disableTwoFactor = (password: string) => api.post<void>('/api/v1/me/two-factor/disable', { password });

export const sessionsQueryKey = ['me', 'sessions'] as const;
export const useMySessions = () =>
  useQuery({
    queryKey: sessionsQueryKey,
    queryFn: ({ signal }) => api.get<UserSessionList>('/api/v1/me/sessions', { signal }),
  });
export const endSession = (id: string) => api.delete<void>(`/api/v1/me/sessions/${encodeURIComponent(id)}`);
export const endOtherSessions = () => api.delete<{ ended: number }>('/api/v1/me/sessions');

export const securityPolicyQueryKey = ['security-policy'] as const;
export const useSecurityPolicy = () =>
  useQuery({
    queryKey: securityPolicyQueryKey,
    queryFn: ({ signal }) => api.get<SecurityPolicy>('/api/v1/security-policy', { signal }),
  });
export const updateSecurityPolicy = (body: UpdateSecurityPolicyRequest) =>
  api.put<SecurityPolicy>('/api/v1/security-policy', body);
