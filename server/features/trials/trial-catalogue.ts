import { offeredServices } from '../../../domain/catalogue.ts';
import type { CatalogueService } from '../../../domain/contracts/catalogue.ts';
import type { Database } from '../../platform/db.ts';
import { allServices } from '../catalogue/catalogue.queries.ts';

/** TRI-1: the services a new trial may hold — offered by the catalogue (active, under an active parent) and trialable. */
export async function trialableServices(db: Database, all?: readonly CatalogueService[]): Promise<CatalogueService[]> {
  return offeredServices(all ?? (await allServices(db))).filter((s) => s.trialable);
}
