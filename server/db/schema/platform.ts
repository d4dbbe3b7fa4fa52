import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** Installation-wide settings, such as the demo clock's offset, kept across restarts. */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});
