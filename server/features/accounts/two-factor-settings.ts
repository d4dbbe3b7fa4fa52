import type { Clock } from '../../../domain/clock.ts';
import type { TwoFactorEnrolment, TwoFactorStatus } from '../../../domain/contracts/credentials.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, unauthorized } from '../../platform/errors.ts';
import { isUsersPassword, wrongCurrentPassword } from './change-password.ts';
import {
  type CredentialUser,
  enableTotp,
  findCredentialUser,
  recoveryCodesLeft,
  replaceRecoveryCodes,
  setTotpSecret,
} from './credentials.queries.ts';
import { newRecoveryCodes, newTotpEnrolment, recoveryCodeHash, totpCodeStep } from './two-factor.ts';

/**
 * Issue #10, REL-5: a user's TOTP two-factor sign-in. Enrolment stores a new secret, pending until a code from the
 * app confirms it; confirming turns two-factor on and hands out 10 recovery codes, shown once and stored hashed.
 * The same steps serve the enrolment the organisation's rule demands at sign-in (auth/two-factor-sign-in.ts).
 */
type Deps = { db: Database; clock: Clock };

async function userOf(db: Database, actor: Actor) {
  const user = await findCredentialUser(db, actor.userId);
  if (!user) throw unauthorized();
  return user;
}

export async function twoFactorStatusOf(deps: Deps, actor: Actor): Promise<TwoFactorStatus> {
  const user = await userOf(deps.db, actor);
  return {
    enabled: user.totpEnabledAt !== null,
    enabledAt: user.totpEnabledAt?.toISOString() ?? null,
    recoveryCodesLeft: user.totpEnabledAt ? await recoveryCodesLeft(deps.db, user) : 0,
    requiredByOrganisation: user.requireTwoFactor,
  };
}

const alreadyOn = () => new AppError(409, 'two_factor_enabled', 'Two-factor sign-in is already on.');

/** A new pending secret (replacing an unconfirmed one); 409 while two-factor is on. */
export async function startEnrolmentFor(
  tx: Database,
  clock: Clock,
  actor: Actor | null,
  user: NonNullable<CredentialUser>,
): Promise<TwoFactorEnrolment> {
  if (user.totpEnabledAt) throw alreadyOn();
  const enrolment = await newTotpEnrolment(user.email);
  await setTotpSecret(tx, user.id, enrolment.secret, null);
  await recordAudit(tx, clock, actor, {
    organisationId: user.organisationId,
    action: 'user.two_factor_enrolment_started',
    targetType: 'user',
    targetId: user.id,
  });
  return enrolment;
}

export async function startTwoFactorEnrolment(deps: Deps, actor: Actor): Promise<TwoFactorEnrolment> {
  const user = await userOf(deps.db, actor);
  return deps.db.transaction((tx) => startEnrolmentFor(tx, deps.clock, actor, user));
}

export const invalidCode = () =>
  new AppError(400, 'invalid_code', 'The code is not correct. Enter the current code from your app.', 'code');

/** Checks a code against the pending secret and turns two-factor on; the new recovery codes (shown once). */
export async function confirmEnrolmentFor(
  tx: Database,
  clock: Clock,
  actor: Actor | null,
  user: NonNullable<CredentialUser>,
  code: string,
): Promise<string[]> {
  if (user.totpEnabledAt) throw alreadyOn();
  if (!user.totpSecret) {
    throw new AppError(409, 'no_enrolment', 'Start the two-factor set-up first: scan a new QR code.');
  }
  if ((await totpCodeStep(clock, user.totpSecret, code)) === null) throw invalidCode();
  const now = clock.now();
  const codes = newRecoveryCodes();
  await enableTotp(tx, user.id, now);
  await replaceRecoveryCodes(tx, user, codes.map(recoveryCodeHash), now);
  await recordAudit(tx, clock, actor, {
    organisationId: user.organisationId,
    action: 'user.two_factor_enabled',
    targetType: 'user',
    targetId: user.id,
  });
  return codes;
}

export async function confirmTwoFactor(deps: Deps, actor: Actor, input: { code: string }): Promise<string[]> {
  const user = await userOf(deps.db, actor);
  return deps.db.transaction((tx) => confirmEnrolmentFor(tx, deps.clock, actor, user, input.code));
}

const notOn = () => new AppError(409, 'two_factor_disabled', 'Two-factor sign-in is not on.');

/** Turns two-factor off, with the password (400 naming `password` when wrong); refused while the organisation requires it. */
export async function disableTwoFactor(deps: Deps, actor: Actor, input: { password: string }): Promise<void> {
  const user = await userOf(deps.db, actor);
  if (!(await isUsersPassword(user.passwordHash, input.password))) throw wrongCurrentPassword('password');
  if (user.requireTwoFactor) {
    throw new AppError(
      409,
      'two_factor_required',
      'Your organisation requires two-factor sign-in: it cannot be turned off.',
    );
  }
  if (!user.totpEnabledAt && !user.totpSecret) throw notOn();
  await deps.db.transaction(async (tx) => {
    await setTotpSecret(tx, user.id, null, null);
    await replaceRecoveryCodes(tx, user, [], deps.clock.now());
    await recordAudit(tx, deps.clock, actor, {
      organisationId: user.organisationId,
      action: 'user.two_factor_disabled',
      targetType: 'user',
      targetId: user.id,
    });
  });
}

/** New recovery codes for the old ones, with the password; the old ones stop working. */
export async function regenerateRecoveryCodes(
  deps: Deps,
  actor: Actor,
  input: { password: string },
): Promise<string[]> {
  const user = await userOf(deps.db, actor);
  if (!(await isUsersPassword(user.passwordHash, input.password))) throw wrongCurrentPassword('password');
  if (!user.totpEnabledAt) throw notOn();
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await replaceRecoveryCodes(tx, user, codes.map(recoveryCodeHash), deps.clock.now());
    await recordAudit(tx, deps.clock, actor, {
      organisationId: user.organisationId,
      action: 'user.recovery_codes_regenerated',
      targetType: 'user',
      targetId: user.id,
    });
  });
  return codes;
}
