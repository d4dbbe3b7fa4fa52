import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionInfo } from '../../../domain/contracts/auth.ts';
import type { Locale } from '../../../domain/contracts/common.ts';
import { permissionsOf } from '../../../domain/roles.ts';
import { type ActorProfile, loadActorProfile } from '../../platform/access.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import type { Config } from '../../platform/config.ts';
import { unauthorized } from '../../platform/errors.ts';
import { SESSION_COOKIE, type SessionOrigin } from '../../platform/sessions.ts';

/**
 * A browser's session, the same whichever way it was opened (password, second factor, single sign-on, first-run
 * setup, an accepted invitation): where it came from, its cookie, and the session info sign-in answers with.
 */

/** Where a session comes from, for the user's Sessions page. */
export const originOf = (request: FastifyRequest): Omit<SessionOrigin, 'method'> => ({
  userAgent: request.headers['user-agent'] ?? null,
  ipAddress: request.ip,
});

const cookieOptions = (config: Config) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: config.secureCookies,
});

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(config), maxAge: config.sessionIdleHours * 3600 });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}

export function toSessionInfo(
  profile: ActorProfile,
  csrfToken: string,
  deps: Pick<AppDeps, 'clock' | 'config'>,
): SessionInfo {
  return {
    user: { ...profile.user, locale: profile.user.locale as Locale },
    organisation: profile.organisation,
    roles: [...profile.actor.roles],
    permissions: permissionsOf(profile.actor),
    csrfToken,
    now: deps.clock.now().toISOString(),
    demoMode: deps.config.demoMode,
  };
}

/** Hands an opened session to the browser: its cookie, and the session info (CSRF token included). */
export async function startBrowserSession(
  deps: AppDeps,
  reply: FastifyReply,
  session: { userId: string; token: string; csrfToken: string },
): Promise<SessionInfo> {
  const profile = await loadActorProfile(deps.db, session.userId);
  if (!profile) throw unauthorized();
  setSessionCookie(reply, deps.config, session.token);
  return toSessionInfo(profile, session.csrfToken, deps);
}

/** Signs a user in on this browser after a one-time link did its work (first-run setup, an accepted invitation). */
export async function openBrowserSession(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  user: { userId: string; organisationId: string },
): Promise<SessionInfo> {
  const session = await deps.sessions.create(user.userId, user.organisationId, {
    method: 'password',
    ...originOf(request),
  });
  return startBrowserSession(deps, reply, { userId: user.userId, ...session });
}
