import type { TransitionResult, TrialEvent, TrialSnapshot } from '../../../domain/trial-lifecycle.ts';
import { transition } from '../../../domain/trial-lifecycle.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import { randomCode } from '../../platform/record-numbers.ts';
import type { TrialRow } from './trials.queries.ts';

/** Steps of the trial use cases without SQL: trial numbers, the state machine's decision, the version check, races. */

export const newTrialNumber = () => `TRL-${randomCode(4)}`;

/** The state machine's view of a trial, given whether it has devices and an extension request waiting. */
export function snapshotFrom(
  trial: TrialRow,
  facts: Pick<TrialSnapshot, 'hasDevices' | 'hasPendingExtension'>,
  timeZone: string,
): TrialSnapshot {
  return {
    state: trial.state,
    startsAt: trial.startsAt,
    endsAt: trial.endsAt,
    durationDays: trial.durationDays,
    consentRequestedAt: trial.consentRequestedAt,
    ...facts,
    timeZone,
  };
}

/** Runs the state machine; a refused edge is a 409 naming the reason (the trial's state decides, not the input). */
export function decide(snapshot: TrialSnapshot, event: TrialEvent, now: Date): Extract<TransitionResult, { ok: true }> {
  const result = transition(snapshot, event, now);
  if (!result.ok) throw new AppError(409, result.code, result.message);
  return result;
}

/** The trial as it is now, or 409 when the client's version is not the current one (REL-4). */
export async function requireVersion(trial: TrialRow, version: number) {
  if (trial.version !== version) {
    throw conflict('Someone else changed this trial in the meantime. Reload it and try again.');
  }
}

/** The PostgreSQL error behind a driver or Drizzle error, if any. */
function postgresErrorOf(error: unknown): { code?: string; constraint?: string } | null {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if (typeof (e as { code?: unknown }).code === 'string') return e as { code?: string; constraint?: string };
  }
  return null;
}

/**
 * Two requests racing past the same check (a meeting site, an e-mail, a device type) meet at a unique index;
 * the loser gets the same 409 naming the field as if it had come second.
 */
export async function withUniqueConflicts<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const pg = postgresErrorOf(error);
    if (pg?.code !== '23505') throw error;
    const constraint = pg.constraint ?? '';
    if (constraint.includes('meeting_site')) {
      throw new AppError(409, 'meeting_site_taken', 'The meeting site URL is taken.', 'meetingSiteUrl');
    }
    if (constraint.includes('users_email')) {
      throw new AppError(409, 'email_in_use', 'This e-mail belongs to an existing organisation.', 'adminEmail');
    }
    if (constraint.includes('device_shipments_trial_type')) {
      throw new AppError(
        409,
        'already_shipped',
        'Devices of this type were already shipped for this trial.',
        'deviceTypeId',
      );
    }
    throw conflict('Someone else made the same change at the same time. Reload and try again.');
  }
}
