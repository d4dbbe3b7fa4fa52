import { fromPglite, PgBoss } from 'pg-boss';
import type { Clock } from '../../domain/clock.ts';
import type { Config } from './config.ts';
import type { Database, DatabaseHandle } from './db.ts';

export interface JobDeps {
  db: Database;
  clock: Clock;
  config: Config;
}

/**
 * A background job (ARCHITECTURE.md, jobs/<name>.job.ts). `cron` schedules it on real time; a
 * `clockDriven` job also runs whenever the demo clock moves, so business time catches up at once.
 */
export interface JobDefinition {
  name: string;
  cron?: string;
  clockDriven: boolean;
  /**
   * Also run every this many seconds in the process that runs jobs, for work due within seconds (pg-boss cron is
   * per minute). Runs do not overlap; the job itself must be safe with other processes doing the same.
   */
  everySeconds?: number;
  run(deps: JobDeps): Promise<void>;
}

/** The `trigger` of a job queued because the demo clock moved. */
export const CLOCK_MOVED = 'clock-moved';

/** pg-boss on either database: its own connection pool on PostgreSQL, `fromPglite` on the embedded one. */
export class JobRunner {
  private stopping = false;

  private constructor(
    private readonly boss: PgBoss,
    private readonly definitions: readonly JobDefinition[],
    private readonly loops: readonly PollingLoop[],
  ) {}

  static async start(handle: DatabaseHandle, definitions: readonly JobDefinition[], deps: JobDeps): Promise<JobRunner> {
    const boss =
      handle.kind === 'pglite'
        ? new PgBoss({ db: fromPglite(handle.pglite), backend: 'pglite' })
        : new PgBoss({ connectionString: connectionStringOf(handle), max: 4 });
    boss.on('error', (error) => console.error('job queue error', error));
    await boss.start();
    for (const definition of definitions) {
      if (!definition.cron && !definition.clockDriven) continue; // only polled (everySeconds): pg-boss has no part
      await boss.createQueue(definition.name);
      await boss.work(definition.name, async () => definition.run(deps));
      if (definition.cron) await boss.schedule(definition.name, definition.cron);
    }
    const loops = definitions.flatMap((d) => (d.everySeconds ? [new PollingLoop(d, deps, d.everySeconds * 1000)] : []));
    return new JobRunner(boss, definitions, loops);
  }

  /**
   * Queues every clock-driven job now (after the demo clock moved). Once each: pg-boss hands a job to one worker of
   * all the processes on the database. The payload only tells these runs from the cron's in the job table.
   */
  async runClockDriven(): Promise<void> {
    for (const definition of this.definitions.filter((d) => d.clockDriven)) {
      await this.boss.send(definition.name, { trigger: CLOCK_MOVED });
    }
  }

  /** Started and not stopping (readiness). */
  get running(): boolean {
    return !this.stopping;
  }

  /** Takes no new jobs, waits up to `timeoutMs` for those in flight (polled runs included), closes its pool. */
  async stop(timeoutMs = 5_000): Promise<void> {
    this.stopping = true;
    await Promise.all([
      ...this.loops.map((loop) => loop.stop()),
      this.boss.stop({ graceful: true, timeout: timeoutMs, close: true }),
    ]);
  }
}

/** Runs a job, waits `intervalMs` after it finished, runs it again; `stop` waits for a run in progress. */
class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly definition: JobDefinition,
    private readonly deps: JobDeps,
    private readonly intervalMs: number,
  ) {
    this.timer = setTimeout(() => this.tick(), 0);
  }

  private tick() {
    this.running = this.definition
      .run(this.deps)
      .catch((error) => console.error(`job ${this.definition.name} failed`, error))
      .finally(() => {
        if (!this.stopped) this.timer = setTimeout(() => this.tick(), this.intervalMs);
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}

function connectionStringOf(handle: Extract<DatabaseHandle, { kind: 'postgres' }>): string {
  const options = handle.pool.options as { connectionString?: string };
  if (!options.connectionString) throw new Error('The PostgreSQL pool has no connection string');
  return options.connectionString;
}
