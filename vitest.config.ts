import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// CI runs the suite on both databases; the tests of domain/ and web/ touch none, so its second run leaves them out.
const pureTestsDone = process.env.CHANNEL_HUB_PURE_TESTS === 'done';
// Tests of the hub's own rules that run the same SQL on either database, and cost most on the embedded one: the
// generated sweeps of every API operation (who may call it, what bad input gets: rules applied before the first
// query), and the SIGKILL tests of features whose crash safety is the job queue's leases and the transactions'
// (pg-boss on both databases). CI's embedded-database run leaves them to the PostgreSQL run, where they take a
// fifth of the time; the embedded database's own durability under SIGKILL stays in that run (ingest.crash, backup).
const engineNeutralLater = process.env.CHANNEL_HUB_ENGINE_NEUTRAL_TESTS === 'later';
const engineNeutral = [
  'server/api-access-matrix.test.ts',
  'server/api-bad-input.test.ts',
  'server/features/webhooks/deliver-webhooks.crash.test.ts',
  'server/features/trials/convert-trial.crash.test.ts',
  'server/platform/mail/worker.crash.test.ts',
];
const include = [
  ...(pureTestsDone ? [] : ['domain/**/*.test.ts', 'web/**/*.test.ts']),
  'server/**/*.test.ts',
  'cli/**/*.test.ts',
  // PostgreSQL only: several hub processes on one database, database roles (the embedded database has neither).
  ...(process.env.DATABASE_URL ? ['server/**/*.postgres-test.ts'] : []),
];
// Files that replace a module (`vi.mock`) or a global (`vi.stubGlobal`) need modules of their own; every other file
// shares its worker's loaded modules with the files before it, which halves the suite's CPU time (importing the
// server for each file was most of it).
const ownModules = ['server/features/auth/security.test.ts', ...(pureTestsDone ? [] : ['web/i18n/format.test.ts'])];

export default defineConfig({
  test: {
    globalSetup: ['server/testing/global-setup.ts'],
    pool: 'forks',
    // One worker per core (vitest's default leaves one idle): many files wait on databases and child servers.
    // VITEST_MAX_WORKERS=1: a run beside another that needs a core.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared modules',
          include,
          exclude: [...ownModules, ...(engineNeutralLater ? engineNeutral : [])],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own modules', include: ownModules, isolate: true } },
    ],
  },
});
