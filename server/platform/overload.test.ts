import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../domain/clock.ts';
import { buildApp } from '../app.ts';
import { createTestDatabase } from '../testing/database.ts';
import { loadConfig } from './config.ts';
import type { DatabaseHandle } from './db.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;

/**
 * A heap threshold of 1 MB is always exceeded, so the first memory sample puts the server under pressure. The
 * sample runs on under-pressure's timer; fake timers fire it on demand instead of waiting for it.
 */
beforeAll(async () => {
  handle = await createTestDatabase();
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  try {
    const config = loadConfig({ LOG_LEVEL: 'silent', MAX_HEAP_USED_MB: '1', RETRY_AFTER_SECONDS: '7' });
    app = await buildApp({ config, db: handle.db, clock: new ManualClock('2026-11-21T09:00:00Z') });
    await app.ready();
    vi.advanceTimersToNextTimer();
  } finally {
    vi.useRealTimers();
  }
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('overload protection (@fastify/under-pressure)', () => {
  it('answers 503 with Retry-After and the error body while the heap is past its threshold', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/customers' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('7');
    expect(response.json()).toEqual({
      error: { code: 'overloaded', message: 'The server is overloaded (heapUsedBytes). Try again shortly.' },
    });
  });

  it('takes the instance out of rotation: readiness is 503 too', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('7');
  });

  it('keeps liveness answering, so an overloaded process is not restarted', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
  });
});

describe('the event-loop threshold by default', () => {
  it('sheds load past 1 s of lag on PostgreSQL, and not on the embedded database, whose queries run on the loop', () => {
    expect(loadConfig({}).overload.maxEventLoopDelayMs).toBe(0);
    expect(loadConfig({ DATABASE_URL: 'postgres://hub@db/hub' }).overload.maxEventLoopDelayMs).toBe(1000);
    expect(loadConfig({ MAX_EVENT_LOOP_DELAY_MS: '250' }).overload.maxEventLoopDelayMs).toBe(250);
  });
});
