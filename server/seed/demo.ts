import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../platform/db.ts';
import { dataSetSizes, type GenerationReport, generateDataSet } from './generate.ts';

export { demoAccounts, demoPassword } from './named-accounts.ts';

/** The seed of the demo data set: every installation's demo looks the same (relative to its first start). */
const demoSeed = 1;

/** Whether any organisation exists: a database with organisations is never seeded or generated into. */
export async function hasOrganisations(db: Database): Promise<boolean> {
  const [row] = rowsOf<{ found: boolean }>(await db.execute(sql`select exists (select 1 from organisations) as found`));
  return row?.found === true;
}

/** The small demo data set (catalogue included), with every demo account of ARCHITECTURE.md. */
export function loadDemoDataSet(db: Database, now: Date, seed = demoSeed): Promise<GenerationReport> {
  return generateDataSet(db, { size: dataSetSizes.small, seed, now });
}

/**
 * On the first start of an empty database: loads the catalogue and the small demo data set, with times
 * relative to `now` (the caller's clock). Returns whether it seeded.
 */
export async function seedDemoIfEmpty(db: Database, now: Date): Promise<boolean> {
  if (await hasOrganisations(db)) return false;
  await loadDemoDataSet(db, now);
  return true;
}
