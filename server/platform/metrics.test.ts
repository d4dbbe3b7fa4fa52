import type { FastifyInstance } from 'fastify';
import { fromPglite, PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../domain/clock.ts';
import { buildApp } from '../app.ts';
import { createTestDatabase } from '../testing/database.ts';
import { loadConfig } from './config.ts';
import type { DatabaseHandle } from './db.ts';
import { enqueueEmails } from './mail/outbox.ts';
import { Metrics } from './metrics.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let metricsServer: FastifyInstance;
const clock = new ManualClock('2026-11-21T09:00:00Z');

beforeAll(async () => {
  handle = await createTestDatabase();
  const metrics = new Metrics(handle);
  app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db: handle.db, clock, metrics });
  metricsServer = metrics.buildServer();
});
afterAll(async () => {
  await app.close();
  await metricsServer.close();
  await handle.close();
});

async function scrape(): Promise<string> {
  const response = await metricsServer.inject({ method: 'GET', url: '/metrics' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('text/plain');
  return response.body;
}

describe('Prometheus metrics (METRICS_PORT listener)', () => {
  it('counts requests by route template and status, and times them', async () => {
    await app.inject({ method: 'GET', url: '/api/v1/health' });
    await app.inject({ method: 'GET', url: '/api/v1/health' });
    await app.inject({ method: 'GET', url: '/api/v1/customers/00000000-0000-4000-8000-000000000001' });
    const body = await scrape();
    expect(body).toContain('channel_hub_http_requests_total{method="GET",route="/api/v1/health",status="200"} 2');
    expect(body).toContain(
      'channel_hub_http_requests_total{method="GET",route="/api/v1/customers/:id",status="401"} 1',
    );
    expect(body).toMatch(
      /channel_hub_http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/api\/v1\/health"\} 2/,
    );
    expect(body).toContain('channel_hub_process_resident_memory_bytes');
  });

  it('reports the outbox backlog', async () => {
    await handle.db.transaction((tx) =>
      enqueueEmails(tx, clock, [
        {
          organisationId: '00000000-0000-4000-8000-000000000001',
          to: 'someone@partner.test',
          locale: 'en',
          template: 'test.metrics',
          subject: 'Backlog',
          textBody: 'Waiting',
        },
      ]),
    );
    expect(await scrape()).toContain('channel_hub_email_outbox_pending 1');
  });

  it('reports the job queue depth per queue', async () => {
    const boss =
      handle.kind === 'pglite'
        ? new PgBoss({ db: fromPglite(handle.pglite), backend: 'pglite' })
        : new PgBoss({ connectionString: (handle.pool.options as { connectionString: string }).connectionString });
    await boss.start();
    try {
      await boss.createQueue('metrics-probe');
      await boss.send('metrics-probe');
      await boss.send('metrics-probe');
    } finally {
      await boss.stop({ graceful: false, close: handle.kind === 'postgres' });
    }
    expect(await scrape()).toContain('channel_hub_job_queue_depth{queue="metrics-probe"} 2');
  });

  it('reports the pool usage on PostgreSQL (PGlite has one connection and no pool)', async () => {
    const body = await scrape();
    if (handle.kind === 'postgres') {
      expect(body).toMatch(/channel_hub_db_pool_connections\{state="total"\} [1-9]/);
      expect(body).toContain('channel_hub_db_pool_connections{state="max"} 5');
      expect(body).toContain('channel_hub_db_pool_connections{state="waiting"} 0');
    } else {
      expect(body).not.toContain('channel_hub_db_pool_connections');
    }
  });
});
