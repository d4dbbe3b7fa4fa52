import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { type Database, type DatabaseHandle, migrateDatabase, migrationsFolder, openPostgres, rowsOf } from './db.ts';

/**
 * Two PostgreSQL roles (REL-5, docs/OPERATIONS.md "Database roles and the audit log"): the owner role applies
 * migrations and installs pg-boss; the runtime role the server connects as owns nothing and may only read and
 * append to audit_log, so no code path of the server can disable the audit log's triggers, rewrite or empty it.
 */

/** The role a connection URL signs in as. */
export const roleOf = (url: string) => decodeURIComponent(new URL(url).username);

/** Everything the runtime role may do, as SQL run by the owner; repeated after each migration (new tables). */
function runtimeGrants(role: string, database: string): string[] {
  const r = pg.escapeIdentifier(role);
  return [
    // Nobody but the owner creates objects here (PostgreSQL 15 already withholds this from PUBLIC).
    'REVOKE CREATE ON SCHEMA public FROM PUBLIC',
    `GRANT CONNECT ON DATABASE ${pg.escapeIdentifier(database)} TO ${r}`,
    `GRANT USAGE ON SCHEMA public, pgboss TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, pgboss TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public, pgboss TO ${r}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public, pgboss TO ${r}`,
    // Read-only, so the server can tell that the schema is current.
    `GRANT USAGE ON SCHEMA drizzle TO ${r}`,
    `GRANT SELECT ON drizzle.__drizzle_migrations TO ${r}`,
  ];
}

/** How many migrations the database has not applied yet (the drizzle migrator's own rule: by folder time). */
export async function pendingMigrationCount(db: Database): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const [table] = rowsOf<{ exists: boolean }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`),
  );
  if (!table?.exists) return migrations.length;
  const [last] = rowsOf<{ createdAt: string | null }>(
    await db.execute(sql`select max(created_at)::text as "createdAt" from drizzle.__drizzle_migrations`),
  );
  const applied = Number(last?.createdAt ?? 0);
  return migrations.filter((m) => m.folderMillis > applied).length;
}

/**
 * The server's start: with an owner URL, migrate and grant as the owner; without one, migrate only if something
 * is pending (a one-URL install owns its database; a runtime role cannot migrate and is told what to do).
 */
export async function prepareForServer(database: DatabaseHandle, ownerUrl: string | undefined, runtimeUrl?: string) {
  if (ownerUrl && runtimeUrl) return prepareDatabase({ ownerUrl, runtimeUrl });
  if ((await pendingMigrationCount(database.db)) === 0) return;
  try {
    await migrateDatabase(database);
  } catch (error) {
    throw new Error(
      `Database migrations are pending and could not be applied as the server's role (${(error as Error).message}). ` +
        'Run `channel-hub setup-database` with DATABASE_OWNER_URL set, or give the server DATABASE_OWNER_URL.',
    );
  }
}

/**
 * As the owner: applies the migrations, installs pg-boss's schema, creates the runtime role when asked (with the
 * password of its URL) and grants it exactly `runtimeGrants`. Safe to repeat.
 */
export async function prepareDatabase(options: {
  ownerUrl: string;
  runtimeUrl: string;
  createRole?: boolean;
}): Promise<{ runtimeRole: string; created: boolean }> {
  const runtimeRole = roleOf(options.runtimeUrl);
  const owner = openPostgres(options.ownerUrl, 2);
  try {
    await migrateDatabase(owner);
    const boss = new PgBoss({ connectionString: options.ownerUrl, supervise: false, schedule: false, max: 1 });
    boss.on('error', (error) => console.error('pg-boss install error', error));
    await boss.start();
    await boss.stop({ graceful: false, close: true });
    if (runtimeRole === roleOf(options.ownerUrl)) return { runtimeRole, created: false };
    const client = await owner.pool.connect();
    try {
      const existing = await client.query('select 1 from pg_roles where rolname = $1', [runtimeRole]);
      const created = existing.rowCount === 0;
      if (created && !options.createRole) {
        throw new Error(`The runtime role ${runtimeRole} does not exist: run \`channel-hub setup-database\` first.`);
      }
      const password = decodeURIComponent(new URL(options.runtimeUrl).password);
      const login = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT${password ? ` PASSWORD ${client.escapeLiteral(password)}` : ''}`;
      if (created) await client.query(`CREATE ROLE ${client.escapeIdentifier(runtimeRole)} ${login}`);
      else if (options.createRole) await client.query(`ALTER ROLE ${client.escapeIdentifier(runtimeRole)} ${login}`);
      const { rows } = await client.query<{ database: string }>('select current_database() as database');
      await client.query('BEGIN');
      for (const statement of runtimeGrants(runtimeRole, rows[0]?.database ?? '')) await client.query(statement);
      await client.query('COMMIT');
      return { runtimeRole, created };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  } finally {
    await owner.close();
  }
}
