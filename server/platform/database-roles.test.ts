import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/database.ts';
import { loadConfig } from './config.ts';
import { pendingMigrationCount, prepareForServer } from './database-roles.ts';
import { migrationsFolder, openPglite } from './db.ts';

describe('migrations at start, and the owner URL', () => {
  it('counts the migrations a database lacks: all on an empty one, none on a migrated one', async () => {
    const empty = await openPglite(undefined);
    const migrated = await createTestDatabase();
    try {
      expect(await pendingMigrationCount(empty.db)).toBe(readMigrationFiles({ migrationsFolder }).length);
      expect(await pendingMigrationCount(migrated.db)).toBe(0);
      await prepareForServer(migrated, undefined);
    } finally {
      await empty.close();
      await migrated.close();
    }
  });

  it('a second URL is only accepted with the runtime role’s URL', () => {
    expect(() => loadConfig({ DATABASE_OWNER_URL: 'postgres://owner@db/hub' })).toThrow(/DATABASE_OWNER_URL/);
    expect(
      loadConfig({ DATABASE_OWNER_URL: 'postgres://o@db/hub', DATABASE_URL: 'postgres://r@db/hub' }),
    ).toMatchObject({ databaseOwnerUrl: 'postgres://o@db/hub', databaseUrl: 'postgres://r@db/hub' });
  });
});
