import { describe, expect, it } from 'vitest';
import {
  analyticsWindows,
  callingPeriodWeeks,
  callVolumeBucket,
  changePct,
  isoDay,
  lastCompletedWeek,
  licenceBreakdown,
  lowAssignment,
  lowAssignmentThresholdPct,
  median,
  queueAverages,
  sectionKpisOf,
  sizeBand,
  startOfLocalDay,
  trendWeeks,
  weekStartUtc,
  wholeMonthsBetween,
  worstEndpoint,
} from './analytics.ts';
import { calendarDayNumber } from './calendar-days.ts';

describe('licence figures (ANA definitions)', () => {
  it('available is total − assigned and never below 0; percentages are of total', () => {
    expect(licenceBreakdown({ total: 10, assigned: 4, used: 2 })).toEqual({
      total: 10,
      assigned: 4,
      used: 2,
      available: 6,
      overage: 0,
      assignedPct: 40,
      usedPct: 20,
    });
    const over = licenceBreakdown({ total: 10, assigned: 13, used: 11 });
    expect(over.available).toBe(0);
    expect(over.overage).toBe(3);
    expect(over.assignedPct).toBe(130);
    expect(over.usedPct).toBeCloseTo(110);
  });
  it('zero licences bought: no percentages, available 0', () => {
    expect(licenceBreakdown({ total: 0, assigned: 0, used: 0 })).toMatchObject({
      available: 0,
      assignedPct: null,
      usedPct: null,
    });
  });
});

describe('size bands (ANA-6)', () => {
  it.each([
    [0, null],
    [1, '1-10'],
    [10, '1-10'],
    [11, '11-50'],
    [50, '11-50'],
    [51, '51-250'],
    [250, '51-250'],
    [251, '251-1000'],
    [1000, '251-1000'],
    [1001, '>1000'],
  ])('%i licences → %s', (total, band) => expect(sizeBand(total)).toBe(band));
});

describe('low licence assignment (ANA-6)', () => {
  const now = new Date('2026-11-21T09:00:00Z');
  const old = new Date('2026-06-01T00:00:00Z');
  const sub = (assigned: number, total = 20, startsAt = old, serviceId = 'calling') => ({
    serviceId,
    total,
    assigned,
    startsAt,
  });

  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('fewer than 10 similar: below 25 % is low', () => {
    expect(lowAssignmentThresholdPct([90, 90])).toBe(25);
    const installation = [sub(4), sub(5), sub(20)];
    expect(lowAssignment(sub(4), installation, now)).toBe(true); // 20 %
    expect(lowAssignment(sub(5), installation, now)).toBe(false); // exactly 25 %
  });

  it('10 or more similar: below half their median', () => {
    // Ten subscriptions of 20 licences, assigned 16 each (80 %) → threshold 40 %.
    const peers = Array.from({ length: 9 }, () => sub(16));
    const low = sub(7); // 35 %
    const borderline = sub(8); // exactly 40 %
    expect(lowAssignment(low, [...peers, low], now)).toBe(true);
    expect(lowAssignment(borderline, [...peers, borderline], now)).toBe(false);
    // 35 % is not low against the fixed 25 % when only 5 are similar.
    expect(lowAssignment(low, [...peers.slice(0, 4), low], now)).toBe(false);
  });

  it('only the same service and band are similar; young subscriptions are neither judged nor compared', () => {
    const peersOtherBand = Array.from({ length: 10 }, () => sub(100, 200));
    const peersOtherService = Array.from({ length: 10 }, () => sub(16, 20, old, 'meetings'));
    const young = Array.from({ length: 10 }, () => sub(16, 20, new Date('2026-11-01T00:00:00Z')));
    const candidate = sub(7); // 35 %: low only against ≥ 10 similar with median 80 %
    expect(lowAssignment(candidate, [candidate, ...peersOtherBand, ...peersOtherService, ...young], now)).toBe(false);
    expect(lowAssignment(sub(0, 20, new Date('2026-11-01T00:00:00Z')), [], now)).toBe(false);
    expect(lowAssignment(sub(0, 0), [], now)).toBe(false);
  });
});

describe('weeks (Monday–Sunday, UTC)', () => {
  it('Sunday 23:59:59 belongs to the week before Monday 00:00', () => {
    expect(isoDay(weekStartUtc(new Date('2026-11-15T23:59:59.999Z')))).toBe('2026-11-09');
    expect(isoDay(weekStartUtc(new Date('2026-11-16T00:00:00.000Z')))).toBe('2026-11-16');
    expect(isoDay(weekStartUtc(new Date('2026-11-16T00:00:00.000+01:00')))).toBe('2026-11-09');
  });
  it('CAL period: last completed week and the 8 before it', () => {
    const weeks = callingPeriodWeeks(new Date('2026-11-21T09:00:00Z')).map(isoDay);
    expect(weeks).toHaveLength(9);
    expect(weeks.at(-1)).toBe('2026-11-09');
    expect(weeks[0]).toBe('2026-09-14');
    expect(isoDay(lastCompletedWeek(new Date('2026-11-16T00:00:00Z')))).toBe('2026-11-09');
  });
  it('ANA-2: 26 completed weeks and the current one', () => {
    const weeks = trendWeeks(new Date('2026-11-21T09:00:00Z')).map(isoDay);
    expect(weeks).toHaveLength(27);
    expect(weeks.at(-1)).toBe('2026-11-16');
    expect(weeks[0]).toBe('2026-05-18');
  });
});

describe('calling rules', () => {
  it.each([
    [0, 'none'],
    [1, 'calls1to5'],
    [5, 'calls1to5'],
    [6, 'calls6to20'],
    [20, 'calls6to20'],
    [21, 'over20'],
  ])('CAL-1: %i calls → %s', (calls, bucket) => expect(callVolumeBucket(calls)).toBe(bucket));

  it('CAL-7: averages of answered and abandoned waits, abandoned rate of queue calls', () => {
    expect(
      queueAverages({ calls: 10, answered: 6, answerWaitSeconds: 120, abandoned: 4, abandonWaitSeconds: 200 }),
    ).toEqual({ calls: 10, avgAnswerSeconds: 20, avgAbandonWaitSeconds: 50, abandonedPct: 40 });
    expect(queueAverages({ calls: 0, answered: 0, answerWaitSeconds: 0, abandoned: 0, abandonWaitSeconds: 0 })).toEqual(
      { calls: 0, avgAnswerSeconds: null, avgAbandonWaitSeconds: null, abandonedPct: null },
    );
  });

  it('CAL-2: change vs previous week', () => {
    expect(changePct(15, 10)).toBe(50);
    expect(changePct(5, 0)).toBeNull();
  });

  it('CAL-5: worst endpoint by poor share, then legs, then name', () => {
    expect(
      worstEndpoint([
        { endpointType: 'web', legs: 10, poorLegs: 1 },
        { endpointType: 'mobile_app', legs: 4, poorLegs: 2 },
        { endpointType: 'desk_phone', legs: 8, poorLegs: 4 },
        { endpointType: 'other', legs: 0, poorLegs: 0 },
      ]),
    ).toBe('desk_phone');
    expect(worstEndpoint([])).toBeNull();
  });
});

describe('section KPIs (ANA-3…ANA-7)', () => {
  it('sums, percentages and overage per customer', () => {
    const k = sectionKpisOf([
      { customerId: 'a', total: 10, assigned: 12, used: 6 },
      { customerId: 'a', total: 10, assigned: 5, used: 5 },
      { customerId: 'b', total: 20, assigned: 25, used: 10 },
    ]);
    expect(k).toEqual({
      customers: 2,
      totalLicences: 40,
      assignmentPct: 105,
      usagePct: 52.5,
      usageWhenAssignedPct: (21 / 42) * 100,
      unassignedLicences: 5,
      overageLicences: 7,
      customersWithOverage: 2,
      avgOveragePerCustomer: 3.5,
    });
  });
});

describe('calendar helpers', () => {
  it('whole months', () => {
    expect(wholeMonthsBetween(new Date('2026-01-31T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))).toBe(1);
    expect(wholeMonthsBetween(new Date('2026-01-15T00:00:00Z'), new Date('2026-04-15T00:00:00Z'))).toBe(3);
    expect(wholeMonthsBetween(new Date('2026-04-15T00:00:00Z'), new Date('2026-01-16T00:00:00Z'))).toBe(-2);
  });
  it('a local day starts at local midnight', () => {
    const day = calendarDayNumber(new Date('2026-11-21T12:00:00Z'), 'Europe/Copenhagen');
    expect(startOfLocalDay(day, 'Europe/Copenhagen').toISOString()).toBe('2026-11-20T23:00:00.000Z');
    expect(startOfLocalDay(day, 'UTC').toISOString()).toBe('2026-11-21T00:00:00.000Z');
  });
  it('90-day windows in the viewer’s time zone', () => {
    const w = analyticsWindows(new Date('2026-11-21T09:00:00Z'), 'UTC');
    expect(w.addedSince.toISOString()).toBe('2026-08-23T00:00:00.000Z');
    expect(w.endsBefore.toISOString()).toBe('2027-02-20T00:00:00.000Z');
  });
});
