import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../domain/clock.ts';
import { sessions } from '../db/schema/index.ts';
import { sessionCleanupJob } from '../jobs/session-cleanup.job.ts';
import { createTestDatabase } from '../testing/database.ts';
import { loadConfig } from './config.ts';
import type { DatabaseHandle } from './db.ts';
import { JobRunner } from './jobs.ts';
import { SessionStore } from './sessions.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

/** Polls the database (bounded) until a condition holds: the job runs in pg-boss's worker, not inline. */
async function eventually(check: () => Promise<boolean>, attempts = 100) {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('job runner (pg-boss)', () => {
  it('starts on the database under test and runs the session clean-up when the clock moves', async () => {
    const clock = new ManualClock('2026-11-21T09:00:00Z');
    const store = new SessionStore(handle.db, clock, 12);
    await store.create('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002');
    const jobs = await JobRunner.start(handle, [sessionCleanupJob], { db: handle.db, clock, config: loadConfig({}) });
    try {
      clock.advanceDays(1);
      await jobs.runClockDriven();
      const cleaned = await eventually(async () => (await handle.db.select().from(sessions)).length === 0);
      expect(cleaned).toBe(true);
    } finally {
      await jobs.stop();
    }
  });
});

describe('job runner stop (graceful shutdown)', () => {
  it('waits for a job in flight to finish before it resolves, and reports not running from the start of the stop', async () => {
    const events: string[] = [];
    let started!: () => void;
    const jobStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slowJob = {
      name: 'slow-probe',
      clockDriven: true,
      async run() {
        started();
        await released;
        events.push('job finished');
      },
    };
    const clock = new ManualClock('2026-11-21T09:00:00Z');
    const jobs = await JobRunner.start(handle, [slowJob], { db: handle.db, clock, config: loadConfig({}) });
    expect(jobs.running).toBe(true);
    await jobs.runClockDriven();
    await jobStarted;
    const stopped = jobs.stop(10_000).then(() => events.push('stopped'));
    expect(jobs.running).toBe(false);
    // Round trips to the database give the stop every chance to run ahead if it did not wait.
    for (let i = 0; i < 5; i++) await handle.db.select().from(sessions);
    events.push('released');
    release();
    await stopped;
    expect(events).toEqual(['released', 'job finished', 'stopped']);
  });
});
