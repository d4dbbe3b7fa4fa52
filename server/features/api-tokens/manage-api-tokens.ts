import type { Clock } from '../../../domain/clock.ts';
import {
  API_TOKEN_PREFIX,
  type ApiTokenSummary,
  type CreateApiTokenRequest,
  type CreatedApiToken,
} from '../../../domain/contracts/api-tokens.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { randomToken, sha256 } from '../../platform/sessions.ts';
import { ensureMayManageApiTokens } from './api-tokens.policy.ts';
import { findToken, insertToken, listTokens, markRevoked } from './api-tokens.queries.ts';

type Deps = { db: Database; clock: Clock };

/** NOT-3: the organisation's API tokens (never their secrets). */
export async function listApiTokens(deps: Deps, actor: Actor): Promise<{ items: ApiTokenSummary[] }> {
  ensureMayManageApiTokens(actor);
  return { items: await listTokens(deps.db, actor.organisationId) };
}

/**
 * Creates a token that acts as its creator, with the creator's roles at the time of each request. The secret
 * is returned once; only its SHA-256 is stored (REL-5), which is what the Bearer check looks up.
 */
export async function createApiToken(deps: Deps, actor: Actor, input: CreateApiTokenRequest): Promise<CreatedApiToken> {
  ensureMayManageApiTokens(actor);
  const secret = `${API_TOKEN_PREFIX}${randomToken(32)}`;
  return deps.db.transaction(async (tx) => {
    const id = await insertToken(tx, {
      organisationId: actor.organisationId,
      name: input.name,
      tokenHash: sha256(secret),
      userId: actor.userId,
      createdAt: deps.clock.now(),
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'api_token.created',
      targetType: 'api_token',
      targetId: id,
      after: { name: input.name },
    });
    const token = await findToken(tx, actor.organisationId, id);
    if (!token) throw new Error('token not found after insert');
    return { token, secret };
  });
}

/** Revokes a token of the actor's organisation; revoking it again changes nothing. Another's reads as 404. */
export async function revokeApiToken(deps: Deps, actor: Actor, id: string): Promise<ApiTokenSummary> {
  ensureMayManageApiTokens(actor);
  return deps.db.transaction(async (tx) => {
    const token = await findToken(tx, actor.organisationId, id);
    if (!token) throw notFound('The API token');
    if (token.revokedAt) return token;
    await markRevoked(tx, actor.organisationId, id, deps.clock.now());
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'api_token.revoked',
      targetType: 'api_token',
      targetId: id,
      before: { name: token.name, revokedAt: null },
      after: { name: token.name, revokedAt: deps.clock.now().toISOString() },
    });
    return (await findToken(tx, actor.organisationId, id)) as ApiTokenSummary;
  });
}
