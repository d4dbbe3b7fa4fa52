import type { OrganisationSummary } from '../../../domain/contracts/organisations.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { findVisibleOrganisation } from './organisations.queries.ts';

export async function getOrganisation(deps: { db: Database }, actor: Actor, id: string): Promise<OrganisationSummary> {
  const row = await findVisibleOrganisation(deps.db, actor, id);
  if (!row) throw notFound('The organisation');
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    partnerTier: row.partnerTier,
    country: row.country,
    dataRegion: row.dataRegion,
    timeZone: row.timeZone,
  };
}
