import { DAY_MS } from '../../../domain/clock.ts';
import type { Actor } from '../../../domain/roles.ts';
import { isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type MovableClock, SystemClock, saveDemoClockOffset } from '../../platform/clock.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest } from '../../platform/errors.ts';
import { shiftLiveSessions } from '../../platform/sessions.ts';

/**
 * Moves the demo clock forward (never back: jobs already ran for the time passed), keeps the offset
 * across restarts, and lets the clock-driven jobs catch up at once.
 */
export async function moveDemoClock(
  deps: { db: Database; clock: MovableClock; runClockDrivenJobs: () => Promise<void> },
  actor: Actor,
  input: { advanceDays?: number; to?: string },
): Promise<Date> {
  ensure(isVendorOperator(actor), 'Only vendor operators move the demo clock.');
  const before = deps.clock.now();
  const target = input.to ? new Date(input.to) : new Date(before.getTime() + (input.advanceDays ?? 0) * DAY_MS);
  if (target.getTime() <= before.getTime()) throw badRequest('to', 'The demo clock only moves forward.');
  deps.clock.moveTo(target);
  await deps.db.transaction(async (tx) => {
    if (deps.clock instanceof SystemClock) await saveDemoClockOffset(tx, deps.clock.offset);
    await shiftLiveSessions(tx, before, target.getTime() - before.getTime());
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'demo_clock.moved',
      targetType: 'clock',
      targetId: 'demo',
      before: { now: before.toISOString() },
      after: { now: target.toISOString() },
    });
  });
  await deps.runClockDrivenJobs();
  return target;
}
