import { fromPglite, PgBoss } from 'pg-boss';
import type { Clock } from '../../domain/clock.ts';
import type { Database, DatabaseHandle } from './db.ts';

export interface JobDeps {
  db: Database;
  clock: Clock;
}

/**
 * A background job (ARCHITECTURE.md, jobs/<name>.job.ts). `cron` schedules it on real time; a
 * `clockDriven` job also runs whenever the demo clock moves, so business time catches up at once.
 */
export interface JobDefinition {
  name: string;
  cron?: string;
  clockDriven: boolean;
  run(deps: JobDeps): Promise<void>;
}

/** pg-boss on either database: its own connection pool on PostgreSQL, `fromPglite` on the embedded one. */
export class JobRunner {
  private constructor(
    private readonly boss: PgBoss,
    private readonly definitions: readonly JobDefinition[],
  ) {}

  static async start(handle: DatabaseHandle, definitions: readonly JobDefinition[], deps: JobDeps): Promise<JobRunner> {
    const boss =
      handle.kind === 'pglite'
        ? new PgBoss({ db: fromPglite(handle.pglite), backend: 'pglite' })
        : new PgBoss({ connectionString: connectionStringOf(handle), max: 4 });
    boss.on('error', (error) => console.error('job queue error', error));
    await boss.start();
    for (const definition of definitions) {
      await boss.createQueue(definition.name);
      await boss.work(definition.name, async () => definition.run(deps));
      if (definition.cron) await boss.schedule(definition.name, definition.cron);
    }
    return new JobRunner(boss, definitions);
  }

  /** Queues every clock-driven job now (after the demo clock moved). */
  async runClockDriven(): Promise<void> {
    for (const definition of this.definitions.filter((d) => d.clockDriven)) {
      await this.boss.send(definition.name);
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5_000, close: true });
  }
}

function connectionStringOf(handle: Extract<DatabaseHandle, { kind: 'postgres' }>): string {
  const options = handle.pool.options as { connectionString?: string };
  if (!options.connectionString) throw new Error('The PostgreSQL pool has no connection string');
  return options.connectionString;
}
