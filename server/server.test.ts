import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubProcess } from './testing/hub-process.ts';
import { createProcessDatabase } from './testing/process-database.ts';

let database: Awaited<ReturnType<typeof createProcessDatabase>>;
beforeAll(async () => {
  database = await createProcessDatabase();
});
afterAll(() => database.drop());

describe(`a hub process in production (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite data dir'})`, () => {
  it('is ready, serves metrics on METRICS_PORT, and on SIGTERM stops taking requests and exits 0', async () => {
    const hub = await startHubProcess({ ...database.env, CHANNEL_HUB_DEMO: '0', METRICS_PORT: '0' });
    try {
      const ready = await fetch(`${hub.url}/api/v1/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ checks: { database: 'ok', migrations: 'ok', jobs: 'ok' } });
      if (!hub.metricsUrl) throw new Error(`no metrics URL printed:\n${hub.output()}`);
      expect(new URL(hub.metricsUrl).hostname).toBe('127.0.0.1');
      const metrics = await (await fetch(hub.metricsUrl)).text();
      expect(metrics).toContain('channel_hub_http_requests_total{method="GET",route="/api/v1/ready",status="200"} 1');
      // The public port does not serve them (it answers /metrics with 404, or the web app where one is built).
      expect(await (await fetch(`${hub.url}/metrics`)).text()).not.toContain('channel_hub_');

      hub.child.kill('SIGTERM');
      expect(await hub.exited).toBe(0);
      expect(hub.output()).toContain('SIGTERM: stopping…');
      expect(hub.output()).toContain('Stopped.');
      await expect(fetch(`${hub.url}/api/v1/health`)).rejects.toThrow();
    } finally {
      hub.child.kill('SIGKILL');
    }
  });
});
