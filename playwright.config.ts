import { defineConfig } from '@playwright/test';
import { chromiumPath } from './e2e/support/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 3199);

/**
 * Browser journeys against a real server on loopback, driving Debian's Chromium (no browser download).
 * `scripts/run-tests.ts` prepares a fresh database and sets E2E_DATA_DIR or E2E_DATABASE_URL.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  // CI sweeps every screen with axe on one database only (scripts/run-tests.ts, .ci/run).
  testIgnore: process.env.CHANNEL_HUB_A11Y_SWEEP === 'done' ? 'accessibility.spec.ts' : [],
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
  webServer: {
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
