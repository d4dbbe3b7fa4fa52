import { describe, expect, it } from 'vitest';
import { DAY_MS } from './clock.ts';
import { type TrialState, trialStates } from './customer-status.ts';
import { type TrialEventType, type TrialSnapshot, transition } from './trial-lifecycle.ts';

const now = new Date('2026-06-15T12:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * DAY_MS);

const allStates: readonly TrialState[] = trialStates;
const allEvents: TrialEventType[] = [
  'consent_accepted',
  'consent_declined',
  'consent_lapsed',
  'details_provided',
  'provisioning_finished',
  'extend',
  'extension_approved',
  'edit',
  'convert',
  'cancel',
  'expiry',
  'end_of_grace',
];

/** A trial in `state` whose dates make every time condition of that state's edges true. */
function trialIn(state: TrialState, overrides: Partial<TrialSnapshot> = {}): TrialSnapshot {
  const started = state !== 'pending_consent';
  return {
    state,
    startsAt: started ? days(-40) : null,
    // Running trials have ended already (so expiry is due); expired ones are past their grace (end_of_grace due).
    endsAt: !started ? null : state === 'expired' ? days(-40) : days(-1),
    durationDays: 30,
    consentRequestedAt: state === 'pending_consent' ? days(-11) : days(-50),
    hasDevices: false,
    hasPendingExtension: false,
    timeZone: 'UTC',
    ...overrides,
  };
}

/** Every edge the machine accepts, with the state it leads to; every other (state, event) pair is refused. */
const edges: Record<string, TrialState> = {
  'pending_consent consent_declined': 'declined',
  'pending_consent consent_lapsed': 'cancelled',
  'pending_consent edit': 'pending_consent',
  'pending_consent cancel': 'cancelled',
  'pending_provisioning_details details_provided': 'provisioning',
  'pending_provisioning_details extend': 'pending_provisioning_details',
  'pending_provisioning_details extension_approved': 'pending_provisioning_details',
  'pending_provisioning_details edit': 'pending_provisioning_details',
  'pending_provisioning_details convert': 'converted',
  'pending_provisioning_details cancel': 'cancelled',
  'pending_provisioning_details expiry': 'expired',
  'provisioning provisioning_finished': 'active',
  'provisioning extend': 'provisioning',
  'provisioning extension_approved': 'provisioning',
  'provisioning edit': 'provisioning',
  'provisioning convert': 'converted',
  'provisioning cancel': 'cancelled',
  'provisioning expiry': 'expired',
  'active extend': 'active',
  'active extension_approved': 'active',
  'active edit': 'active',
  'active convert': 'converted',
  'active cancel': 'cancelled',
  'active expiry': 'expired',
  'expired extension_approved': 'expired',
  'expired cancel': 'cancelled',
  'expired end_of_grace': 'released',
};

describe('transition: every state × every event', () => {
  for (const state of allStates) {
    for (const event of allEvents) {
      const key = `${state} ${event}`;
      const expected = edges[key];
      it(`${key} → ${expected ?? 'refused'}`, () => {
        const result = transition(trialIn(state), { type: event }, now);
        if (expected) {
          expect(result.ok, JSON.stringify(result)).toBe(true);
          if (result.ok) expect(result.trial.state).toBe(expected);
        } else {
          expect(result.ok).toBe(false);
        }
      });
    }
  }
  it('released, cancelled, declined and converted are final: no event moves them', () => {
    for (const state of ['released', 'cancelled', 'declined', 'converted'] as const) {
      for (const event of allEvents) {
        expect(transition(trialIn(state), { type: event }, now)).toMatchObject({
          ok: false,
          code: 'not_allowed_in_state',
        });
      }
    }
  });
});

describe('consent (TRI-6, TRI-7)', () => {
  it('acceptance within 10 days starts the trial for its duration', () => {
    const trial = trialIn('pending_consent', { consentRequestedAt: days(-3), durationDays: 60 });
    const result = transition(trial, { type: 'consent_accepted' }, now);
    expect(result).toMatchObject({ ok: true, trial: { state: 'pending_provisioning_details', startsAt: now } });
    if (result.ok) expect(result.trial.endsAt).toEqual(days(60));
  });
  it('acceptance at the 10-day mark or later is refused as lapsed', () => {
    const trial = trialIn('pending_consent', { consentRequestedAt: days(-10) });
    expect(transition(trial, { type: 'consent_accepted' }, now)).toMatchObject({ ok: false, code: 'consent_lapsed' });
    const justBefore = trialIn('pending_consent', { consentRequestedAt: new Date(days(-10).getTime() + 1) });
    expect(transition(justBefore, { type: 'consent_accepted' }, now).ok).toBe(true);
  });
  it('the lapse is refused before 10 days have passed', () => {
    const trial = trialIn('pending_consent', { consentRequestedAt: new Date(days(-10).getTime() + 1) });
    expect(transition(trial, { type: 'consent_lapsed' }, now)).toMatchObject({ ok: false, code: 'not_due' });
    const due = trialIn('pending_consent', { consentRequestedAt: days(-10) });
    expect(transition(due, { type: 'consent_lapsed' }, now)).toMatchObject({ ok: true, trial: { state: 'cancelled' } });
  });
});

describe('extension (TRI-12)', () => {
  it('adds exactly 30 days to the current end: 65 days left become 95', () => {
    const trial = trialIn('active', { startsAt: days(-25), endsAt: days(65) });
    const result = transition(trial, { type: 'extend' }, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.trial.endsAt).toEqual(days(95));
    expect(result.extension).toEqual({ previousEndsAt: days(65), newEndsAt: days(95), needsApproval: false });
  });
  it('a device trial extension waits for approval and leaves the end as it is', () => {
    const trial = trialIn('active', { startsAt: days(-25), endsAt: days(5), hasDevices: true });
    const result = transition(trial, { type: 'extend' }, now);
    expect(result).toMatchObject({ ok: true, trial: { endsAt: days(5), hasPendingExtension: true } });
    if (result.ok) expect(result.extension?.needsApproval).toBe(true);
  });
  it('a second extension is refused while one waits for approval', () => {
    const trial = trialIn('active', {
      startsAt: days(-25),
      endsAt: days(5),
      hasDevices: true,
      hasPendingExtension: true,
    });
    expect(transition(trial, { type: 'extend' }, now)).toMatchObject({ ok: false, code: 'extension_pending' });
  });
  it('approval moves the end by 30 days and clears the pending flag', () => {
    const trial = trialIn('active', {
      startsAt: days(-25),
      endsAt: days(5),
      hasDevices: true,
      hasPendingExtension: true,
    });
    const result = transition(trial, { type: 'extension_approved' }, now);
    expect(result).toMatchObject({ ok: true, trial: { endsAt: days(35), hasPendingExtension: false } });
  });
  it('device trials last at most 120 days in all: 90 → 120 is fine, 120 → 150 is refused', () => {
    const ninety = trialIn('active', { startsAt: days(-80), endsAt: days(10), hasDevices: true });
    expect(transition(ninety, { type: 'extend' }, now).ok).toBe(true);
    const full = trialIn('active', { startsAt: days(-110), endsAt: days(10), hasDevices: true });
    expect(transition(full, { type: 'extend' }, now)).toMatchObject({ ok: false, code: 'device_trial_cap' });
    expect(transition(full, { type: 'extension_approved' }, now)).toMatchObject({
      ok: false,
      code: 'device_trial_cap',
    });
  });
  it('trials without devices have no cap', () => {
    const long = trialIn('active', { startsAt: days(-300), endsAt: days(10) });
    expect(transition(long, { type: 'extend' }, now).ok).toBe(true);
  });
  it('an approval arriving during grace ends the grace when the new end is ahead', () => {
    const ended = trialIn('expired', {
      startsAt: days(-70),
      endsAt: days(-5),
      hasDevices: true,
      hasPendingExtension: true,
    });
    expect(transition(ended, { type: 'extension_approved' }, now)).toMatchObject({
      ok: true,
      trial: { state: 'active', endsAt: days(25) },
    });
  });
  it('a trial that has not started (pending consent) cannot be extended', () => {
    expect(transition(trialIn('pending_consent'), { type: 'extend' }, now).ok).toBe(false);
  });
});

describe('expiry and grace (TRI-15)', () => {
  it('expiry is refused before the end instant', () => {
    const trial = trialIn('active', { endsAt: new Date(now.getTime() + 1) });
    expect(transition(trial, { type: 'expiry' }, now)).toMatchObject({ ok: false, code: 'not_due' });
    expect(transition(trialIn('active', { endsAt: now }), { type: 'expiry' }, now).ok).toBe(true);
  });
  it('on grace day 30 the trial converts and is not released; on day 31 it is released and no longer converts', () => {
    const day30 = trialIn('expired', { endsAt: days(-30) });
    expect(transition(day30, { type: 'convert' }, now)).toMatchObject({ ok: true, trial: { state: 'converted' } });
    expect(transition(day30, { type: 'end_of_grace' }, now)).toMatchObject({ ok: false, code: 'not_due' });
    const day31 = trialIn('expired', { endsAt: days(-31) });
    expect(transition(day31, { type: 'convert' }, now)).toMatchObject({ ok: false, code: 'grace_over' });
    expect(transition(day31, { type: 'end_of_grace' }, now)).toMatchObject({ ok: true, trial: { state: 'released' } });
  });
  it('grace days count in the partner time zone', () => {
    // Ended 23:30 UTC = 00:30 next day in Copenhagen (winter): one calendar day fewer there.
    const endsAt = new Date('2026-01-01T23:30:00Z');
    const at = new Date('2026-02-01T12:00:00Z');
    const utc = trialIn('expired', { endsAt, timeZone: 'UTC' });
    const copenhagen = trialIn('expired', { endsAt, timeZone: 'Europe/Copenhagen' });
    expect(transition(utc, { type: 'end_of_grace' }, at).ok).toBe(true);
    expect(transition(copenhagen, { type: 'end_of_grace' }, at).ok).toBe(false);
  });
});
