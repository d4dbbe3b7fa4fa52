import type { Clock } from '../../../domain/clock.ts';
import type { CompleteSetupRequest } from '../../../domain/contracts/setup.ts';
import { countries } from '../../../domain/reference-data.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { consumeAccountLink, findAccountLink } from '../accounts/account-links.ts';
import { checkNewPassword, hashPassword } from '../accounts/password-policy.ts';
import { ensureSetupLinkValid } from './get-setup.ts';
import { alreadySetUp } from './issue-setup-link.ts';
import { createVendorWithOperator, isEmailTaken, lockSetup, vendorOperatorExists } from './setup.queries.ts';

const timeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/**
 * POST /setup/{token}: the first run. Creates the vendor organisation (name, country, time zone) and its first
 * operator (role vendor_operator, the password chosen here), uses up the link and audits it, in one transaction
 * under the first-run lock; the route then signs the operator in. Refused (409) once an operator exists.
 */
export async function completeSetup(
  deps: { db: Database; clock: Clock },
  token: string,
  input: CompleteSetupRequest,
): Promise<{ userId: string; organisationId: string }> {
  if (await vendorOperatorExists(deps.db)) throw alreadySetUp();
  const country = countries.find((c) => c.code === input.country);
  if (!country) throw badRequest('country', 'Choose a country from the list.');
  if (!timeZones.has(input.timeZone)) throw badRequest('timeZone', 'Choose a time zone from the list.');
  checkNewPassword(input.newPassword, { email: input.email, name: input.name }, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return deps.db.transaction(async (tx) => {
    await lockSetup(tx);
    if (await vendorOperatorExists(tx)) throw alreadySetUp();
    const link = await findAccountLink(tx, deps.clock, 'setup', token);
    if (!link) throw notFound('The setup link');
    ensureSetupLinkValid(link);
    if (await isEmailTaken(tx, input.email)) {
      throw new AppError(409, 'email_taken', 'Someone with this e-mail address already has an account.', 'email');
    }
    if (!(await consumeAccountLink(tx, deps.clock, 'setup', token))) {
      throw new AppError(409, 'link_used', 'This setup link has been used already.');
    }
    const now = deps.clock.now();
    const created = await createVendorWithOperator(tx, {
      organisation: {
        name: input.organisationName,
        country: country.code,
        dataRegion: country.region,
        timeZone: input.timeZone,
      },
      operator: { name: input.name, email: input.email, passwordHash },
      now,
    });
    await recordAudit(
      tx,
      deps.clock,
      {
        userId: created.userId,
        organisationId: created.organisationId,
        organisationKind: 'vendor',
        partnerTier: null,
        roles: ['vendor_operator'],
      },
      {
        organisationId: created.organisationId,
        action: 'installation.set_up',
        targetType: 'organisation',
        targetId: created.organisationId,
        after: {
          organisation: input.organisationName,
          country: country.code,
          timeZone: input.timeZone,
          operator: { email: input.email, name: input.name },
          newOrganisation: created.createdOrganisation,
        },
      },
    );
    return { userId: created.userId, organisationId: created.organisationId };
  });
}
