/** Calls of the administrators contract (domain/contracts/administrators.ts): ORG-2, ROL-7. */
import { useQuery } from '@tanstack/react-query';
import type {
  Administrator,
  AdministratorsResponse,
  InviteAdministratorRequest,
} from '../../../domain/contracts/administrators.ts';
import type { Role } from '../../../domain/roles.ts';
import { api } from '../../api/client.ts';

export type { Administrator, AdministratorsResponse };

export const administratorsQueryKey = ['administrators'] as const;

export function useAdministrators() {
  return useQuery({
    queryKey: administratorsQueryKey,
    queryFn: ({ signal }) => api.get<AdministratorsResponse>('/api/v1/administrators', { signal }),
  });
}

export const inviteAdministrator = (body: InviteAdministratorRequest) =>
  api.post<{ id: string }>('/api/v1/administrators', body);

export const updateAdministratorRoles = ({ userId, roles }: { userId: string; roles: Role[] }) =>
  api.put<void>(`/api/v1/administrators/${encodeURIComponent(userId)}/roles`, { roles });

export const removeAdministrator = (userId: string) =>
  api.delete<void>(`/api/v1/administrators/${encodeURIComponent(userId)}`);

/** Issue #10: a new invitation link for an invited administrator; the earlier links stop working. */
export const resendInvitation = (userId: string) =>
  api.post<{ expiresAt: string }>(`/api/v1/administrators/${encodeURIComponent(userId)}/invitation`);
