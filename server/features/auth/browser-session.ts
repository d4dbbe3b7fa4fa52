import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionInfo } from '../../../domain/contracts/auth.ts';
import type { Locale } from '../../../domain/contracts/common.ts';
import { permissionsOf } from '../../../domain/roles.ts';
import { loadActorProfile } from '../../platform/access.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { unauthorized } from '../../platform/errors.ts';
import { SESSION_COOKIE } from '../../platform/sessions.ts';

/**
 * Signs a user in on this browser after a one-time link did its work (first-run setup, an accepted invitation):
 * a session as sign-in opens it, its cookie, and the session info sign-in answers with (CSRF token included).
 */
export async function openBrowserSession(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  user: { userId: string; organisationId: string },
): Promise<SessionInfo> {
  const session = await deps.sessions.create(user.userId, user.organisationId, {
    method: 'password',
    userAgent: request.headers['user-agent'] ?? null,
    ipAddress: request.ip,
  });
  const profile = await loadActorProfile(deps.db, user.userId);
  if (!profile) throw unauthorized();
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.secureCookies,
    maxAge: deps.config.sessionIdleHours * 3600,
  });
  return {
    user: { ...profile.user, locale: profile.user.locale as Locale },
    organisation: profile.organisation,
    roles: [...profile.actor.roles],
    permissions: permissionsOf(profile.actor),
    csrfToken: session.csrfToken,
    now: deps.clock.now().toISOString(),
    demoMode: deps.config.demoMode,
  };
}
