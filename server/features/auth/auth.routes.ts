import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type SessionInfo,
  type SignInRequest,
  sessionInfo,
  signInRequest,
  updateMeRequest,
} from '../../../domain/contracts/auth.ts';
import { errorResponse, type Locale } from '../../../domain/contracts/common.ts';
import { permissionsOf } from '../../../domain/roles.ts';
import { users } from '../../db/schema/index.ts';
import { type ActorProfile, loadActorProfile } from '../../platform/access.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { recordAudit } from '../../platform/audit.ts';
import { actorOf } from '../../platform/auth.ts';
import { AppError, unauthorized } from '../../platform/errors.ts';
import { SESSION_COOKIE } from '../../platform/sessions.ts';
import { signIn } from './sign-in.ts';
import { SignInThrottle } from './sign-in-throttle.ts';

function toSessionInfo(profile: ActorProfile, csrfToken: string, deps: AppDeps): SessionInfo {
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

export async function authRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.secureCookies,
  };

  const throttle = new SignInThrottle(deps.db, deps.clock);
  // request.ip is the socket's address, or X-Forwarded-For's as far as TRUST_PROXY trusts the hops.
  async function throttledSignIn(request: FastifyRequest, input: SignInRequest) {
    try {
      await throttle.admit(request.ip, input.email);
      return await signIn(deps, input);
    } catch (error) {
      if (error instanceof AppError && error.code === 'invalid_credentials') await throttle.recordFailure(request.ip);
      throw error;
    }
  }

  api.post(
    '/api/v1/auth/sign-in',
    {
      schema: {
        operationId: 'signIn',
        tags: ['auth'],
        security: [],
        summary: 'Sign in with e-mail and password; sets the session cookie and returns the CSRF token',
        body: signInRequest,
        response: { 200: sessionInfo, 400: errorResponse, 401: errorResponse, 429: errorResponse },
      },
      config: { public: true },
    },
    async (request, reply) => {
      const session = await throttledSignIn(request, request.body);
      const profile = await loadActorProfile(deps.db, session.userId);
      if (!profile) throw unauthorized();
      reply.setCookie(SESSION_COOKIE, session.token, {
        ...cookieOptions,
        maxAge: deps.config.sessionIdleHours * 3600,
      });
      return toSessionInfo(profile, session.csrfToken, deps);
    },
  );

  api.post(
    '/api/v1/auth/sign-out',
    {
      schema: {
        operationId: 'signOut',
        tags: ['auth'],
        summary: 'End the session',
        response: { 204: z.null(), 401: errorResponse },
      },
    },
    async (request, reply: FastifyReply) => {
      actorOf(request);
      if (request.session) await deps.sessions.destroy(request.session.tokenHash);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/v1/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['auth'],
        summary: 'The signed-in user, organisation, roles and CSRF token',
        response: { 200: sessionInfo, 401: errorResponse },
      },
    },
    async (request) => {
      actorOf(request);
      return toSessionInfo(request.profile as ActorProfile, request.session?.csrfToken ?? '', deps);
    },
  );

  api.patch(
    '/api/v1/me',
    {
      schema: {
        operationId: 'updateMe',
        tags: ['auth'],
        summary: 'Change the signed-in user’s language (X-1)',
        body: updateMeRequest,
        response: { 200: sessionInfo, 400: errorResponse, 401: errorResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const before = request.profile?.user.locale;
      await deps.db.transaction(async (tx) => {
        await tx.update(users).set({ locale: request.body.locale }).where(eq(users.id, actor.userId));
        await recordAudit(tx, deps.clock, actor, {
          organisationId: actor.organisationId,
          action: 'user.locale_changed',
          targetType: 'user',
          targetId: actor.userId,
          before: { locale: before },
          after: { locale: request.body.locale },
        });
      });
      const profile = await loadActorProfile(deps.db, actor.userId);
      if (!profile) throw unauthorized();
      return toSessionInfo(profile, request.session?.csrfToken ?? '', deps);
    },
  );
}
