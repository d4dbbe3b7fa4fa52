import type { Clock } from '../../../domain/clock.ts';
import type { CreatePartnerRequest } from '../../../domain/contracts/partners.ts';
import { countryByCode } from '../../../domain/reference-data.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { inviteMember } from './invite-member.ts';
import { ensureVendorOperator } from './organisations.policy.ts';
import { insertPartner, isDistributor } from './partners.queries.ts';

/**
 * SPEC §1, issue #10: a vendor operator adds a partner (tier 1, tier 2 under a distributor, or a distributor)
 * and invites its first full administrator, in one transaction: the organisation, the invited user with the
 * `partner_full_admin` role, the one-time link and the invitation e-mail commit together, or nothing does. An
 * address that already has an account is a 409 naming `admin.email`.
 */
export async function createPartner(
  deps: { db: Database; clock: Clock; publicUrl: string },
  actor: Actor,
  input: CreatePartnerRequest,
): Promise<{ id: string; adminId: string }> {
  ensureVendorOperator(actor);
  return deps.db.transaction(async (tx) => {
    const distributorId = input.distributorId ?? null;
    if (distributorId && !(await isDistributor(tx, distributorId))) {
      throw badRequest('distributorId', 'The distributor was not found among the distributors.');
    }
    const country = countryByCode(input.country);
    const id = await insertPartner(tx, {
      name: input.name,
      tier: input.tier,
      distributorId,
      country: country.code,
      dataRegion: country.region,
      timeZone: input.timeZone,
      createdAt: deps.clock.now(),
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: id,
      action: 'partner.created',
      targetType: 'organisation',
      targetId: id,
      after: {
        name: input.name,
        tier: input.tier,
        distributorId,
        country: country.code,
        timeZone: input.timeZone,
        admin: input.admin,
      },
    });
    const admin = await inviteMember(tx, deps, actor, {
      organisationId: id,
      email: input.admin.email,
      name: input.admin.name,
      roles: ['partner_full_admin'],
    }).catch((error: unknown) => {
      if (error instanceof AppError && error.field === 'email') {
        throw new AppError(error.status, error.code, error.message, 'admin.email');
      }
      throw error;
    });
    return { id, adminId: admin.id };
  });
}
