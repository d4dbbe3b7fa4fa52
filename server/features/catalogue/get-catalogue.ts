import { offeredServices } from '../../../domain/catalogue.ts';
import type { CatalogueResponse } from '../../../domain/contracts/catalogue.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { allDeviceTypes, allServices } from './catalogue.queries.ts';

/**
 * SPEC §1: the catalogue as offered (active services under active parents, active device types), or, with
 * `includeRetired`, every entry with its `active` flag. Retired names are no secret — the subscriptions and trials
 * naming them show them anyway — so every signed-in user may ask for them, to name what old records hold.
 */
export async function getCatalogue(
  deps: { db: Database },
  _actor: Actor,
  input: { includeRetired?: boolean },
): Promise<CatalogueResponse> {
  const [services, deviceTypes] = await Promise.all([allServices(deps.db), allDeviceTypes(deps.db)]);
  if (input.includeRetired) return { services, deviceTypes };
  return { services: offeredServices(services), deviceTypes: deviceTypes.filter((d) => d.active) };
}
