import type { Clock } from '../../../domain/clock.ts';
import type { SignInChallengeKind, TwoFactorEnrolment } from '../../../domain/contracts/credentials.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { randomToken, type SessionOrigin, type SessionStore, sha256 } from '../../platform/sessions.ts';
import {
  countChallengeAttempt,
  deleteChallenge,
  findCredentialUser,
  insertChallenge,
  lockLiveChallenge,
  spendRecoveryCode,
} from '../accounts/credentials.queries.ts';
import { acceptTotpCode, recoveryCodeHash } from '../accounts/two-factor.ts';
import { confirmEnrolmentFor, startEnrolmentFor } from '../accounts/two-factor-settings.ts';
import { admitAttempt } from './sign-in-throttle.ts';

/**
 * Issue #10, REL-5: the sign-in step between a correct password and a session. The browser holds the challenge
 * token (the table its hash) for a few minutes; each challenge takes a bounded number of codes, and each user a
 * bounded number a minute whichever challenge they come with (the route also counts them per source address,
 * like passwords). `verify` asks for a code or a recovery code (each works once); `enrol` comes for a user whose
 * organisation requires two-factor and who has none yet: they enrol here, and the session opens once confirmed.
 */
export const CHALLENGE_VALIDITY_MS = 5 * 60_000;
export const CHALLENGE_MAX_ATTEMPTS = 5;
export const TWO_FACTOR_CODES_PER_MINUTE = 10;

type Deps = { db: Database; clock: Clock; sessions: SessionStore };

export interface IssuedChallenge {
  token: string;
  kind: SignInChallengeKind;
  expiresAt: Date;
}

export async function createSignInChallenge(
  deps: { db: Database; clock: Clock },
  user: { id: string; organisationId: string },
  kind: SignInChallengeKind,
): Promise<IssuedChallenge> {
  const now = deps.clock.now();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + CHALLENGE_VALIDITY_MS);
  await insertChallenge(deps.db, {
    tokenHash: sha256(token),
    organisationId: user.organisationId,
    userId: user.id,
    kind,
    createdAt: now,
    expiresAt,
  });
  return { token, kind, expiresAt };
}

export const challengeExpired = () =>
  new AppError(401, 'challenge_expired', 'This sign-in has expired. Sign in again with your password.');
export const wrongSecondFactor = (field: 'code' | 'recoveryCode') =>
  new AppError(
    401,
    'invalid_code',
    field === 'code'
      ? 'The code is not correct. Enter the current code from your authenticator app.'
      : 'This recovery code is not correct or was used before.',
    field,
  );

/** The live challenge's user, for the enrolment step; 401 when the challenge is gone or is not an enrolment. */
export async function enrolAtSignIn(deps: Deps, challenge: string): Promise<TwoFactorEnrolment> {
  return deps.db.transaction(async (tx) => {
    const row = await lockLiveChallenge(tx, sha256(challenge), deps.clock.now());
    if (row?.kind !== 'enrol') throw challengeExpired();
    const user = await findCredentialUser(tx, row.userId);
    if (user?.status !== 'active') throw challengeExpired();
    return startEnrolmentFor(tx, deps.clock, null, user);
  });
}

type StepResult =
  | { ok: true; user: { id: string; organisationId: string; organisationKind: string }; recoveryCodes?: string[] }
  | { ok: false; error: AppError };

/**
 * Checks the second factor and, when right, uses the challenge up; the session itself is opened by the caller
 * (`openSession`). A wrong code counts against the challenge, committed before the 401 is thrown.
 */
export async function completeTwoFactorStep(
  deps: Deps,
  input: { challenge: string; code?: string; recoveryCode?: string },
): Promise<{ user: { id: string; organisationId: string; organisationKind: string }; recoveryCodes?: string[] }> {
  const tokenHash = sha256(input.challenge);
  // Counted in a transaction of its own, so a refused attempt still counts.
  const challenged = await lockLiveChallenge(deps.db, tokenHash, deps.clock.now());
  if (challenged) {
    await admitAttempt(deps.db, deps.clock, `two-factor:${challenged.userId}`, TWO_FACTOR_CODES_PER_MINUTE, 'codes');
  }
  const result = await deps.db.transaction(async (tx): Promise<StepResult> => {
    const now = deps.clock.now();
    const row = await lockLiveChallenge(tx, tokenHash, now);
    if (!row) return { ok: false, error: challengeExpired() };
    if (row.attempts >= CHALLENGE_MAX_ATTEMPTS) {
      await deleteChallenge(tx, tokenHash);
      return { ok: false, error: challengeExpired() };
    }
    const user = await findCredentialUser(tx, row.userId);
    if (user?.status !== 'active') return { ok: false, error: challengeExpired() };
    const wrong = async (field: 'code' | 'recoveryCode'): Promise<StepResult> => {
      await countChallengeAttempt(tx, tokenHash);
      await recordAudit(tx, deps.clock, null, {
        organisationId: user.organisationId,
        action: 'user.two_factor_failed',
        targetType: 'user',
        targetId: user.id,
        after: { with: field, attempt: row.attempts + 1 },
      });
      return { ok: false, error: wrongSecondFactor(field) };
    };
    let recoveryCodes: string[] | undefined;
    if (row.kind === 'enrol') {
      // No code, or no enrolment started yet: nothing to confirm.
      if (!input.code || !user.totpSecret) return wrong('code');
      try {
        recoveryCodes = await confirmEnrolmentFor(tx, deps.clock, null, user, input.code);
      } catch (error) {
        if (error instanceof AppError && error.code === 'invalid_code') return wrong('code');
        throw error;
      }
    } else if (input.recoveryCode) {
      if (!user.totpEnabledAt || !(await spendRecoveryCode(tx, user, recoveryCodeHash(input.recoveryCode), now))) {
        return wrong('recoveryCode');
      }
      await recordAudit(tx, deps.clock, null, {
        organisationId: user.organisationId,
        action: 'user.recovery_code_used',
        targetType: 'user',
        targetId: user.id,
      });
    } else if (
      !user.totpSecret ||
      !user.totpEnabledAt ||
      !(await acceptTotpCode(tx, deps.clock, { id: user.id, totpSecret: user.totpSecret }, input.code ?? ''))
    ) {
      return wrong('code');
    }
    await deleteChallenge(tx, tokenHash);
    return { ok: true, user, recoveryCodes };
  });
  if (!result.ok) throw result.error;
  return { user: result.user, recoveryCodes: result.recoveryCodes };
}

export const twoFactorOrigin = (origin: Omit<SessionOrigin, 'method'>): SessionOrigin => ({
  ...origin,
  method: 'two_factor',
});
