import { describe, expect, it, vi } from 'vitest';

// The i18n module picks the language from the browser when it loads; this test runs without one.
vi.stubGlobal('window', { localStorage: { getItem: () => null, setItem: () => undefined } });
vi.stubGlobal('navigator', { languages: ['en'] });
vi.stubGlobal('document', { documentElement: {} });
const { formattersFor } = await import('./format.ts');

describe('formatters (X-1, X-4)', () => {
  it("shows an instant on the organisation's calendar day, as the server counts days left", () => {
    const end = '2026-11-28T12:00:00.000Z';
    expect(formattersFor('en', 'UTC').date(end)).toBe('28 Nov 2026');
    expect(formattersFor('en', 'Pacific/Auckland').date(end)).toBe('29 Nov 2026');
    expect(formattersFor('da', 'America/Los_Angeles').date('2026-11-28T07:00:00.000Z')).toBe('27. nov. 2026');
  });

  it('names the time zone of a time of day', () => {
    expect(formattersFor('en', 'Europe/Copenhagen').time('2026-11-21T09:14:00.000Z')).toBe('10:14 CET');
  });

  it('keeps a calendar day the server names by its UTC midnight on that day, in any time zone', () => {
    expect(formattersFor('en', 'America/Los_Angeles').calendarDay('2026-11-16')).toBe('16 Nov 2026');
  });

  it('counts days relative to now in words, in the language', () => {
    expect(formattersFor('en').relativeDays(1)).toBe('tomorrow');
    expect(formattersFor('en').relativeDays(-3)).toBe('3 days ago');
  });
});
