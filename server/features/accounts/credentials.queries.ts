import { and, count, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { organisations, recoveryCodes, sessions, signInChallenges, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** The SQL of a user's own credentials (issue #10): passwords, two-factor, sign-in challenges, sessions. */

const credentialColumns = {
  id: users.id,
  organisationId: users.organisationId,
  email: users.email,
  name: users.name,
  locale: users.locale,
  status: users.status,
  passwordHash: users.passwordHash,
  totpSecret: users.totpSecret,
  totpEnabledAt: users.totpEnabledAt,
  requireTwoFactor: organisations.requireTwoFactor,
  organisationKind: organisations.kind,
};

export type CredentialUser = Awaited<ReturnType<typeof findCredentialUser>>;

export async function findCredentialUser(db: Database, userId: string) {
  const [row] = await db
    .select(credentialColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function findCredentialUserByEmail(db: Database, email: string) {
  const [row] = await db
    .select(credentialColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function setPasswordHash(tx: Database, userId: string, passwordHash: string, at: Date) {
  await tx.update(users).set({ passwordHash, passwordChangedAt: at }).where(eq(users.id, userId));
}

/** Ends the user's sessions, all of them or all but one (by token hash); the number ended. */
export async function deleteSessionsOf(tx: Database, userId: string, keepTokenHash?: string): Promise<number> {
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}

export async function deleteSessionById(tx: Database, userId: string, id: string) {
  const [ended] = await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.id, id)))
    .returning({ id: sessions.id, tokenHash: sessions.tokenHash });
  return ended ?? null;
}

export async function liveSessionsOf(db: Database, userId: string, now: Date) {
  return db
    .select({
      id: sessions.id,
      tokenHash: sessions.tokenHash,
      method: sessions.method,
      userAgent: sessions.userAgent,
      ipAddress: sessions.ipAddress,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
}

// ——— Two-factor ———

export async function setTotpSecret(tx: Database, userId: string, secret: string | null, enabledAt: Date | null) {
  await tx.update(users).set({ totpSecret: secret, totpEnabledAt: enabledAt }).where(eq(users.id, userId));
}

/** Records the step of an accepted TOTP code; false when that step or a later one was used already. */
export async function recordTotpStep(tx: Database, userId: string, step: number): Promise<boolean> {
  const recorded = await tx
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), sql`(${users.totpLastStep} is null or ${users.totpLastStep} < ${step})`))
    .returning({ id: users.id });
  return recorded.length === 1;
}

export async function enableTotp(tx: Database, userId: string, at: Date) {
  await tx.update(users).set({ totpEnabledAt: at }).where(eq(users.id, userId));
}

export async function replaceRecoveryCodes(
  tx: Database,
  user: { organisationId: string; id: string },
  hashes: readonly string[],
  at: Date,
) {
  await tx
    .delete(recoveryCodes)
    .where(and(eq(recoveryCodes.organisationId, user.organisationId), eq(recoveryCodes.userId, user.id)));
  if (hashes.length === 0) return;
  await tx
    .insert(recoveryCodes)
    .values(
      hashes.map((codeHash) => ({ organisationId: user.organisationId, userId: user.id, codeHash, createdAt: at })),
    );
}

/** Marks an unused recovery code used; false when there is none such (wrong, or used before). */
export async function spendRecoveryCode(
  tx: Database,
  user: { organisationId: string; id: string },
  codeHash: string,
  at: Date,
): Promise<boolean> {
  const used = await tx
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCodes.organisationId, user.organisationId),
        eq(recoveryCodes.userId, user.id),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ codeHash: recoveryCodes.codeHash });
  return used.length === 1;
}

export async function recoveryCodesLeft(db: Database, user: { organisationId: string; id: string }) {
  const [row] = await db
    .select({ left: count() })
    .from(recoveryCodes)
    .where(
      and(
        eq(recoveryCodes.organisationId, user.organisationId),
        eq(recoveryCodes.userId, user.id),
        isNull(recoveryCodes.usedAt),
      ),
    );
  return row?.left ?? 0;
}

// ——— Sign-in challenges ———

export async function insertChallenge(tx: Database, challenge: typeof signInChallenges.$inferInsert) {
  await tx.insert(signInChallenges).values(challenge);
}

/** The live challenge of a token hash, locked for this transaction so concurrent codes count one by one. */
export async function lockLiveChallenge(tx: Database, tokenHash: string, now: Date) {
  const [row] = await tx
    .select()
    .from(signInChallenges)
    .where(and(eq(signInChallenges.tokenHash, tokenHash), gt(signInChallenges.expiresAt, now)))
    .for('update');
  return row ?? null;
}

export async function countChallengeAttempt(tx: Database, tokenHash: string) {
  await tx
    .update(signInChallenges)
    .set({ attempts: sql`${signInChallenges.attempts} + 1` })
    .where(eq(signInChallenges.tokenHash, tokenHash));
}

export async function deleteChallenge(tx: Database, tokenHash: string) {
  await tx.delete(signInChallenges).where(eq(signInChallenges.tokenHash, tokenHash));
}

export async function deleteExpiredChallenges(db: Database, now: Date) {
  await db.delete(signInChallenges).where(sql`${signInChallenges.expiresAt} <= ${now}`);
}

// ——— The organisation's rule ———

export async function securityPolicyOf(db: Database, organisationId: string) {
  const [organisation] = await db
    .select({ requireTwoFactor: organisations.requireTwoFactor })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const [members] = await db
    .select({ without: count() })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.status, 'active'),
        sql`${users.passwordHash} is not null`,
        isNull(users.totpEnabledAt),
      ),
    );
  return { requireTwoFactor: organisation?.requireTwoFactor ?? false, membersWithoutTwoFactor: members?.without ?? 0 };
}

export async function setRequireTwoFactor(tx: Database, organisationId: string, requireTwoFactor: boolean) {
  await tx.update(organisations).set({ requireTwoFactor }).where(eq(organisations.id, organisationId));
}
