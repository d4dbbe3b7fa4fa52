import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'domain/**/*.test.ts',
      'server/**/*.test.ts',
      'cli/**/*.test.ts',
      'web/**/*.test.ts',
      // PostgreSQL only: several hub processes on one database, database roles (the embedded database has neither).
      ...(process.env.DATABASE_URL ? ['server/**/*.postgres-test.ts'] : []),
    ],
    globalSetup: ['server/testing/global-setup.ts'],
    pool: 'forks',
    // One worker per core (vitest's default leaves one idle): many files wait on databases and child servers.
    // VITEST_MAX_WORKERS=1: CI runs one suite beside the other database's browser tests.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
