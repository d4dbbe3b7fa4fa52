import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Clock } from '../../domain/clock.ts';
import { apiTokens, organisations, sessions, users } from '../db/schema/index.ts';
import { type ActorProfile, actorProfileColumns, refusalOf, toActorProfile } from './access.ts';
import type { Database } from './db.ts';
import type { AppError } from './errors.ts';

export const SESSION_COOKIE = 'ch_session';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  organisationId: string;
  csrfToken: string;
}

/** How a session was opened, shown on the user's Sessions page. */
export interface SessionOrigin {
  method: 'password' | 'two_factor' | 'sso';
  userAgent?: string | null;
  ipAddress?: string | null;
}

/** Sessions expire after `idleHours` without use; only the token's hash is stored (REL-5). */
export class SessionStore {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly idleHours: number,
  ) {}

  private expiryFrom(now: Date): Date {
    return new Date(now.getTime() + this.idleHours * 3_600_000);
  }

  async create(
    userId: string,
    organisationId: string,
    origin: SessionOrigin = { method: 'password' },
  ): Promise<{ token: string; csrfToken: string }> {
    const token = randomToken();
    const csrfToken = randomToken();
    const now = this.clock.now();
    await this.db.insert(sessions).values({
      tokenHash: sha256(token),
      userId,
      organisationId,
      csrfToken,
      method: origin.method,
      userAgent: origin.userAgent?.slice(0, 512) ?? null,
      ipAddress: origin.ipAddress ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: this.expiryFrom(now),
    });
    return { token, csrfToken };
  }

  /**
   * The live session for a cookie token with its user's profile, read in one statement (it runs on every
   * request), sliding the session's expiry forward at most once a minute. A suspended organisation's user gets no
   * profile, and the refusal to answer with.
   */
  async resolve(
    token: string,
  ): Promise<{ session: SessionRecord; profile: ActorProfile | null; refusal: AppError | null } | null> {
    const now = this.clock.now();
    const tokenHash = sha256(token);
    const [row] = await this.db
      .select({
        session: {
          tokenHash: sessions.tokenHash,
          userId: sessions.userId,
          organisationId: sessions.organisationId,
          csrfToken: sessions.csrfToken,
          lastSeenAt: sessions.lastSeenAt,
        },
        ...actorProfileColumns,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
    if (!row) return null;
    if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
      await this.db
        .update(sessions)
        .set({ lastSeenAt: now, expiresAt: this.expiryFrom(now) })
        .where(eq(sessions.tokenHash, tokenHash));
    }
    const { lastSeenAt: _, ...session } = row.session;
    return { session, profile: toActorProfile(row), refusal: refusalOf(row) };
  }

  async destroy(tokenHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  }
}

/** Removes expired sessions; run by the session clean-up job. */
export async function deleteExpiredSessions(db: Database, clock: Clock): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, clock.now()))
    .returning({ tokenHash: sessions.tokenHash });
  return deleted.length;
}

/**
 * The user an API token acts as; tokens are stored as SHA-256 hashes and can be revoked (NOT-3, REL-5). Its last
 * use is recorded at most once a minute: a busy integration would otherwise make the token's row a hot spot.
 */
export async function resolveApiToken(db: Database, clock: Clock, token: string) {
  const now = clock.now();
  const [row] = await db
    .select({
      id: apiTokens.id,
      userId: apiTokens.userId,
      organisationId: apiTokens.organisationId,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= 60_000) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.organisationId, row.organisationId), eq(apiTokens.id, row.id)));
  }
  return { id: row.id, userId: row.userId, organisationId: row.organisationId };
}

/** Moving the demo clock must not sign everybody out: live sessions move forward with it. */
export async function shiftLiveSessions(db: Database, liveAt: Date, byMs: number): Promise<void> {
  await db
    .update(sessions)
    .set({
      expiresAt: sql`${sessions.expiresAt} + make_interval(secs => ${byMs / 1000})`,
      lastSeenAt: sql`${sessions.lastSeenAt} + make_interval(secs => ${byMs / 1000})`,
    })
    .where(gt(sessions.expiresAt, liveAt));
}
