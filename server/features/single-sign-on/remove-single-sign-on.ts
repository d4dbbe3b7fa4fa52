import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { SingleSignOnDeps } from './get-single-sign-on.ts';
import { ensureMayManageSingleSignOn } from './single-sign-on.policy.ts';
import { deleteProvider, domainsOf, findProviderOf } from './single-sign-on.queries.ts';

/** Removes the organisation's identity provider: its people sign in with passwords again. None: nothing changes. */
export async function removeSingleSignOn(deps: SingleSignOnDeps, actor: Actor): Promise<void> {
  ensureMayManageSingleSignOn(actor);
  await deps.db.transaction(async (tx) => {
    const existing = await findProviderOf(tx, actor.organisationId);
    if (!existing) return;
    const domains = await domainsOf(tx, actor.organisationId, existing.id);
    await deleteProvider(tx, actor.organisationId, existing.id);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'single_sign_on.removed',
      targetType: 'identity_provider',
      targetId: existing.id,
      before: { issuer: existing.issuer, clientId: existing.clientId, enabled: existing.enabled, domains },
    });
  });
}
