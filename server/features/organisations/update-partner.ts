import type { Clock } from '../../../domain/clock.ts';
import type { UpdatePartnerRequest } from '../../../domain/contracts/partners.ts';
import { distributorProblem } from '../../../domain/partners.ts';
import { countryByCode } from '../../../domain/reference-data.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { revokeAccountLinksOf } from '../accounts/account-links.ts';
import { getPartner } from './get-partner.ts';
import { ensureVendorOperator } from './organisations.policy.ts';
import {
  deleteSessionsOf,
  findPartner,
  isDistributor,
  lockPartner,
  updatePartnerRow,
  userIdsOf,
} from './partners.queries.ts';

type Change = Parameters<typeof updatePartnerRow>[2];

/**
 * Issue #10: a vendor operator edits a partner (name, tier, distributor, country, time zone) and suspends or
 * reactivates it. The tier rule holds for the partner as it will be: a tier-2 partner keeps (or is given) a
 * distributor, leaving tier 2 drops it, and a distributor with tier-2 partners stays one (409). Suspending signs
 * out the partner's users and revokes their unused one-time links; from then on its users are refused where the
 * actor is loaded (sign-in, sessions, API tokens: server/platform/access.ts). Its data stays, and reactivating
 * lets its users in again. Each change is audited with before and after.
 */
export async function updatePartner(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  id: string,
  input: UpdatePartnerRequest,
) {
  ensureVendorOperator(actor);
  await deps.db.transaction(async (tx) => {
    if (!(await lockPartner(tx, id))) throw notFound('The partner');
    const current = await findPartner(tx, id);
    if (!current?.tier) throw notFound('The partner');
    const tier = input.tier ?? current.tier;
    // Leaving tier 2 drops the distributor unless one is sent (which the rule then refuses).
    const distributorId =
      input.distributorId !== undefined ? input.distributorId : tier === 'tier2' ? current.distributorId : null;
    const problem = distributorProblem(tier, distributorId);
    if (problem) throw badRequest('distributorId', problem);
    if (distributorId && distributorId !== current.distributorId && !(await isDistributor(tx, distributorId, id))) {
      throw badRequest('distributorId', 'The distributor was not found among the distributors.');
    }
    if (current.tier === 'distributor' && tier !== 'distributor' && current.tier2Partners > 0) {
      throw new AppError(
        409,
        'distributor_has_partners',
        `The distributor has ${current.tier2Partners} tier 2 partners; move them to another distributor first.`,
        'tier',
      );
    }

    const change: Change = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const set = <K extends keyof Change>(key: K, from: Change[K], to: Change[K], auditKey: string = key) => {
      if (to === undefined || to === from) return;
      change[key] = to;
      before[auditKey] = from;
      after[auditKey] = to;
    };
    set('name', current.name, input.name);
    set('partnerTier', current.tier, tier, 'tier');
    set('distributorId', current.distributorId, distributorId);
    if (input.country !== undefined && input.country !== current.country) {
      const country = countryByCode(input.country);
      set('country', current.country ?? undefined, country.code);
      set('dataRegion', current.dataRegion ?? undefined, country.region);
    }
    set('timeZone', current.timeZone, input.timeZone);
    const now = deps.clock.now();
    const statusChange = input.status !== undefined && input.status !== current.status ? input.status : null;
    if (statusChange) {
      change.status = statusChange;
      change.suspendedAt = statusChange === 'suspended' ? now : null;
    }
    await updatePartnerRow(tx, id, change);

    if (Object.keys(after).length > 0) {
      await recordAudit(tx, deps.clock, actor, {
        organisationId: id,
        action: 'partner.updated',
        targetType: 'organisation',
        targetId: id,
        before,
        after,
      });
    }
    if (statusChange === 'suspended') {
      const userIds = await userIdsOf(tx, id);
      const signedOut = await deleteSessionsOf(tx, userIds);
      await revokeAccountLinksOf(tx, deps.clock, userIds);
      await recordAudit(tx, deps.clock, actor, {
        organisationId: id,
        action: 'partner.suspended',
        targetType: 'organisation',
        targetId: id,
        before: { status: current.status },
        after: { status: 'suspended', suspendedAt: now.toISOString(), sessionsEnded: signedOut },
      });
    } else if (statusChange === 'active') {
      await recordAudit(tx, deps.clock, actor, {
        organisationId: id,
        action: 'partner.reactivated',
        targetType: 'organisation',
        targetId: id,
        before: { status: current.status, suspendedAt: current.suspendedAt?.toISOString() ?? null },
        after: { status: 'active' },
      });
    }
  });
  return getPartner(deps, actor, id);
}
