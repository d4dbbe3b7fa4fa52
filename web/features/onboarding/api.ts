/** Calls of the first-run and invitation contracts (domain/contracts/setup.ts, invitations.ts): public, by token. */
import type { SessionInfo } from '../../../domain/contracts/auth.ts';
import type {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  InvitationResponse,
} from '../../../domain/contracts/invitations.ts';
import type { CompleteSetupRequest, SetupState } from '../../../domain/contracts/setup.ts';
import { api, setCsrfToken } from '../../api/client.ts';

const path = (token: string) => encodeURIComponent(token);

export const setupQueryKey = (token: string) => ['setup', token] as const;
export const invitationQueryKey = (token: string) => ['invitation', token] as const;

export const fetchSetup = (token: string, signal?: AbortSignal) =>
  api.get<SetupState>(`/api/v1/setup/${path(token)}`, { signal, expectUnauthorized: true });

export async function completeSetup(token: string, body: CompleteSetupRequest): Promise<SessionInfo> {
  const session = await api.post<SessionInfo>(`/api/v1/setup/${path(token)}`, body, { expectUnauthorized: true });
  setCsrfToken(session.csrfToken);
  return session;
}

export const fetchInvitation = (token: string, signal?: AbortSignal) =>
  api.get<InvitationResponse>(`/api/v1/invitations/${path(token)}`, { signal, expectUnauthorized: true });

export async function acceptInvitation(token: string, body: AcceptInvitationRequest) {
  const accepted = await api.post<AcceptInvitationResponse>(`/api/v1/invitations/${path(token)}/accept`, body, {
    expectUnauthorized: true,
  });
  setCsrfToken(accepted.session.csrfToken);
  return accepted;
}

export const requestInvitationRenewal = (token: string) =>
  api.post<{ requested: true }>(`/api/v1/invitations/${path(token)}/renewal-request`, undefined, {
    expectUnauthorized: true,
  });
