import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessDatabase } from './testing/database.ts';
import { type ProcessDatabase, type ServerProcess, startServerProcess } from './testing/server-process.ts';

let database: ProcessDatabase;
beforeAll(async () => {
  database = await createProcessDatabase();
});
afterAll(() => database.close());

/** Polls (bounded) for a line the server prints after its start line. */
async function printed(hub: ServerProcess, pattern: RegExp): Promise<string | undefined> {
  for (let i = 0; i < 100; i++) {
    const match = pattern.exec(hub.output())?.[1];
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

describe(`a hub process in production (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite data dir'})`, () => {
  it('is ready, serves metrics on METRICS_PORT, and on SIGTERM stops taking requests and exits 0', async () => {
    const hub = await startServerProcess({ database, env: { CHANNEL_HUB_DEMO: '0', METRICS_PORT: '0' } });
    try {
      const ready = await fetch(`${hub.url}/api/v1/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ checks: { database: 'ok', migrations: 'ok', jobs: 'ok' } });
      const metricsUrl = await printed(hub, /Metrics: (http:\/\/\S+)\n/);
      if (!metricsUrl) throw new Error(`no metrics URL printed:\n${hub.output()}`);
      expect(new URL(metricsUrl).hostname).toBe('127.0.0.1');
      const metrics = await (await fetch(metricsUrl)).text();
      expect(metrics).toContain('channel_hub_http_requests_total{method="GET",route="/api/v1/ready",status="200"} 1');
      // The public port does not serve them (it answers /metrics with 404, or the web app where one is built).
      expect(await (await fetch(`${hub.url}/metrics`)).text()).not.toContain('channel_hub_');

      await hub.stop();
      expect(await hub.exited).toEqual({ code: 0, signal: null });
      expect(hub.output()).toContain('SIGTERM: stopping…');
      expect(hub.output()).toContain('Stopped.');
      await expect(fetch(`${hub.url}/api/v1/health`)).rejects.toThrow();
    } finally {
      await hub.kill();
    }
  });
});
