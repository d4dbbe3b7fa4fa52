import { verify } from '@node-rs/argon2';
import type { Clock } from '../../../domain/clock.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, unauthorized } from '../../platform/errors.ts';
import { revokeAccountLinksOf } from './account-links.ts';
import { deleteSessionsOf, findCredentialUser, setPasswordHash } from './credentials.queries.ts';
import { checkNewPassword, hashPassword } from './password-policy.ts';

export const wrongCurrentPassword = (field: string) =>
  new AppError(400, 'wrong_password', 'The current password is not correct.', field);

/** Whether `password` is the user's; an account without a password has none to match. */
export async function isUsersPassword(passwordHash: string | null, password: string): Promise<boolean> {
  return passwordHash ? verify(passwordHash, password) : false;
}

/**
 * Issue #10: the signed-in user changes their password, giving the current one (400 naming `currentPassword`
 * when wrong). Every other session of the user ends, this one stays; unused reset links stop working.
 */
export async function changePassword(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  current: { sessionTokenHash: string | null },
  input: { currentPassword: string; newPassword: string },
): Promise<{ sessionsEnded: number }> {
  const user = await findCredentialUser(deps.db, actor.userId);
  if (!user) throw unauthorized();
  if (!(await isUsersPassword(user.passwordHash, input.currentPassword))) {
    throw wrongCurrentPassword('currentPassword');
  }
  checkNewPassword(input.newPassword, user, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return deps.db.transaction(async (tx) => {
    await setPasswordHash(tx, user.id, passwordHash, deps.clock.now());
    const sessionsEnded = await deleteSessionsOf(tx, user.id, current.sessionTokenHash ?? undefined);
    await revokeAccountLinksOf(tx, deps.clock, [user.id]);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: user.organisationId,
      action: 'user.password_changed',
      targetType: 'user',
      targetId: user.id,
      after: { otherSessionsEnded: sessionsEnded },
    });
    return { sessionsEnded };
  });
}
