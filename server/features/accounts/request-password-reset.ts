import type { Clock } from '../../../domain/clock.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { enqueueEmails } from '../../platform/mail/outbox.ts';
import { issueAccountLink } from './account-links.ts';
import { passwordResetEmail } from './credential-emails.ts';
import { findCredentialUserByEmail } from './credentials.queries.ts';

/**
 * Issue #10: "Forgot password". For an active user with a password, a one-time link (1 hour) by e-mail in their
 * language, audited; for any other address nothing happens. The route answers the same 202 before this runs
 * (`inBackground`, platform/background.ts), so neither the answer nor its timing tells who has an account.
 */
export async function requestPasswordReset(
  deps: { db: Database; clock: Clock; publicUrl: string },
  input: { email: string },
): Promise<void> {
  const user = await findCredentialUserByEmail(deps.db, input.email);
  if (user?.status !== 'active' || !user.passwordHash) return;
  await deps.db.transaction(async (tx) => {
    const link = await issueAccountLink(tx, deps.clock, deps.publicUrl, {
      purpose: 'password_reset',
      email: user.email,
      name: user.name,
      organisationId: user.organisationId,
      userId: user.id,
    });
    await recordAudit(tx, deps.clock, null, {
      organisationId: user.organisationId,
      action: 'user.password_reset_requested',
      targetType: 'user',
      targetId: user.id,
      after: { expiresAt: link.expiresAt.toISOString() },
    });
    await enqueueEmails(tx, deps.clock, [passwordResetEmail({ ...user, link: link.url })]);
  });
}
