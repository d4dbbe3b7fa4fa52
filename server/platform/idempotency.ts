import { createHash } from 'node:crypto';
import { and, eq, lte } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../../domain/clock.ts';
import { idempotencyKeys } from '../db/schema/index.ts';
import type { Database } from './db.ts';
import { AppError, badRequest } from './errors.ts';

/**
 * `Idempotency-Key` on every POST of a signed-in caller under /api/v1 (ARCHITECTURE.md, Writes; docs/API.md,
 * Idempotency), without any route opting in:
 * - the first request with a key claims it (caller + key), runs, and its 2xx response (status, type, body) is kept
 *   24 hours; a repeat with the same method, path and body gets that response again, marked `Idempotent-Replayed`,
 *   and nothing is done twice;
 * - the same key with another request is a 422; a repeat while the first is still running is a 409;
 * - a response other than 2xx releases the key: the use case's transaction changed nothing, so the client may
 *   retry with the same key.
 * Public operations (sign-in, first run, invitations) have no caller to scope a key by and ignore the header.
 */

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_KEY_HOURS = 24;
/** A claim still in flight after this long belongs to a process that died; the next request takes it over. */
const ABANDONED_CLAIM_MS = 5 * 60_000;
/** Visible ASCII only: a key is an opaque token (a UUID, typically). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

declare module 'fastify' {
  interface FastifyRequest {
    /** The key this request claimed, until its response is stored or released. */
    idempotencyClaim: { caller: string; key: string } | null;
  }
}

type Claim =
  | { kind: 'claimed' }
  | { kind: 'reused' }
  | { kind: 'inFlight' }
  | { kind: 'replay'; status: number; contentType: string | null; body: string | null };

export function registerIdempotency(app: FastifyInstance, deps: { db: Database; clock: Clock }) {
  app.decorateRequest('idempotencyClaim', null);

  // After authentication and validation: a refused or invalid request claims nothing.
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (key === undefined || request.method !== 'POST' || !request.url.startsWith('/api/v1/')) return;
    // As documented (http-errors.ts): public operations ignore the header, whoever is signed in.
    if (request.routeOptions.config.public) return;
    const caller = callerOf(request);
    if (!caller) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw badRequest(
        `headers.${IDEMPOTENCY_HEADER}`,
        `headers.${IDEMPOTENCY_HEADER}: 1 to 255 visible ASCII characters, sent once.`,
      );
    }
    const claim = await claimKey(deps, { caller, key, requestHash: requestHashOf(request) });
    if (claim.kind === 'claimed') {
      request.idempotencyClaim = { caller, key };
      return;
    }
    if (claim.kind === 'reused') {
      throw new AppError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
        `headers.${IDEMPOTENCY_HEADER}`,
      );
    }
    if (claim.kind === 'inFlight') {
      throw new AppError(409, 'idempotency_in_flight', 'A request with this Idempotency-Key is still in progress.');
    }
    reply.code(claim.status).header('idempotent-replayed', 'true');
    if (claim.contentType) reply.type(claim.contentType);
    return reply.send(claim.body ?? undefined);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = null;
    const kept = reply.statusCode >= 200 && reply.statusCode < 300 && (typeof payload === 'string' || !payload);
    if (kept) {
      const contentType = reply.getHeader('content-type');
      await storeResponse(deps.db, claim, {
        status: reply.statusCode,
        contentType: typeof contentType === 'string' ? contentType : null,
        body: typeof payload === 'string' ? payload : null,
      });
    } else {
      await releaseKey(deps.db, claim);
    }
    return payload;
  });
}

/** Keys are the caller's own: a user's (sessions) or an API token's. */
function callerOf(request: FastifyRequest): string | null {
  if (request.apiTokenId) return `token:${request.apiTokenId}`;
  const userId = request.profile?.actor?.userId;
  return userId ? `user:${userId}` : null;
}

const requestHashOf = (request: FastifyRequest) => requestHash(request.method, request.url, request.body);

/** What makes two requests the same: method, path with query, and body. */
export function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${canonicalJson(body ?? null)}`)
    .digest('hex');
}

/** JSON with object keys sorted, so a repeat whose fields come in another order is the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

async function claimKey(
  deps: { db: Database; clock: Clock },
  claim: { caller: string; key: string; requestHash: string },
): Promise<Claim> {
  const now = deps.clock.now();
  const fresh = {
    requestHash: claim.requestHash,
    status: null,
    contentType: null,
    body: null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_HOURS * 3_600_000),
  };
  return deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(idempotencyKeys)
      .values({ caller: claim.caller, key: claim.key, ...fresh })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) return { kind: 'claimed' };
    const same = and(eq(idempotencyKeys.caller, claim.caller), eq(idempotencyKeys.key, claim.key));
    const [stored] = await tx.select().from(idempotencyKeys).where(same).for('update');
    if (!stored) return { kind: 'inFlight' };
    const expired = stored.expiresAt.getTime() <= now.getTime();
    const abandoned = stored.status === null && now.getTime() - stored.createdAt.getTime() >= ABANDONED_CLAIM_MS;
    if (expired || abandoned) {
      await tx.update(idempotencyKeys).set(fresh).where(same);
      return { kind: 'claimed' };
    }
    if (stored.requestHash !== claim.requestHash) return { kind: 'reused' };
    if (stored.status === null) return { kind: 'inFlight' };
    return { kind: 'replay', status: stored.status, contentType: stored.contentType, body: stored.body };
  });
}

async function storeResponse(
  db: Database,
  claim: { caller: string; key: string },
  response: { status: number; contentType: string | null; body: string | null },
) {
  await db
    .update(idempotencyKeys)
    .set(response)
    .where(and(eq(idempotencyKeys.caller, claim.caller), eq(idempotencyKeys.key, claim.key)));
}

async function releaseKey(db: Database, claim: { caller: string; key: string }) {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.caller, claim.caller), eq(idempotencyKeys.key, claim.key)));
}

/** The cleanup job's work: keys past their 24 hours. */
export async function deleteExpiredIdempotencyKeys(db: Database, now: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lte(idempotencyKeys.expiresAt, now));
}
