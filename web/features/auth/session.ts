/**
 * The signed-in session as app state: one TanStack Query entry fed by GET /api/v1/me, set directly by sign-in
 * and sign-out, and emptied by any 401 (see app/providers.tsx).
 */
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../../domain/contracts/auth.ts';
import { fetchSession } from './api.ts';

export const sessionQueryKey = ['session'] as const;

export function useSessionQuery() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: fetchSession,
    staleTime: 60_000,
    // The first screen waits for this answer: ask once more, quickly, then show what happened.
    retry: 1,
    retryDelay: 500,
  });
}

/** Provided by the route guard (app/RequireSession.tsx) around the signed-in part of the app. */
export const SessionContext = createContext<SessionInfo | null>(null);

/** The session inside the signed-in part of the app (the route guard guarantees it exists). */
export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() used outside the signed-in part of the app');
  return session;
}

export type Audience = 'vendor' | 'partner' | 'customer';

/** Which navigation a session gets: customers (and consumers) their console, vendor operators everything. */
export function audienceOf(session: Pick<SessionInfo, 'organisation' | 'permissions'>): Audience {
  if (session.organisation.kind === 'customer' || session.organisation.kind === 'consumer') return 'customer';
  if (session.permissions.operateVendor || session.organisation.kind === 'vendor') return 'vendor';
  return 'partner';
}

/** Where a user lands after sign-in. */
export function landingPath(session: Pick<SessionInfo, 'organisation' | 'permissions'>): string {
  return audienceOf(session) === 'customer' ? '/console' : '/overview';
}
