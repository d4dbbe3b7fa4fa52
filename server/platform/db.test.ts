import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/database.ts';
import { type DatabaseHandle, migrateDatabase, openPglite, rowsOf } from './db.ts';

describe('migrations', () => {
  it('apply from empty on the embedded database', async () => {
    const handle = await openPglite(undefined);
    await migrateDatabase(handle);
    const tables = rowsOf<{ n: number }>(
      await handle.db.execute(
        sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
      ),
    );
    expect(tables[0]?.n).toBeGreaterThanOrEqual(45);
    await migrateDatabase(handle);
    await handle.close();
  });
});

describe('the database under test', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle.close());

  it('is fully migrated, with the catalogue loaded', async () => {
    const [row] = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from services`));
    expect(row?.n).toBeGreaterThan(5);
  });

  it('refuses changes to the audit log (append-only)', async () => {
    await handle.db.execute(
      sql`insert into audit_log (organisation_id, actor_user_id, action, target_type, target_id, at)
          values (gen_random_uuid(), null, 'test', 'thing', '1', now())`,
    );
    const refused = { cause: { message: expect.stringMatching(/append-only/) } };
    await expect(handle.db.execute(sql`update audit_log set action = 'changed'`)).rejects.toMatchObject(refused);
    await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toMatchObject(refused);
  });
});
