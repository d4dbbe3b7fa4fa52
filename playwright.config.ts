import { defineConfig } from '@playwright/test';
import { chromiumPath } from './e2e/support/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 3199);
const firstRunJourney = process.env.CHANNEL_HUB_FIRST_RUN_JOURNEY === '1';

/**
 * Browser journeys against a real server on loopback, driving Debian's Chromium (no browser download).
 * `scripts/run-tests.ts` prepares a fresh database and sets E2E_DATA_DIR or E2E_DATABASE_URL.
 */
export default defineConfig({
  testDir: 'e2e',
  // The production-mode first run (issue #10) runs alone, on PostgreSQL, with its own server: npm run test:first-run.
  ...(firstRunJourney
    ? { testMatch: 'production-first-run.spec.ts' }
    : {
        testMatch: '*.spec.ts',
        // CI sweeps every screen with axe on one database only (scripts/run-tests.ts, .ci/run).
        testIgnore: [
          'production-first-run.spec.ts',
          ...(process.env.CHANNEL_HUB_A11Y_SWEEP === 'done' ? ['accessibility.spec.ts'] : []),
        ],
      }),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 768 },
    // The theme respects reduced motion: a dialog or menu is in its final state when it appears, which is when axe
    // measures its colours (e2e/support/axe.ts), with no fade-in to wait for or to race.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    },
  },
  // The first-run journey starts the hub it needs itself (e2e/support/own-server.ts).
  webServer: firstRunJourney
    ? undefined
    : {
        command: 'npx tsx server/main.ts',
        url: `http://127.0.0.1:${port}/api/v1/health`,
        timeout: 120_000,
        reuseExistingServer: false,
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          CHANNEL_HUB_DEMO: '1',
          LOG_LEVEL: 'warn',
          // A CI machine running browser and server on two cores lags; shedding load would fail the journeys.
          MAX_EVENT_LOOP_DELAY_MS: '0',
          CHANNEL_HUB_DATA: process.env.E2E_DATA_DIR ?? '.tmp/e2e-data',
          ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
        },
      },
});
