import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
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
  /** Takes the offset another process saved; a forward move only ever grows it, so a stale read is ignored. */
  follow(offsetMs: number): void {
    this.offsetMs = Math.max(this.offsetMs, offsetMs);
  }
  get offset(): number {
    return this.offsetMs;
  }
}

const DEMO_CLOCK_KEY = 'demo_clock_offset_ms';

/** The NOTIFY channel on which a saved move reaches every hub process on the database. */
const DEMO_CLOCK_CHANNEL = 'channel_hub_demo_clock';

async function readDemoClockOffset(db: Database): Promise<number> {
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, DEMO_CLOCK_KEY));
  return typeof row?.value === 'number' ? row.value : 0;
}

/** The demo clock keeps its offset across restarts, so a demo that moved time forward stays there. */
export async function loadSystemClock(db: Database, demoMode: boolean): Promise<SystemClock> {
  if (!demoMode) return new SystemClock();
  return new SystemClock(await readDemoClockOffset(db));
}

/** Re-reads the saved offset (before a clock-driven job runs: the move may have come from another process). */
export async function reloadDemoClock(db: Database, clock: SystemClock): Promise<void> {
  clock.follow(await readDemoClockOffset(db));
}

/** Saves the offset and, on commit, tells every other hub process on the database (followDemoClockMoves). */
export async function saveDemoClockOffset(db: Database, offset: number): Promise<void> {
  await db
    .insert(appSettings)
    .values({ key: DEMO_CLOCK_KEY, value: offset })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: offset } });
  await db.execute(sql`select pg_notify(${DEMO_CLOCK_CHANNEL}, ${String(offset)})`);
}

/**
 * Several hub processes on one PostgreSQL (docs/OPERATIONS.md, More than one server): each LISTENs on its own
 * connection and takes the offset a move on any of them saved. After a lost connection it reconnects (every
 * `retryMs`) and re-reads the offset, so a move it did not hear is not missed. Returns how to stop listening.
 */
export async function followDemoClockMoves(
  connectionString: string,
  db: Database,
  clock: SystemClock,
  retryMs = 1_000,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      const offset = Number(message.payload);
      if (Number.isFinite(offset)) clock.follow(offset);
    });
    const reconnect = () => {
      if (stopped || client !== next) return;
      client = undefined;
      retry = setTimeout(() => connect().catch(reconnectLater), retryMs);
    };
    next.on('error', (error) => {
      console.warn(`Demo clock listener lost its connection: ${error.message}`);
      reconnect();
    });
    next.on('end', reconnect);
    client = next;
    await next.connect();
    await next.query(`LISTEN ${DEMO_CLOCK_CHANNEL}`);
    await reloadDemoClock(db, clock);
  };
  const reconnectLater = (error: Error) => {
    console.warn(`Demo clock listener cannot connect: ${error.message}`);
    client = undefined;
    if (!stopped) retry = setTimeout(() => connect().catch(reconnectLater), retryMs);
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
