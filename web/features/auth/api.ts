/** Calls of the auth contract (domain/contracts/auth.ts). */

import type { SessionInfo, SignInRequest, UpdateMeRequest } from '../../../domain/contracts/auth.ts';
import type { Locale } from '../../../domain/contracts/common.ts';
import type { SignInChallengeResponse } from '../../../domain/contracts/credentials.ts';
import { ApiError, api, setCsrfToken } from '../../api/client.ts';

/** The current session, or null when nobody is signed in (401). */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await api.get<SessionInfo>('/api/v1/me', { expectUnauthorized: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

/** The session, or (issue #10) a two-factor challenge: the password was right, a code comes next. */
export async function signIn(body: SignInRequest): Promise<SessionInfo | SignInChallengeResponse> {
  const answer = await api.post<SessionInfo | SignInChallengeResponse>('/api/v1/auth/sign-in', body, {
    expectUnauthorized: true,
  });
  if ('csrfToken' in answer) setCsrfToken(answer.csrfToken);
  return answer;
}

export async function signOut(): Promise<void> {
  try {
    await api.post<void>('/api/v1/auth/sign-out', undefined, { expectUnauthorized: true });
  } finally {
    setCsrfToken(null);
  }
}

export async function updateLocale(locale: Locale): Promise<SessionInfo> {
  const body: UpdateMeRequest = { locale };
  const session = await api.patch<SessionInfo>('/api/v1/me', body);
  setCsrfToken(session.csrfToken);
  return session;
}
