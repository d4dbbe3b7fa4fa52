import { describe, expect, it } from 'vitest';
import { addMonths, mayTakeAction, refusalOf, renewedTerm, subscriptionActions } from './subscription-lifecycle.ts';

describe('the subscription lifecycle rules', () => {
  it('lets each action start only from the states that make sense', () => {
    const allowed = Object.fromEntries(
      subscriptionActions.map((action) => [
        action,
        (['active', 'suspended', 'cancelled', 'expired'] as const).filter((state) =>
          mayTakeAction(action, { state, billingState: 'paid' }),
        ),
      ]),
    );
    expect(allowed).toEqual({
      change: ['active', 'suspended'],
      suspend: ['active'],
      reinstate: ['suspended'],
      renew: ['active'],
    });
  });

  it('reinstates an active subscription whose billing is unpaid (it shows as Suspended too)', () => {
    expect(mayTakeAction('reinstate', { state: 'active', billingState: 'unpaid' })).toBe(true);
    expect(mayTakeAction('reinstate', { state: 'cancelled', billingState: 'unpaid' })).toBe(false);
  });

  it('says why an action is refused, and nothing when it is allowed', () => {
    const paid = (state: 'active' | 'suspended' | 'cancelled') => ({ state, billingState: 'paid' as const });
    expect(refusalOf('suspend', paid('suspended'))).toMatch(/suspended already/);
    expect(refusalOf('renew', paid('cancelled'))).toMatch(/cancelled/);
    expect(refusalOf('renew', paid('suspended'))).toMatch(/reinstate it/);
    expect(refusalOf('reinstate', paid('active'))).toMatch(/neither suspended nor unpaid/);
    expect(refusalOf('renew', paid('active'))).toBeNull();
  });

  it('adds calendar months within the month', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2027-12-15T00:00:00Z'), 12).toISOString()).toBe('2028-12-15T00:00:00.000Z');
    expect(addMonths(new Date('2028-02-29T00:00:00Z'), 12).toISOString()).toBe('2029-02-28T00:00:00.000Z');
  });

  it('renews from the current end, or from now once that end has passed', () => {
    const now = new Date('2026-11-21T09:00:00Z');
    expect(renewedTerm(new Date('2027-03-01T00:00:00Z'), 12, now).endsAt.toISOString()).toBe(
      '2028-03-01T00:00:00.000Z',
    );
    const lapsed = renewedTerm(new Date('2026-10-01T00:00:00Z'), 12, now);
    expect(lapsed.from).toEqual(now);
    expect(lapsed.endsAt.toISOString()).toBe('2027-11-21T09:00:00.000Z');
  });
});
