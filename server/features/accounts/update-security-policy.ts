import type { Clock } from '../../../domain/clock.ts';
import type { SecurityPolicy } from '../../../domain/contracts/credentials.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { ensureMayRequireTwoFactor } from './credentials.policy.ts';
import { securityPolicyOf, setRequireTwoFactor } from './credentials.queries.ts';

/**
 * Issue #10: requires (or stops requiring) two-factor sign-in for everyone in the actor's organisation. Members
 * without it enrol at their next sign-in (auth/two-factor-sign-in.ts); sessions already open stay open.
 */
export async function updateSecurityPolicy(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  input: { requireTwoFactor: boolean },
): Promise<SecurityPolicy> {
  ensureMayRequireTwoFactor(actor);
  await deps.db.transaction(async (tx) => {
    const before = await securityPolicyOf(tx, actor.organisationId);
    await setRequireTwoFactor(tx, actor.organisationId, input.requireTwoFactor);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'organisation.two_factor_requirement_changed',
      targetType: 'organisation',
      targetId: actor.organisationId,
      before: { requireTwoFactor: before.requireTwoFactor },
      after: { requireTwoFactor: input.requireTwoFactor },
    });
  });
  return securityPolicyOf(deps.db, actor.organisationId);
}
