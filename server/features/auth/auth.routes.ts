import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type SignInRequest, sessionInfo, signInRequest, updateMeRequest } from '../../../domain/contracts/auth.ts';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  challengeRequest,
  signInChallengeResponse,
  twoFactorEnrolment,
  twoFactorSignInRequest,
  twoFactorSignInResponse,
} from '../../../domain/contracts/credentials.ts';
import { users } from '../../db/schema/index.ts';
import { type ActorProfile, loadActorProfile } from '../../platform/access.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { recordAudit } from '../../platform/audit.ts';
import { actorOf } from '../../platform/auth.ts';
import { AppError, unauthorized } from '../../platform/errors.ts';
import { clearSessionCookie, originOf, startBrowserSession, toSessionInfo } from './browser-session.ts';
import { openSession, signIn } from './sign-in.ts';
import { SignInThrottle } from './sign-in-throttle.ts';
import { completeTwoFactorStep, enrolAtSignIn, twoFactorOrigin } from './two-factor-sign-in.ts';

export async function authRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const throttle = new SignInThrottle(deps.db, deps.clock);
  // request.ip is the socket's address, or X-Forwarded-For's as far as TRUST_PROXY trusts the hops.
  async function throttledSignIn(request: FastifyRequest, input: SignInRequest) {
    try {
      await throttle.admit(request.ip, input.email);
      return await signIn(deps, input, { method: 'password', ...originOf(request) });
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
        summary:
          'Sign in with e-mail and password; sets the session cookie and returns the CSRF token. For a user with ' +
          'two-factor sign-in (or whose organisation requires it) 202 with a challenge instead, and no session yet',
        body: signInRequest,
        response: {
          200: sessionInfo,
          202: signInChallengeResponse,
          400: errorResponse,
          401: errorResponse,
          429: errorResponse,
        },
      },
      config: { public: true },
    },
    async (request, reply) => {
      const outcome = await throttledSignIn(request, request.body);
      if ('challenge' in outcome) {
        const { token, kind, expiresAt } = outcome.challenge;
        return reply.code(202).send({ twoFactor: { challenge: token, kind, expiresAt: expiresAt.toISOString() } });
      }
      return startBrowserSession(deps, reply, outcome);
    },
  );

  // The second step is counted per source address like passwords: wrong codes feed the address's back-off.
  async function throttledSecondStep<T>(
    request: FastifyRequest,
    challenge: string,
    step: () => Promise<T>,
  ): Promise<T> {
    try {
      await throttle.admit(request.ip, `two-factor:${challenge}`);
      return await step();
    } catch (error) {
      if (error instanceof AppError && error.code === 'invalid_code') await throttle.recordFailure(request.ip);
      throw error;
    }
  }

  api.post(
    '/api/v1/auth/two-factor',
    {
      schema: {
        operationId: 'completeTwoFactorSignIn',
        tags: ['auth'],
        security: [],
        summary:
          'The second sign-in step: the challenge with a code from the authenticator app or a recovery code ' +
          '(each works once); opens the session. After enrolling at sign-in, also the recovery codes (shown once)',
        body: twoFactorSignInRequest,
        response: { 200: twoFactorSignInResponse, 400: errorResponse, 401: errorResponse, 429: errorResponse },
      },
      config: { public: true },
    },
    async (request, reply) => {
      const step = await throttledSecondStep(request, request.body.challenge, () =>
        completeTwoFactorStep(deps, request.body),
      );
      const session = await openSession(
        deps,
        { ...step.user, kind: step.user.organisationKind },
        twoFactorOrigin(originOf(request)),
      );
      const info = await startBrowserSession(deps, reply, session);
      return step.recoveryCodes ? { ...info, recoveryCodes: step.recoveryCodes } : info;
    },
  );

  api.post(
    '/api/v1/auth/two-factor/enrolment',
    {
      schema: {
        operationId: 'startTwoFactorEnrolmentAtSignIn',
        tags: ['auth'],
        security: [],
        summary:
          'For a sign-in challenge of kind `enrol` (the organisation requires two-factor): a new TOTP secret, its ' +
          'otpauth URI and QR code; confirm with POST /api/v1/auth/two-factor',
        body: challengeRequest,
        response: {
          200: twoFactorEnrolment,
          400: errorResponse,
          401: errorResponse,
          409: errorResponse,
          429: errorResponse,
        },
      },
      config: { public: true },
    },
    async (request) =>
      throttledSecondStep(request, request.body.challenge, () => enrolAtSignIn(deps, request.body.challenge)),
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
      clearSessionCookie(reply, deps.config);
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
