import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { issueSetupLink } from './features/setup/issue-setup-link.ts';
import { vendorOperatorExists } from './features/setup/setup.queries.ts';
import { allJobs } from './jobs/index.ts';
import { followDemoClockMoves, loadSystemClock, reloadDemoClock, type SystemClock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import { prepareForServer } from './platform/database-roles.ts';
import { type DatabaseHandle, openDatabase, withStartupLock } from './platform/db.ts';
import { type JobDefinition, JobRunner } from './platform/jobs.ts';
import { Metrics } from './platform/metrics.ts';
import { ensureCatalogue } from './seed/catalogue.ts';
import { seedDemoIfEmpty } from './seed/demo.ts';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Where Prometheus scrapes this process (METRICS_PORT), if it serves metrics. */
  metricsUrl: string | undefined;
  seeded: boolean;
  /** The first-run link (issue #10), issued when the installation has no vendor operator yet. */
  setupLink: { url: string; expiresAt: Date } | undefined;
  database: DatabaseHandle;
  /** Graceful: stops taking requests and answers those in flight, finishes running jobs, closes the pools. */
  stop(): Promise<void>;
}

/** Opens and migrates the database, loads demo data into an empty one in demo mode, starts jobs and HTTP. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config);
  const { clock, seeded, setupLink } = await withStartupLock(database, async () => {
    await prepareForServer(database, config.databaseOwnerUrl, config.databaseUrl);
    // The demo's catalogue (SPEC §1); a real installation starts empty and its operators fill it.
    if (config.demoMode) await ensureCatalogue(database.db);
    const clock = await loadSystemClock(database.db, config.demoMode);
    const seeded = config.demoMode ? await seedDemoIfEmpty(database.db, clock.now()) : false;
    // A container user sees only the log: without an operator, it carries the link to /setup.
    const setupLink = (await vendorOperatorExists(database.db))
      ? undefined
      : await issueSetupLink({ db: database.db, clock, publicUrl: config.publicUrl }, {});
    return { clock, seeded, setupLink };
  });
  const stopFollowingClock =
    config.demoMode && database.kind === 'postgres' && database.pool.options.connectionString
      ? await followDemoClockMoves(database.pool.options.connectionString, database.db, clock)
      : undefined;
  const jobDeps = { db: database.db, clock, config };
  const jobs = config.jobs
    ? await JobRunner.start(database, config.demoMode ? onCurrentDemoTime(allJobs, database, clock) : allJobs, jobDeps)
    : null;
  const metrics = config.metrics ? new Metrics(database) : undefined;
  const app = await buildApp({
    config,
    db: database.db,
    clock,
    runClockDrivenJobs: async () => jobs?.runClockDriven(),
    jobsRunning: jobs ? () => jobs.running : undefined,
    metrics,
    logger: config.logLevel !== 'silent',
  });
  const address = await app.listen({ port: config.port, host: config.host });
  const metricsServer = metrics?.buildServer();
  const metricsUrl =
    config.metrics && metricsServer
      ? `${await metricsServer.listen({ port: config.metrics.port, host: config.metrics.host })}/metrics`
      : undefined;
  return {
    app,
    url: address.replace('127.0.0.1', 'localhost'),
    metricsUrl,
    seeded,
    setupLink: setupLink && { url: setupLink.url, expiresAt: setupLink.expiresAt },
    database,
    async stop() {
      await app.close();
      await metricsServer?.close();
      await jobs?.stop(config.shutdownTimeoutMs);
      await stopFollowingClock?.();
      await database.close();
    },
  };
}

/**
 * A clock-driven job may run in a process other than the one whose operator moved the demo clock, and may start
 * before that process heard the move: it re-reads the saved offset first.
 */
function onCurrentDemoTime(
  jobs: readonly JobDefinition[],
  database: DatabaseHandle,
  clock: SystemClock,
): JobDefinition[] {
  return jobs.map((job) =>
    job.clockDriven
      ? {
          ...job,
          run: async (deps) => {
            await reloadDemoClock(database.db, clock);
            await job.run(deps);
          },
        }
      : job,
  );
}
