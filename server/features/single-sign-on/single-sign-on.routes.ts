import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  saveSingleSignOnRequest,
  signInMethodRequest,
  signInMethodResponse,
  singleSignOnResponse,
  ssoCallbackQuery,
  ssoStartQuery,
} from '../../../domain/contracts/single-sign-on.ts';
import { SSO_FAILURE_PARAM, type SsoFailure } from '../../../domain/single-sign-on.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { originOf, setSessionCookie } from '../auth/browser-session.ts';
import { SignInThrottle } from '../auth/sign-in-throttle.ts';
import { findSignInMethod } from './find-sign-in-method.ts';
import { finishSsoSignIn } from './finish-sso-sign-in.ts';
import { getSingleSignOn } from './get-single-sign-on.ts';
import { removeSingleSignOn } from './remove-single-sign-on.ts';
import { saveSingleSignOn } from './save-single-sign-on.ts';
import { startSsoSignIn } from './start-sso-sign-in.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };
const redirect = z.null().describe('A redirect (Location): to the identity provider, into the app, or back to sign-in');

export async function singleSignOnRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const throttle = new SignInThrottle(deps.db, deps.clock);
  const backToSignIn = (reply: FastifyReply, failure: SsoFailure) =>
    reply.redirect(`/sign-in?${SSO_FAILURE_PARAM}=${failure}`, 302);

  api.get(
    '/api/v1/organisation/single-sign-on',
    {
      schema: {
        operationId: 'getSingleSignOn',
        tags: ['single-sign-on'],
        summary: 'The organisation’s identity provider for single sign-on (never its client secret)',
        response: { 200: singleSignOnResponse, ...errors },
      },
    },
    async (request) => getSingleSignOn(deps, actorOf(request)),
  );
  api.put(
    '/api/v1/organisation/single-sign-on',
    {
      schema: {
        operationId: 'saveSingleSignOn',
        tags: ['single-sign-on'],
        summary: 'Configure the identity provider: discovery runs against the issuer; a domain is one organisation’s',
        body: saveSingleSignOnRequest,
        response: { 200: singleSignOnResponse, ...errors, 409: errorResponse },
      },
    },
    async (request) => saveSingleSignOn(deps, actorOf(request), request.body),
  );
  api.delete(
    '/api/v1/organisation/single-sign-on',
    {
      schema: {
        operationId: 'removeSingleSignOn',
        tags: ['single-sign-on'],
        summary: 'Remove the identity provider: its people sign in with passwords again',
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeSingleSignOn(deps, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/v1/auth/sign-in-method',
    {
      schema: {
        operationId: 'getSignInMethod',
        tags: ['auth'],
        security: [],
        summary: 'Whether an e-mail signs in with a password or through its organisation’s single sign-on',
        body: signInMethodRequest,
        response: { 200: signInMethodResponse, 400: errorResponse },
      },
      config: { public: true },
    },
    async (request) => findSignInMethod(deps, request.body),
  );
  api.get(
    '/api/v1/auth/sso/start',
    {
      schema: {
        operationId: 'startSingleSignOn',
        tags: ['auth'],
        security: [],
        summary: 'Send the browser to the identity provider covering the e-mail’s domain (or back to sign-in)',
        querystring: ssoStartQuery,
        response: { 302: redirect, 400: errorResponse },
      },
      config: { public: true },
    },
    async (request, reply) => {
      const next = await startSsoSignIn({ ...deps, log: request.log }, request.query, () =>
        throttle.admit(request.ip, request.query.email),
      );
      if (next.to === 'sign-in') return backToSignIn(reply, next.failure);
      return reply.redirect(next.url, 302);
    },
  );
  api.get(
    '/api/v1/auth/sso/callback',
    {
      schema: {
        operationId: 'finishSingleSignOn',
        tags: ['auth'],
        security: [],
        summary: 'Where the identity provider sends the browser back: opens the session and goes into the app',
        querystring: ssoCallbackQuery,
        response: { 302: redirect, 400: errorResponse },
      },
      config: { public: true },
    },
    async (request, reply) => {
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      const outcome = await finishSsoSignIn(
        { ...deps, log: request.log },
        { search, state: request.query.state, error: request.query.error },
        originOf(request),
      );
      if (!outcome.ok) return backToSignIn(reply, outcome.failure);
      setSessionCookie(reply, deps.config, outcome.token);
      return reply.redirect(outcome.returnTo ?? '/', 302);
    },
  );
}
