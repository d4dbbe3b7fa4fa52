import { DAY_MS } from './clock.ts';

/**
 * time is stored in UTC, but "days left" and windows count whole calendar days in the partner's time
 * zone. A subscription ending at 23:30 UTC on the 10th ends on the 11th in Copenhagen.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day of `instant` in `timeZone`, as days since 1970-01-01 (a number that can be subtracted). */
export function calendarDayNumber(instant: Date, timeZone: string): number {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Whole calendar days from `from` to `to` in `timeZone`: 0 on the same day, negative when `to` is earlier. */
export function wholeDaysBetween(from: Date, to: Date, timeZone: string): number {
  return calendarDayNumber(to, timeZone) - calendarDayNumber(from, timeZone);
}
