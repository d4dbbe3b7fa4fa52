import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, migrationsFolder, rowsOf } from '../../platform/db.ts';

type CheckOutcome = 'ok' | 'failing' | 'disabled';
export interface Readiness {
  ready: boolean;
  checks: { database: CheckOutcome; migrations: CheckOutcome; jobs: CheckOutcome };
}

/** The newest migration of this build; drizzle records its `when` as `created_at` once it is applied. */
const latestMigration: number = (() => {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((entry) => entry.when));
})();

/**
 * Whether this process should get traffic: the database answers, it carries this build's latest migration (an
 * older database means a start that has not migrated yet, or a rollback onto a newer schema's predecessor), and
 * the job runner runs where this process is meant to run jobs.
 */
export async function checkReadiness(db: Database, jobsRunning: (() => boolean) | undefined): Promise<Readiness> {
  const checks: Readiness['checks'] = {
    database: 'failing',
    migrations: 'failing',
    jobs: jobsRunning ? (jobsRunning() ? 'ok' : 'failing') : 'disabled',
  };
  try {
    await db.execute(sql`select 1`);
    checks.database = 'ok';
    const [row] = rowsOf<{ applied: boolean }>(
      await db.execute(sql`
        select exists (select 1 from drizzle.__drizzle_migrations where created_at = ${latestMigration}) as applied`),
    );
    if (row?.applied) checks.migrations = 'ok';
  } catch {
    // A failing query (no database, no migrations table) leaves its check failing; the response names it.
  }
  return { ready: Object.values(checks).every((outcome) => outcome !== 'failing'), checks };
}
