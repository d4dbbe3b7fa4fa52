import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../platform/config.ts';
import { type DatabaseHandle, openPostgres, rowsOf } from '../../platform/db.ts';
import { createTestDatabase } from '../../testing/database.ts';

let handle: DatabaseHandle;
let jobsRunning = true;
let app: FastifyInstance;
const config = loadConfig({ LOG_LEVEL: 'silent' });

beforeAll(async () => {
  handle = await createTestDatabase();
  app = await buildApp({
    config,
    db: handle.db,
    clock: new ManualClock('2026-11-21T09:00:00Z'),
    jobsRunning: () => jobsRunning,
  });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('liveness GET /api/v1/health', () => {
  it('answers without a session', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', now: '2026-11-21T09:00:00.000Z' });
  });
});

describe('readiness GET /api/v1/ready', () => {
  it('is 200 without a session when the database answers, is migrated and the job runner runs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      failing: [],
      checks: { database: 'ok', migrations: 'ok', jobs: 'ok' },
    });
  });

  it('is 503 naming the job runner when it does not run', async () => {
    jobsRunning = false;
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'not_ready', failing: ['jobs'] });
    } finally {
      jobsRunning = true;
    }
  });

  it('is 503 naming the migrations when the latest one is not recorded', async () => {
    const [latest] = rowsOf<{ id: number; hash: string; created_at: string }>(
      await handle.db.execute(
        sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
      ),
    );
    if (!latest) throw new Error('the test database has no migrations recorded');
    await handle.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${latest.id}`);
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ failing: ['migrations'], checks: { database: 'ok' } });
    } finally {
      await handle.db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${latest.id}, ${latest.hash}, ${latest.created_at})`,
      );
    }
  });

  it('is 503 naming the database (and so the migrations) when the database does not answer', async () => {
    const unreachable = openPostgres('postgres://postgres@127.0.0.1:1/nowhere', 1);
    const offline = await buildApp({ config, db: unreachable.db, clock: new ManualClock('2026-11-21T09:00:00Z') });
    try {
      const response = await offline.inject({ method: 'GET', url: '/api/v1/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        status: 'not_ready',
        failing: ['database', 'migrations'],
        checks: { database: 'failing', migrations: 'failing', jobs: 'disabled' },
      });
      // Liveness says so too, as a 503 in the usual error shape, never a 500.
      const live = await offline.inject({ method: 'GET', url: '/api/v1/health' });
      expect(live.statusCode).toBe(503);
      expect(live.json().error.code).toBe('database_unreachable');
    } finally {
      await offline.close();
      await unreachable.close();
    }
  });
});
