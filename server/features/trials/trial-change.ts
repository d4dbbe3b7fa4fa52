import type { Actor } from '../../../domain/roles.ts';
import type { TrialEvent } from '../../../domain/trial-lifecycle.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { requireVisibleTrial } from './get-trial.ts';
import { snapshotOf } from './trial-records.queries.ts';
import { decide, requireVersion } from './trial-steps.ts';
import type { TrialRow, VisibleTrial } from './trials.queries.ts';

interface Opening {
  /** The policy (trials.policy.ts); refused with 403 and `refusal`. */
  allowed: (actor: Actor, trial: TrialRow) => boolean;
  refusal: string;
  /** The version the client last saw (REL-4); the customer's consent answers carry none. */
  version?: number;
  /** Checks answered before the version's (a repeated request learns what its first sending did, REL-3). */
  beforeVersion?: (trial: TrialRow) => Promise<void>;
}

type Decision = ReturnType<typeof decide>;

/**
 * The opening every change of a trial shares, in this order: the trial as the actor sees it (404 for one it
 * does not), the policy (403), the client's version (409) and, given an event, the state machine's answer
 * (409 when the trial's state does not allow it).
 */
export async function openTrialChange(
  tx: Database,
  actor: Actor,
  trialId: string,
  opening: Opening & { event: TrialEvent; now: Date },
): Promise<VisibleTrial & { next: Decision }>;
export async function openTrialChange(
  tx: Database,
  actor: Actor,
  trialId: string,
  opening: Opening,
): Promise<VisibleTrial>;
export async function openTrialChange(
  tx: Database,
  actor: Actor,
  trialId: string,
  opening: Opening & { event?: TrialEvent; now?: Date },
): Promise<VisibleTrial & { next?: Decision }> {
  const row = await requireVisibleTrial(tx, actor, trialId);
  ensure(opening.allowed(actor, row.trial), opening.refusal);
  await opening.beforeVersion?.(row.trial);
  if (opening.version !== undefined) await requireVersion(row.trial, opening.version);
  if (!opening.event || !opening.now) return row;
  return { ...row, next: decide(await snapshotOf(tx, row.trial, row.partnerTimeZone), opening.event, opening.now) };
}
