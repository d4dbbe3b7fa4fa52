import type { Clock } from '../../../domain/clock.ts';
import { defaultOrganisationSettings, type OrganisationSettings } from '../../../domain/contracts/organisations.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { restampPartnerEntries } from '../customers/customer-list-days.ts';
import { mayChangeSettings } from './organisations.policy.ts';
import { findVisibleOrganisation, updateSettings } from './organisations.queries.ts';

export async function updateOrganisationSettings(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  id: string,
  changes: Partial<OrganisationSettings>,
): Promise<OrganisationSettings> {
  return deps.db.transaction(async (tx) => {
    const row = await findVisibleOrganisation(tx, actor, id);
    if (!row) throw notFound('The organisation');
    ensure(mayChangeSettings(actor, id), 'Only full administrators change organisation settings.');
    const before = { ...defaultOrganisationSettings, ...row.settings } as OrganisationSettings;
    const after = { ...before, ...changes };
    await updateSettings(tx, id, after);
    // The statuses stamped for the day follow the thresholds at once.
    await restampPartnerEntries(tx, id);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: id,
      action: 'organisation.settings_changed',
      targetType: 'organisation',
      targetId: id,
      before,
      after,
    });
    return after;
  });
}

export async function getOrganisationSettings(deps: { db: Database }, actor: Actor, id: string) {
  const row = await findVisibleOrganisation(deps.db, actor, id);
  if (!row) throw notFound('The organisation');
  return { ...defaultOrganisationSettings, ...row.settings } as OrganisationSettings;
}
