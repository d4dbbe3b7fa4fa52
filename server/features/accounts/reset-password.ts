import type { Clock } from '../../../domain/clock.ts';
import type { PasswordResetState } from '../../../domain/contracts/credentials.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { consumeAccountLink, findAccountLink } from './account-links.ts';
import { deleteSessionsOf, findCredentialUser, setPasswordHash } from './credentials.queries.ts';
import { checkNewPassword, hashPassword } from './password-policy.ts';

/** Issue #10: the page behind a password reset link. A token never issued (or tampered with) is a 404. */
export async function passwordResetStateOf(
  deps: { db: Database; clock: Clock },
  token: string,
): Promise<PasswordResetState> {
  const link = await findAccountLink(deps.db, deps.clock, 'password_reset', token);
  if (!link) throw notFound('The password reset link');
  return { state: link.state, email: link.state === 'valid' ? link.email : null };
}

const linkNoLongerValid = (state: string) =>
  new AppError(
    409,
    `link_${state}`,
    state === 'expired'
      ? 'This link has expired. Ask for a new one on the sign-in page.'
      : 'This link was already used or replaced by a newer one. Ask for a new one on the sign-in page.',
  );

/**
 * Sets the new password (the password rules apply), uses the link up and ends every session of the user: whoever
 * knew the old password is signed out. The user then signs in with the new one.
 */
export async function completePasswordReset(
  deps: { db: Database; clock: Clock },
  token: string,
  input: { newPassword: string },
): Promise<void> {
  const link = await findAccountLink(deps.db, deps.clock, 'password_reset', token);
  if (!link) throw notFound('The password reset link');
  if (link.state !== 'valid') throw linkNoLongerValid(link.state);
  const user = link.userId ? await findCredentialUser(deps.db, link.userId) : null;
  if (user?.status !== 'active') throw linkNoLongerValid('revoked');
  checkNewPassword(input.newPassword, user, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    // Two requests with one link: only the first marks it used.
    if (!(await consumeAccountLink(tx, deps.clock, 'password_reset', token))) throw linkNoLongerValid('used');
    const now = deps.clock.now();
    await setPasswordHash(tx, user.id, passwordHash, now);
    const ended = await deleteSessionsOf(tx, user.id);
    await recordAudit(tx, deps.clock, null, {
      organisationId: user.organisationId,
      action: 'user.password_reset',
      targetType: 'user',
      targetId: user.id,
      after: { sessionsEnded: ended },
    });
  });
}
