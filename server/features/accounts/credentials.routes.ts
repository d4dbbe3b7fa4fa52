import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  changePasswordRequest,
  completePasswordResetRequest,
  confirmTwoFactorRequest,
  endedSessions,
  passwordConfirmation,
  passwordResetAccepted,
  passwordResetRequest,
  passwordResetState,
  passwordResetTokenParams,
  recoveryCodesResponse,
  securityPolicy,
  sessionIdParams,
  twoFactorEnrolment,
  twoFactorStatus,
  updateSecurityPolicyRequest,
  userSessionList,
} from '../../../domain/contracts/credentials.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { backgroundSettled, inBackground } from '../../platform/background.ts';
import { admitAttempt, SignInThrottle } from '../auth/sign-in-throttle.ts';
import { changePassword } from './change-password.ts';
import { ensureMayReadSecurityPolicy } from './credentials.policy.ts';
import { securityPolicyOf } from './credentials.queries.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { completePasswordReset, passwordResetStateOf } from './reset-password.ts';
import {
  confirmTwoFactor,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
  twoFactorStatusOf,
} from './two-factor-settings.ts';
import { updateSecurityPolicy } from './update-security-policy.ts';
import { endOtherUserSessions, endUserSession, listUserSessions } from './user-sessions.ts';

/** Reset e-mails one address may be sent a minute, from anywhere: enough to retry, not to flood a mailbox. */
const RESETS_PER_ADDRESS_PER_MINUTE = 3;

/** Issue #10, REL-5: forgotten and changed passwords, two-factor settings, the sessions page, the 2FA rule. */
export async function credentialRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const throttle = new SignInThrottle(deps.db, deps.clock);
  const publicUrl = deps.config.publicUrl;
  app.addHook('onClose', backgroundSettled);

  api.post(
    '/api/v1/auth/password-reset',
    {
      schema: {
        operationId: 'requestPasswordReset',
        tags: ['auth'],
        security: [],
        summary:
          'Forgot password: e-mails a one-time link (1 hour) to an active account of this address. The same 202 ' +
          'whether or not the address has an account',
        body: passwordResetRequest,
        response: { 202: passwordResetAccepted, 400: errorResponse, 429: errorResponse },
      },
      config: { public: true },
    },
    async (request, reply) => {
      const { email } = request.body;
      await throttle.admit(request.ip, `password-reset:${email}`);
      await admitAttempt(
        deps.db,
        deps.clock,
        `password-reset:${email}`,
        RESETS_PER_ADDRESS_PER_MINUTE,
        'password reset requests',
      );
      // Answered first: an address with an account must not take longer than one without.
      inBackground(
        () => requestPasswordReset({ db: deps.db, clock: deps.clock, publicUrl }, { email }),
        (error) => request.log.error({ err: error }, 'password reset e-mail not queued'),
      );
      return reply.code(202).send({ accepted: true });
    },
  );

  api.get(
    '/api/v1/password-resets/:token',
    {
      schema: {
        operationId: 'getPasswordReset',
        tags: ['auth'],
        security: [],
        summary: 'Whether a password reset link is still valid (or expired, used, replaced)',
        params: passwordResetTokenParams,
        response: { 200: passwordResetState, 400: errorResponse, 404: errorResponse },
      },
      config: { public: true },
    },
    async (request) => passwordResetStateOf(deps, request.params.token),
  );

  api.post(
    '/api/v1/password-resets/:token',
    {
      schema: {
        operationId: 'completePasswordReset',
        tags: ['auth'],
        security: [],
        summary: 'Choose the new password with a valid reset link; ends every session of the user',
        params: passwordResetTokenParams,
        body: completePasswordResetRequest,
        response: { 204: z.null(), 400: errorResponse, 404: errorResponse, 409: errorResponse },
      },
      config: { public: true },
    },
    async (request, reply) => {
      await completePasswordReset(deps, request.params.token, request.body);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/v1/me/password',
    {
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change the signed-in user’s password (giving the current one); ends the user’s other sessions',
        body: changePasswordRequest,
        response: { 200: endedSessions, 400: errorResponse, 401: errorResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { sessionsEnded } = await changePassword(
        deps,
        actor,
        { sessionTokenHash: request.session?.tokenHash ?? null },
        request.body,
      );
      return { ended: sessionsEnded };
    },
  );

  api.get(
    '/api/v1/me/two-factor',
    {
      schema: {
        operationId: 'getTwoFactor',
        tags: ['auth'],
        summary: 'Whether the signed-in user has two-factor sign-in on, and how many recovery codes are left',
        response: { 200: twoFactorStatus, 401: errorResponse },
      },
    },
    async (request) => twoFactorStatusOf(deps, actorOf(request)),
  );

  api.post(
    '/api/v1/me/two-factor',
    {
      schema: {
        operationId: 'startTwoFactorEnrolment',
        tags: ['auth'],
        summary: 'Start two-factor enrolment: a new TOTP secret, its otpauth URI and QR code (pending until confirmed)',
        response: { 200: twoFactorEnrolment, 401: errorResponse, 409: errorResponse },
      },
    },
    async (request) => startTwoFactorEnrolment(deps, actorOf(request)),
  );

  api.post(
    '/api/v1/me/two-factor/confirm',
    {
      schema: {
        operationId: 'confirmTwoFactor',
        tags: ['auth'],
        summary: 'Confirm the enrolment with a code from the app: two-factor is on; the 10 recovery codes, shown once',
        body: confirmTwoFactorRequest,
        response: { 200: recoveryCodesResponse, 400: errorResponse, 401: errorResponse, 409: errorResponse },
      },
    },
    async (request) => ({ recoveryCodes: await confirmTwoFactor(deps, actorOf(request), request.body) }),
  );

  api.post(
    '/api/v1/me/two-factor/recovery-codes',
    {
      schema: {
        operationId: 'regenerateRecoveryCodes',
        tags: ['auth'],
        summary: 'New recovery codes (with the password); the old ones stop working',
        body: passwordConfirmation,
        response: { 200: recoveryCodesResponse, 400: errorResponse, 401: errorResponse, 409: errorResponse },
      },
    },
    async (request) => ({ recoveryCodes: await regenerateRecoveryCodes(deps, actorOf(request), request.body) }),
  );

  api.post(
    '/api/v1/me/two-factor/disable',
    {
      schema: {
        operationId: 'disableTwoFactor',
        tags: ['auth'],
        summary: 'Turn two-factor sign-in off (with the password); refused while the organisation requires it',
        body: passwordConfirmation,
        response: { 204: z.null(), 400: errorResponse, 401: errorResponse, 409: errorResponse },
      },
    },
    async (request, reply) => {
      await disableTwoFactor(deps, actorOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/v1/me/sessions',
    {
      schema: {
        operationId: 'listMySessions',
        tags: ['auth'],
        summary: 'The signed-in user’s live sessions: device, address, created, last use, method, which is this one',
        response: { 200: userSessionList, 401: errorResponse },
      },
    },
    async (request) => ({
      items: await listUserSessions(deps, actorOf(request), request.session?.tokenHash ?? null),
    }),
  );

  api.delete(
    '/api/v1/me/sessions',
    {
      schema: {
        operationId: 'endMyOtherSessions',
        tags: ['auth'],
        summary: 'Sign out of every other session of the signed-in user (this one stays)',
        response: { 200: endedSessions, 401: errorResponse },
      },
    },
    async (request) => ({
      ended: await endOtherUserSessions(deps, actorOf(request), request.session?.tokenHash ?? null),
    }),
  );

  api.delete(
    '/api/v1/me/sessions/:id',
    {
      schema: {
        operationId: 'endMySession',
        tags: ['auth'],
        summary: 'Sign out of one of the signed-in user’s sessions',
        params: sessionIdParams,
        response: { 204: z.null(), 400: errorResponse, 401: errorResponse, 404: errorResponse },
      },
    },
    async (request, reply) => {
      await endUserSession(deps, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/v1/security-policy',
    {
      schema: {
        operationId: 'getSecurityPolicy',
        tags: ['organisations'],
        summary: 'The sign-in rules of the caller’s organisation (partner or vendor): whether two-factor is required',
        response: { 200: securityPolicy, 401: errorResponse, 403: errorResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      ensureMayReadSecurityPolicy(actor);
      return securityPolicyOf(deps.db, actor.organisationId);
    },
  );

  api.put(
    '/api/v1/security-policy',
    {
      schema: {
        operationId: 'updateSecurityPolicy',
        tags: ['organisations'],
        summary: 'Require (or stop requiring) two-factor sign-in for everyone in the caller’s organisation',
        body: updateSecurityPolicyRequest,
        response: { 200: securityPolicy, 400: errorResponse, 401: errorResponse, 403: errorResponse },
      },
    },
    async (request) => updateSecurityPolicy(deps, actorOf(request), request.body),
  );
}
