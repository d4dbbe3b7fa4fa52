import type { PartnerList } from '../../../domain/contracts/organisations.ts';
import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { selectPartners } from './organisations.queries.ts';

/** Every partner of the installation, by name, for vendor operators' partner filters (ROL-5). */
export async function listPartners(deps: { db: Database }, actor: Actor): Promise<PartnerList> {
  ensure(isVendorOperator(actor), 'Only vendor operators see every partner.');
  return { items: await selectPartners(deps.db) };
}
