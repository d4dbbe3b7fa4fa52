import { eq } from 'drizzle-orm';
import type { Clock } from '../../domain/clock.ts';
import { appSettings } from '../db/schema/index.ts';
import type { Database } from './db.ts';

/** A clock that a vendor operator can move forward in demo mode (ARCHITECTURE.md, Time). */
export interface MovableClock extends Clock {
  moveTo(to: Date): void;
}

/** Real time plus an offset. The only place in the server that reads the system time. */
export class SystemClock implements MovableClock {
  constructor(private offsetMs = 0) {}
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  moveTo(to: Date): void {
    this.offsetMs = to.getTime() - Date.now();
  }
  get offset(): number {
    return this.offsetMs;
  }
}

const DEMO_CLOCK_KEY = 'demo_clock_offset_ms';

/** The demo clock keeps its offset across restarts, so a demo that moved time forward stays there. */
export async function loadSystemClock(db: Database, demoMode: boolean): Promise<SystemClock> {
  if (!demoMode) return new SystemClock();
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, DEMO_CLOCK_KEY));
  return new SystemClock(typeof row?.value === 'number' ? row.value : 0);
}

export async function saveDemoClockOffset(db: Database, offset: number): Promise<void> {
  await db
    .insert(appSettings)
    .values({ key: DEMO_CLOCK_KEY, value: offset })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: offset } });
}
