import { defineConfig } from '@playwright/test';
import { chromiumPath } from './e2e/support/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 3199);
const firstRunJourney = process.env.CHANNEL_HUB_FIRST_RUN_JOURNEY === '1';
// CI sweeps every screen with axe once, on the embedded database, in a run of its own beside the other journeys
// (`only`); the other runs leave it out (`done`). Unset: everything.
const accessibilitySweep = process.env.CHANNEL_HUB_A11Y_SWEEP;

/**
 * Browser journeys against a real server on loopback, driving Debian's Chromium (no browser download).
 * `scripts/run-tests.ts` prepares a fresh database and sets E2E_DATA_DIR or E2E_DATABASE_URL.
 */
export default defineConfig({
  testDir: 'e2e',
  // The production-mode first run (issue #10) runs alone, on PostgreSQL, with its own server: npm run test:first-run.
  ...(firstRunJourney
    ? { testMatch: 'production-first-run.spec.ts' }
    : accessibilitySweep === 'only'
      ? { testMatch: 'accessibility.spec.ts' }
      : {
          testMatch: '*.spec.ts',
          testIgnore: [
            'production-first-run.spec.ts',
            ...(accessibilitySweep === 'done' ? ['accessibility.spec.ts'] : []),
          ],
        }),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // CI runs two suites side by side on two cores: a lazily loaded screen may take longer than the default 5 s.
  expect: { timeout: 10_000 },
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
