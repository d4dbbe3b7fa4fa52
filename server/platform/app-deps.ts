import type { MovableClock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db.ts';
import type { SessionStore } from './sessions.ts';

/** What every feature's routes and use cases may use; built by `buildApp` (server/app.ts). */
export interface AppDeps {
  config: Config;
  db: Database;
  clock: MovableClock;
  sessions: SessionStore;
  /** Lets clock-driven jobs catch up after the demo clock moved; a no-op where no job runner runs. */
  runClockDrivenJobs: () => Promise<void>;
  /** Whether this process's job runner runs (readiness); undefined where this process runs no jobs. */
  jobsRunning?: () => boolean;
}
