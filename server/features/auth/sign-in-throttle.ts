import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Clock } from '../../../domain/clock.ts';
import { signInThrottle } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { TooManyAttempts } from '../../platform/errors.ts';

/**
 * Sign-in throttling (REL-5), in the database so every server process counts the same attempts, on the
 * injectable clock. Two limits:
 * - per source address and account: 10 attempts a minute (guessing one account's password);
 * - per source address across all accounts: 20 failures in 15 minutes start a back-off of 1, 2, 4 … 64 minutes
 *   (password spraying). Only failures count, and a success does not reset them, so a sprayer cannot reset the
 *   count with an account of its own.
 * Neither limit looks at other addresses, so a spray from elsewhere never locks a user out at their own address.
 */
export const ACCOUNT_ATTEMPTS_PER_MINUTE = 10;
export const ADDRESS_FAILURES_PER_WINDOW = 20;
const ACCOUNT_WINDOW_MS = 60_000;
const ADDRESS_WINDOW_MS = 15 * 60_000;
const FIRST_BACK_OFF_MS = 60_000;
const MAX_DOUBLINGS = 6;
/** An address quiet this long starts again from the first back-off, and its row may be pruned. */
const FORGET_AFTER_MS = 24 * 3_600_000;

interface ThrottleState {
  windowStartedAt: Date;
  count: number;
  strikes: number;
  blockedUntil: Date | null;
  lastAttemptAt: Date;
}

const fresh = (now: Date): ThrottleState => ({
  windowStartedAt: now,
  count: 0,
  strikes: 0,
  blockedUntil: null,
  lastAttemptAt: now,
});

/** One more attempt on a counter of `perMinute`; blocked to the window's end once over the limit. */
const afterAttemptOf =
  (perMinute: number) =>
  (state: ThrottleState | undefined, now: Date): ThrottleState => {
    const current = state && now.getTime() - state.windowStartedAt.getTime() < ACCOUNT_WINDOW_MS ? state : fresh(now);
    const count = current.count + 1;
    const over = count > perMinute;
    return {
      ...current,
      count,
      blockedUntil: over ? new Date(current.windowStartedAt.getTime() + ACCOUNT_WINDOW_MS) : null,
      lastAttemptAt: now,
    };
  };
const afterAccountAttempt = afterAttemptOf(ACCOUNT_ATTEMPTS_PER_MINUTE);

/** One more failure from an address; at the threshold it waits, each time twice as long as the last. */
function afterAddressFailure(state: ThrottleState | undefined, now: Date): ThrottleState {
  const remembered = state && now.getTime() - state.lastAttemptAt.getTime() < FORGET_AFTER_MS ? state : fresh(now);
  const windowOpen = now.getTime() - remembered.windowStartedAt.getTime() < ADDRESS_WINDOW_MS;
  const current = windowOpen ? remembered : { ...remembered, windowStartedAt: now, count: 0 };
  const count = current.count + 1;
  if (count < ADDRESS_FAILURES_PER_WINDOW) return { ...current, count, lastAttemptAt: now };
  const backOff = FIRST_BACK_OFF_MS * 2 ** Math.min(current.strikes, MAX_DOUBLINGS);
  return {
    windowStartedAt: now,
    count: 0,
    strikes: current.strikes + 1,
    blockedUntil: new Date(now.getTime() + backOff),
    lastAttemptAt: now,
  };
}

const addressKey = (address: string) => `address:${address}`;
// The e-mail is stored only as a hash: the table need not say who was tried.
const accountKey = (address: string, email: string) =>
  `account:${createHash('sha256').update(`${address}\n${email.toLowerCase()}`).digest('hex')}`;

/** 429 with Retry-After while the counter blocks; `what` names what was counted. */
function refuseIfBlocked(state: ThrottleState | undefined, now: Date, what = 'sign-in attempts'): void {
  if (state?.blockedUntil && state.blockedUntil > now) {
    const seconds = Math.ceil((state.blockedUntil.getTime() - now.getTime()) / 1000);
    throw new TooManyAttempts(seconds, `Too many ${what}. Try again in ${seconds} seconds.`);
  }
}

/** Reads, changes and writes one counter under its row lock, so concurrent processes count every attempt. */
async function update(
  db: Database,
  key: string,
  now: Date,
  next: (state: ThrottleState | undefined, now: Date) => ThrottleState,
): Promise<ThrottleState> {
  return db.transaction(async (tx) => {
    await tx
      .insert(signInThrottle)
      .values({ key, windowStartedAt: now, count: 0, lastAttemptAt: now })
      .onConflictDoNothing();
    const [row] = await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).for('update');
    const state = next(row, now);
    await tx.update(signInThrottle).set(state).where(eq(signInThrottle.key, key));
    return state;
  });
}

export class SignInThrottle {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt; a 429 (`TooManyAttempts`) when the address backs off or the account's limit is reached. */
  async admit(address: string, email: string): Promise<void> {
    const now = this.clock.now();
    const [byAddress] = await this.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, addressKey(address)));
    refuseIfBlocked(byAddress, now);
    refuseIfBlocked(await update(this.db, accountKey(address, email), now, afterAccountAttempt), now);
  }

  async recordFailure(address: string): Promise<void> {
    await update(this.db, addressKey(address), this.clock.now(), afterAddressFailure);
  }
}

/**
 * Counts one attempt of `key` (e.g. one user's customer look-ups, TRI-4) against `perMinute`, in the same table and
 * under the same row lock as sign-in attempts, so every process counts alike; 429 with Retry-After when over.
 */
export async function admitAttempt(
  db: Database,
  clock: Clock,
  key: string,
  perMinute: number,
  what: string,
): Promise<void> {
  const now = clock.now();
  refuseIfBlocked(await update(db, key, now, afterAttemptOf(perMinute)), now, what);
}

/** Deletes counters nobody has touched for a day and that block nothing. */
export async function pruneSignInThrottle(db: Database, clock: Clock): Promise<number> {
  const now = clock.now();
  const deleted = await db
    .delete(signInThrottle)
    .where(
      and(
        lt(signInThrottle.lastAttemptAt, new Date(now.getTime() - FORGET_AFTER_MS)),
        or(isNull(signInThrottle.blockedUntil), lt(signInThrottle.blockedUntil, now)),
      ),
    )
    .returning({ key: signInThrottle.key });
  return deleted.length;
}
