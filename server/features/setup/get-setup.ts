import type { Clock } from '../../../domain/clock.ts';
import type { SetupState } from '../../../domain/contracts/setup.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { type AccountLink, findAccountLink } from '../accounts/account-links.ts';
import { alreadySetUp } from './issue-setup-link.ts';
import { vendorOperatorExists } from './setup.queries.ts';

/** A setup link that is no longer valid: 409 naming why (expired, used, revoked by a newer link). */
export function ensureSetupLinkValid(link: AccountLink) {
  if (link.state === 'valid') return;
  const messages = {
    expired: 'This setup link has expired. Run `channel-hub setup` again for a new one.',
    used: 'This setup link has been used already.',
    revoked: 'A newer setup link replaced this one. Use the newest link.',
  } as const;
  throw new AppError(409, `link_${link.state}`, messages[link.state]);
}

/** GET /setup/{token}: what the first-run page prefills; 404 for a token never issued, 409 once set up. */
export async function getSetup(deps: { db: Database; clock: Clock }, token: string): Promise<SetupState> {
  if (await vendorOperatorExists(deps.db)) throw alreadySetUp();
  const link = await findAccountLink(deps.db, deps.clock, 'setup', token);
  if (!link) throw notFound('The setup link');
  ensureSetupLinkValid(link);
  return { email: link.email, name: link.name ?? '', expiresAt: link.expiresAt.toISOString() };
}
