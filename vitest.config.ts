import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'domain/**/*.test.ts',
      'server/**/*.test.ts',
      'cli/**/*.test.ts',
      'web/**/*.test.ts',
      // Several hub processes on one database: PostgreSQL only (the embedded database belongs to one process).
      ...(process.env.DATABASE_URL ? ['server/**/*.postgres-test.ts'] : []),
    ],
    globalSetup: ['server/testing/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
