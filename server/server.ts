import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { allJobs } from './jobs/index.ts';
import { loadSystemClock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import { prepareForServer } from './platform/database-roles.ts';
import { type DatabaseHandle, openDatabase } from './platform/db.ts';
import { JobRunner } from './platform/jobs.ts';
import { ensureCatalogue } from './seed/catalogue.ts';
import { seedDemoIfEmpty } from './seed/demo.ts';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  seeded: boolean;
  database: DatabaseHandle;
  stop(): Promise<void>;
}

/** Opens and migrates the database, loads demo data into an empty one in demo mode, starts jobs and HTTP. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config);
  await prepareForServer(database, config.databaseOwnerUrl, config.databaseUrl);
  await ensureCatalogue(database.db);
  const clock = await loadSystemClock(database.db, config.demoMode);
  const seeded = config.demoMode ? await seedDemoIfEmpty(database.db, clock.now()) : false;
  const jobs = config.jobs ? await JobRunner.start(database, allJobs, { db: database.db, clock, config }) : null;
  const app = await buildApp({
    config,
    db: database.db,
    clock,
    runClockDrivenJobs: async () => jobs?.runClockDriven(),
    logger: config.logLevel !== 'silent',
  });
  const address = await app.listen({ port: config.port, host: config.host });
  return {
    app,
    url: address.replace('127.0.0.1', 'localhost'),
    seeded,
    database,
    async stop() {
      await app.close();
      await jobs?.stop();
      await database.close();
    },
  };
}
