import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/clock.ts';
import { accountLinks } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { randomToken, sha256 } from '../../platform/sessions.ts';

/**
 * One-time links (issue #10): the first-run setup link, invitations and password resets. The token goes into the
 * link only; the table keeps its SHA-256. A link works once, until it expires, and issuing a new link for the same
 * user (or, for setup, the same address) and purpose revokes the earlier ones.
 */

export type AccountLinkPurpose = (typeof accountLinks.$inferSelect)['purpose'];

const HOUR_MS = 3_600_000;

/** How long each kind of link stays valid. */
export const accountLinkValidityMs: Record<AccountLinkPurpose, number> = {
  setup: 24 * HOUR_MS,
  invitation: 7 * 24 * HOUR_MS,
  password_reset: HOUR_MS,
};

/** The web app's page for each kind of link; the token follows as the last path segment. */
export const accountLinkPaths: Record<AccountLinkPurpose, string> = {
  setup: '/setup',
  invitation: '/invitations',
  password_reset: '/reset-password',
};

export interface AccountLinkSubject {
  purpose: AccountLinkPurpose;
  email: string;
  name?: string | null;
  /** None for the setup link, which comes before any organisation. */
  organisationId?: string | null;
  userId?: string | null;
  createdByUserId?: string | null;
}

export interface IssuedAccountLink {
  token: string;
  url: string;
  expiresAt: Date;
}

/** Issues a link (revoking the subject's earlier unused ones); call it inside the use case's transaction. */
export async function issueAccountLink(
  tx: Database,
  clock: Clock,
  publicUrl: string,
  subject: AccountLinkSubject,
): Promise<IssuedAccountLink> {
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + accountLinkValidityMs[subject.purpose]);
  const sameSubject = subject.userId
    ? eq(accountLinks.userId, subject.userId)
    : eq(sql`lower(${accountLinks.email})`, subject.email.toLowerCase());
  await tx
    .update(accountLinks)
    .set({ revokedAt: now })
    .where(
      and(
        eq(accountLinks.purpose, subject.purpose),
        sameSubject,
        isNull(accountLinks.usedAt),
        isNull(accountLinks.revokedAt),
      ),
    );
  const token = randomToken();
  await tx.insert(accountLinks).values({
    tokenHash: sha256(token),
    purpose: subject.purpose,
    organisationId: subject.organisationId ?? null,
    userId: subject.userId ?? null,
    email: subject.email,
    name: subject.name ?? null,
    createdByUserId: subject.createdByUserId ?? null,
    createdAt: now,
    expiresAt,
  });
  return { token, url: `${publicUrl}${accountLinkPaths[subject.purpose]}/${token}`, expiresAt };
}

export type AccountLinkState = 'valid' | 'expired' | 'used' | 'revoked';

export type AccountLink = typeof accountLinks.$inferSelect & { state: AccountLinkState };

/** The link a token names, with its state; null for a token that was never issued (or was tampered with). */
export async function findAccountLink(
  db: Database,
  clock: Clock,
  purpose: AccountLinkPurpose,
  token: string,
): Promise<AccountLink | null> {
  const [link] = await db
    .select()
    .from(accountLinks)
    .where(and(eq(accountLinks.tokenHash, sha256(token)), eq(accountLinks.purpose, purpose)));
  if (!link) return null;
  const state: AccountLinkState = link.usedAt
    ? 'used'
    : link.revokedAt
      ? 'revoked'
      : link.expiresAt.getTime() <= clock.now().getTime()
        ? 'expired'
        : 'valid';
  return { ...link, state };
}

/**
 * Marks a valid link used, in the caller's transaction; false when it is no longer valid (used by a concurrent
 * request, revoked, or expired), so two requests with one link cannot both succeed.
 */
export async function consumeAccountLink(
  tx: Database,
  clock: Clock,
  purpose: AccountLinkPurpose,
  token: string,
): Promise<boolean> {
  const now = clock.now();
  const used = await tx
    .update(accountLinks)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountLinks.tokenHash, sha256(token)),
        eq(accountLinks.purpose, purpose),
        isNull(accountLinks.usedAt),
        isNull(accountLinks.revokedAt),
        sql`${accountLinks.expiresAt} > ${now}`,
      ),
    )
    .returning({ tokenHash: accountLinks.tokenHash });
  return used.length === 1;
}

/** Revokes every unused link of a user (a disabled user, a suspended partner's admins). */
export async function revokeAccountLinksOf(tx: Database, clock: Clock, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await tx
    .update(accountLinks)
    .set({ revokedAt: clock.now() })
    .where(and(inArray(accountLinks.userId, userIds), isNull(accountLinks.usedAt), isNull(accountLinks.revokedAt)));
}
