import type { Clock } from '../../../domain/clock.ts';
import type { UserSession } from '../../../domain/contracts/credentials.ts';
import type { Actor } from '../../../domain/roles.ts';
import { describeUserAgent } from '../../../domain/user-agent.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { deleteSessionById, deleteSessionsOf, liveSessionsOf } from './credentials.queries.ts';

/** Issue #10: the Sessions page: the user's live sessions, and signing out of one or of all the others. */
type Deps = { db: Database; clock: Clock };

export async function listUserSessions(
  deps: Deps,
  actor: Actor,
  currentTokenHash: string | null,
): Promise<UserSession[]> {
  const rows = await liveSessionsOf(deps.db, actor.userId, deps.clock.now());
  return rows.map((row) => ({
    id: row.id,
    ...describeUserAgent(row.userAgent),
    userAgent: row.userAgent,
    ipAddress: row.ipAddress,
    method: (['password', 'two_factor', 'sso'] as const).find((m) => m === row.method) ?? 'password',
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    current: row.tokenHash === currentTokenHash,
  }));
}

/** Ends one of the user's sessions (this one too, if named); another user's session is not found. */
export async function endUserSession(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const ended = await deleteSessionById(tx, actor.userId, id);
    if (!ended) throw notFound('The session');
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'user.session_ended',
      targetType: 'session',
      targetId: id,
    });
  });
}

/** Signs out everywhere but here. */
export async function endOtherUserSessions(deps: Deps, actor: Actor, currentTokenHash: string | null): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const ended = await deleteSessionsOf(tx, actor.userId, currentTokenHash ?? undefined);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'user.other_sessions_ended',
      targetType: 'user',
      targetId: actor.userId,
      after: { ended },
    });
    return ended;
  });
}
