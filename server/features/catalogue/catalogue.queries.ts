import { asc, eq, sql } from 'drizzle-orm';
import type { CatalogueDeviceType, CatalogueService } from '../../../domain/contracts/catalogue.ts';
import { deviceTypes, services } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** The catalogue's SQL: a small reference table, read whole and in catalogue order. */

const serviceColumns = {
  id: services.id,
  name: services.name,
  parentServiceId: services.parentServiceId,
  licenceUnit: services.licenceUnit,
  trialable: services.trialable,
  isDevice: services.isDevice,
  active: services.active,
  sortOrder: services.sortOrder,
};
const deviceTypeColumns = {
  id: deviceTypes.id,
  name: deviceTypes.name,
  active: deviceTypes.active,
  sortOrder: deviceTypes.sortOrder,
};

export async function allServices(db: Database): Promise<CatalogueService[]> {
  return db.select(serviceColumns).from(services).orderBy(asc(services.sortOrder), asc(services.id));
}

export async function allDeviceTypes(db: Database): Promise<CatalogueDeviceType[]> {
  return db.select(deviceTypeColumns).from(deviceTypes).orderBy(asc(deviceTypes.sortOrder), asc(deviceTypes.id));
}

/** One service, locked for the change that reads it. */
export async function serviceForUpdate(db: Database, id: string): Promise<CatalogueService | null> {
  const [row] = await db.select(serviceColumns).from(services).where(eq(services.id, id)).for('update');
  return row ?? null;
}

export async function deviceTypeForUpdate(db: Database, id: string): Promise<CatalogueDeviceType | null> {
  const [row] = await db.select(deviceTypeColumns).from(deviceTypes).where(eq(deviceTypes.id, id)).for('update');
  return row ?? null;
}

/** Inserts the service unless its id is taken; false when it is. */
export async function insertService(db: Database, row: CatalogueService): Promise<boolean> {
  const inserted = await db.insert(services).values(row).onConflictDoNothing().returning({ id: services.id });
  return inserted.length > 0;
}

export async function updateService(db: Database, id: string, patch: Partial<Omit<CatalogueService, 'id'>>) {
  await db.update(services).set(patch).where(eq(services.id, id));
}

export async function insertDeviceType(db: Database, row: CatalogueDeviceType): Promise<boolean> {
  const inserted = await db.insert(deviceTypes).values(row).onConflictDoNothing().returning({ id: deviceTypes.id });
  return inserted.length > 0;
}

export async function updateDeviceType(db: Database, id: string, patch: Partial<Omit<CatalogueDeviceType, 'id'>>) {
  await db.update(deviceTypes).set(patch).where(eq(deviceTypes.id, id));
}

/** The order after the last service or device type. */
export async function nextServiceOrder(db: Database): Promise<number> {
  const [row] = await db.select({ max: sql<number>`coalesce(max(${services.sortOrder}), 0)::int` }).from(services);
  return (row?.max ?? 0) + 1;
}

export async function nextDeviceTypeOrder(db: Database): Promise<number> {
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${deviceTypes.sortOrder}), 0)::int` })
    .from(deviceTypes);
  return (row?.max ?? 0) + 1;
}

/** The ids of the device types that may be shipped with anything new. */
export async function activeDeviceTypeIds(db: Database): Promise<Set<string>> {
  const rows = await db.select({ id: deviceTypes.id }).from(deviceTypes).where(eq(deviceTypes.active, true));
  return new Set(rows.map((d) => d.id));
}
