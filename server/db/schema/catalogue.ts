import { boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** The product catalogue is data (SPEC §1): services, editions (parentServiceId), licence units. Reference table. */
export const services = pgTable('services', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  parentServiceId: text('parent_service_id'),
  licenceUnit: text('licence_unit').notNull(),
  trialable: boolean('trialable').notNull(),
  /** Devices are shipped, not licensed per user: the trial licence quantity does not apply (TRI-1). */
  isDevice: boolean('is_device').notNull().default(false),
  /** Retired entries stay for the subscriptions and trials that name them, but are offered nowhere new. */
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull(),
});

/** Device types that can be shipped with a device trial (TRI-1, TRI-3). Reference table. */
export const deviceTypes = pgTable('device_types', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull(),
});
