import { wholeDaysBetween } from './calendar-days.ts';
import { DAY_MS } from './clock.ts';
import { consentDays, extensionDays, graceDays, maxDeviceTrialDays } from './contracts/trials.ts';
import { ongoingTrialStates, type TrialState } from './customer-status.ts';

/**
 * The trial state machine of SPEC §7 (TRI-6…TRI-15): one pure function, `transition(trial, event, now)`,
 * decides every change of a trial's state and dates; use cases persist its result. Rules where SPEC.md is
 * silent are in docs/trial-rules.md; in short:
 * - A trial begins (startsAt, endsAt = start + duration) when the customer consents, or at once when no consent
 *   is needed (a new customer created by the partner, or a customer paying this partner already, TRI-10).
 * - pending provisioning details → provisioning when the customer's setup is done ("details provided"),
 *   provisioning → active when provisioning finishes.
 * - Extensions (+30 days to the current end) are made before the end; a device trial's extension waits for a
 *   vendor operator and is applied on approval (also during grace, which then ends if the new end is ahead).
 * - Grace counts whole days after the end day in the partner's time zone: on grace day 30 the trial still
 *   converts, from day 31 it is released.
 */

export interface TrialSnapshot {
  state: TrialState;
  startsAt: Date | null;
  endsAt: Date | null;
  durationDays: number;
  consentRequestedAt: Date | null;
  /** Devices are part of the trial: extensions need approval and the 120-day cap applies (TRI-12). */
  hasDevices: boolean;
  /** An extension is waiting for a vendor operator. */
  hasPendingExtension: boolean;
  /** The partner's time zone, for grace days. */
  timeZone: string;
}

export type TrialEvent =
  | { type: 'consent_accepted' }
  | { type: 'consent_declined' }
  | { type: 'consent_lapsed' }
  | { type: 'details_provided' }
  | { type: 'provisioning_finished' }
  | { type: 'extend' }
  | { type: 'extension_approved' }
  | { type: 'edit' }
  | { type: 'convert' }
  | { type: 'cancel' }
  | { type: 'expiry' }
  | { type: 'end_of_grace' };
export type TrialEventType = TrialEvent['type'];

interface ExtensionOutcome {
  previousEndsAt: Date;
  newEndsAt: Date;
  /** A device trial's extension waits for a vendor operator; the end moves on approval. */
  needsApproval: boolean;
}

type RefusalCode =
  | 'not_allowed_in_state'
  | 'consent_lapsed'
  | 'not_due'
  | 'device_trial_cap'
  | 'extension_pending'
  | 'grace_over';

export type TransitionResult =
  | { ok: true; trial: TrialSnapshot; extension?: ExtensionOutcome }
  | { ok: false; code: RefusalCode; message: string };

/** Started and not ended: the states in which a trial's end can be reached. */
const runningStates: readonly TrialState[] = ['pending_provisioning_details', 'provisioning', 'active'];

const addDays = (instant: Date, days: number) => new Date(instant.getTime() + days * DAY_MS);

/** When an unanswered consent request lapses (TRI-7). */
export const consentLapsesAt = (trial: Pick<TrialSnapshot, 'consentRequestedAt'>) =>
  trial.consentRequestedAt ? addDays(trial.consentRequestedAt, consentDays) : null;

/** Whole days left to answer a consent request (TRI-7) in `timeZone`; null when none was requested. */
export function consentDaysLeft(trial: Pick<TrialSnapshot, 'consentRequestedAt'>, now: Date, timeZone: string) {
  const lapsesAt = consentLapsesAt(trial);
  return lapsesAt ? wholeDaysBetween(now, lapsesAt, timeZone) : null;
}

/** TRI-12's "ending soon": a week or less left. The reminder e-mail goes then, and the days left are urgent on screen. */
export const trialEndingSoonDays = 7;

/** Whether a trial's days left are urgent on screen: it ends within `trialEndingSoonDays`, today included. */
export const trialEndsSoon = (daysLeft: number | null) =>
  daysLeft !== null && daysLeft >= 0 && daysLeft <= trialEndingSoonDays;

/** Whole days since the end day (0 on the end day), in the partner's time zone; null before the trial starts. */
export const graceDay = (trial: Pick<TrialSnapshot, 'endsAt' | 'timeZone'>, now: Date) =>
  trial.endsAt ? wholeDaysBetween(trial.endsAt, now, trial.timeZone) : null;

/** The last instant of conversion is within grace day 30; shown as "convertible until". */
export const graceEndsAt = (trial: Pick<TrialSnapshot, 'endsAt'>) =>
  trial.endsAt ? addDays(trial.endsAt, graceDays) : null;

const refuse = (code: RefusalCode, message: string): TransitionResult => ({ ok: false, code, message });
const notInState = (event: TrialEventType, state: TrialState) =>
  refuse('not_allowed_in_state', `A trial that is ${state.replaceAll('_', ' ')} cannot take "${event}".`);
const to = (trial: TrialSnapshot, changes: Partial<TrialSnapshot>): TransitionResult => ({
  ok: true,
  trial: { ...trial, ...changes },
});

/** Days from a trial's start to its end, extensions included (what TRI-12's 120-day device cap measures). */
export const trialLengthDays = (startsAt: Date, endsAt: Date) =>
  Math.round((endsAt.getTime() - startsAt.getTime()) / DAY_MS);

/** TRI-12: the latest end a device trial can be extended to; null for a trial without devices or not started. */
export const deviceTrialCapEndsAt = (trial: Pick<TrialSnapshot, 'startsAt' | 'hasDevices'>) =>
  trial.hasDevices && trial.startsAt ? addDays(trial.startsAt, maxDeviceTrialDays) : null;

/** TRI-12: the +30-day extension of the current end, or why it is refused. */
function extensionOf(trial: TrialSnapshot): ExtensionOutcome | TransitionResult {
  if (!trial.endsAt || !trial.startsAt) return notInState('extend', trial.state);
  const newEndsAt = addDays(trial.endsAt, extensionDays);
  if (trial.hasDevices) {
    const totalDays = trialLengthDays(trial.startsAt, newEndsAt);
    if (totalDays > maxDeviceTrialDays) {
      return refuse(
        'device_trial_cap',
        `A trial with devices lasts at most ${maxDeviceTrialDays} days; this extension would make it ${totalDays}.`,
      );
    }
  }
  return { previousEndsAt: trial.endsAt, newEndsAt, needsApproval: trial.hasDevices };
}
const isRefusal = (value: ExtensionOutcome | TransitionResult): value is TransitionResult => 'ok' in value;

export function transition(trial: TrialSnapshot, event: TrialEvent, now: Date): TransitionResult {
  const { state } = trial;
  switch (event.type) {
    case 'consent_accepted': {
      if (state !== 'pending_consent') return notInState(event.type, state);
      const lapsesAt = consentLapsesAt(trial);
      if (lapsesAt && now >= lapsesAt) {
        return refuse('consent_lapsed', `Consent had to be given within ${consentDays} days; the request has lapsed.`);
      }
      return to(trial, {
        state: 'pending_provisioning_details',
        startsAt: now,
        endsAt: addDays(now, trial.durationDays),
      });
    }
    case 'consent_declined':
      return state === 'pending_consent' ? to(trial, { state: 'declined' }) : notInState(event.type, state);
    case 'consent_lapsed': {
      if (state !== 'pending_consent') return notInState(event.type, state);
      const lapsesAt = consentLapsesAt(trial);
      if (!lapsesAt || now < lapsesAt) return refuse('not_due', 'The consent request has not lapsed yet.');
      return to(trial, { state: 'cancelled' });
    }
    case 'details_provided':
      return state === 'pending_provisioning_details'
        ? to(trial, { state: 'provisioning' })
        : notInState(event.type, state);
    case 'provisioning_finished':
      return state === 'provisioning' ? to(trial, { state: 'active' }) : notInState(event.type, state);
    case 'extend': {
      if (!runningStates.includes(state)) return notInState(event.type, state);
      if (trial.hasPendingExtension) {
        return refuse('extension_pending', 'An extension of this trial is already waiting for approval.');
      }
      const extension = extensionOf(trial);
      if (isRefusal(extension)) return extension;
      const next = extension.needsApproval
        ? { ...trial, hasPendingExtension: true }
        : { ...trial, endsAt: extension.newEndsAt };
      return { ok: true, trial: next, extension };
    }
    case 'extension_approved': {
      if (!runningStates.includes(state) && state !== 'expired') return notInState(event.type, state);
      const extension = extensionOf(trial);
      if (isRefusal(extension)) return extension;
      const ended = extension.newEndsAt <= now;
      const nextState = state === 'expired' && !ended ? 'active' : state;
      return {
        ok: true,
        trial: { ...trial, state: nextState, endsAt: extension.newEndsAt, hasPendingExtension: false },
        extension: { ...extension, needsApproval: false },
      };
    }
    case 'edit':
      return ongoingTrialStates.includes(state) ? to(trial, {}) : notInState(event.type, state);
    case 'convert': {
      if (state === 'expired') {
        const day = graceDay(trial, now) ?? 0;
        if (day > graceDays) {
          return refuse('grace_over', `The ${graceDays} days of grace are over; the trial can no longer convert.`);
        }
        return to(trial, { state: 'converted', hasPendingExtension: false });
      }
      return runningStates.includes(state)
        ? to(trial, { state: 'converted', hasPendingExtension: false })
        : notInState(event.type, state);
    }
    case 'cancel':
      return ongoingTrialStates.includes(state) || state === 'expired'
        ? to(trial, { state: 'cancelled', hasPendingExtension: false })
        : notInState(event.type, state);
    case 'expiry': {
      if (!runningStates.includes(state)) return notInState(event.type, state);
      if (!trial.endsAt || now < trial.endsAt) return refuse('not_due', 'The trial has not reached its end.');
      return to(trial, { state: 'expired' });
    }
    case 'end_of_grace': {
      if (state !== 'expired') return notInState(event.type, state);
      const day = graceDay(trial, now) ?? 0;
      if (day <= graceDays) return refuse('not_due', 'The trial is still within its grace period.');
      return to(trial, { state: 'released', hasPendingExtension: false });
    }
  }
}
