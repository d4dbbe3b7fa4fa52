import type { Clock } from '../../../domain/clock.ts';
import type { Database } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { type IssuedAccountLink, issueAccountLink } from '../accounts/account-links.ts';
import { lockSetup, vendorOperatorExists } from './setup.queries.ts';

export const alreadySetUp = () =>
  new AppError(
    409,
    'already_set_up',
    'This installation is set up already: a vendor operator exists. Sign in, or ask an operator to invite you.',
  );

/**
 * Issue #10, first run: a one-time link (24 hours) to /setup/{token} for the future first operator, printed by
 * `channel-hub setup` (with their address and name) and by a server that starts without an operator (without
 * them: the page asks). Refused once a vendor operator exists. A new link for the same address revokes the old.
 */
export async function issueSetupLink(
  deps: { db: Database; clock: Clock; publicUrl: string },
  operator: { email?: string; name?: string },
): Promise<IssuedAccountLink> {
  return deps.db.transaction(async (tx) => {
    await lockSetup(tx);
    if (await vendorOperatorExists(tx)) throw alreadySetUp();
    return issueAccountLink(tx, deps.clock, deps.publicUrl, {
      purpose: 'setup',
      email: operator.email?.trim().toLowerCase() ?? '',
      name: operator.name?.trim() || null,
    });
  });
}
