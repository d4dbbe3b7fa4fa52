import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Clock } from '../../domain/clock.ts';
import type { Actor } from '../../domain/roles.ts';
import { type ActorProfile, loadActorProfileOrRefusal, requireActor } from './access.ts';
import type { Database } from './db.ts';
import { AppError, unauthorized } from './errors.ts';
import { resolveApiToken, SESSION_COOKIE, type SessionRecord, type SessionStore, sameSecret } from './sessions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in; every other /api route answers 401 first (deny by default). */
    public?: boolean;
  }
  interface FastifyRequest {
    /** Who is calling: from the session cookie or a Bearer API token; null when nobody is signed in. */
    profile: ActorProfile | null;
    session: SessionRecord | null;
    /** The API token the caller authenticated with, if any (an `Idempotency-Key` is scoped by it). */
    apiTokenId: string | null;
  }
}

/** The API's browsable docs (registered by @fastify/swagger-ui) are public like the OpenAPI document. */
export const API_DOCS_PREFIX = '/api/v1/docs';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the caller of every /api request. Browsers use the session cookie and must send the session's
 * CSRF token in `x-csrf-token` on state-changing requests; scripts use `Authorization: Bearer <token>`.
 */
export const authPlugin = fp<{ db: Database; clock: Clock; sessions: SessionStore }>(
  async (app: FastifyInstance, { db, clock, sessions }) => {
    app.decorateRequest('profile', null);
    app.decorateRequest('session', null);
    app.decorateRequest('apiTokenId', null);

    app.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      const refusal = await identify(request);
      // Before validation, so an anonymous caller learns nothing about a route's input rules.
      const isPublic = request.routeOptions.config.public || request.url.startsWith(API_DOCS_PREFIX);
      if (!request.profile && !isPublic && !request.is404) throw refusal ?? unauthorized();
    });

    /** Sets the caller; returns why a session's user was refused (a suspended organisation), if so. */
    async function identify(request: FastifyRequest): Promise<AppError | null> {
      const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
      if (bearer) {
        const token = await resolveApiToken(db, clock, bearer);
        if (!token) throw new AppError(401, 'invalid_token', 'The API token is not valid or was revoked.');
        request.apiTokenId = token.id;
        const { profile, refusal } = await loadActorProfileOrRefusal(db, token.userId);
        request.profile = profile;
        if (!request.profile) throw refusal ?? new AppError(401, 'invalid_token', 'The API token’s user is disabled.');
        return null;
      }
      const cookie = request.cookies[SESSION_COOKIE];
      if (!cookie) return null;
      const resolved = await sessions.resolve(cookie);
      if (!resolved) return null;
      const { session, profile, refusal } = resolved;
      request.session = session;
      request.profile = profile;
      if (STATE_CHANGING.has(request.method) && request.profile) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
          throw new AppError(403, 'csrf', 'The request is missing a valid x-csrf-token header.');
        }
      }
      return refusal;
    }
  },
  { name: 'auth' },
);

/** The signed-in actor of a request, or 401. */
export const actorOf = (request: FastifyRequest): Actor => requireActor(request.profile?.actor ?? null);
