/**
 * Dates, numbers and country names in the user's locale, through Intl. The formatters are built once per
 * language and time zone and shared by every component (building one per call or per cell made a page of fifty
 * rows slow). Instants are shown in the signed-in organisation's time zone, the one the server counts "days
 * left" in, so "12 Dec 2026 (in 21 days)" names the day the count ends on; day counts come from the server.
 */
import { useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionContext } from '../features/auth/session.ts';
import { intlLocales, isLocale } from './index.ts';

interface Formatters {
  locale: string;
  /** "21 Nov 2026" (en-GB), "21. nov. 2026" (da-DK) … of an instant, in the organisation's time zone. */
  date: (iso: string | Date) => string;
  /** "Saturday 21 November 2026" */
  longDate: (iso: string | Date) => string;
  /** "09:14 CET": the time of day of an instant, naming the time zone. */
  time: (iso: string | Date) => string;
  /** A calendar day the server names by its UTC midnight ("2026-11-16", a week's Monday): the day itself. */
  calendarDay: (isoDay: string) => string;
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** "in 21 days", "tomorrow", "3 days ago". */
  relativeDays: (days: number) => string;
}

const cache = new Map<string, Formatters>();
const instant = (d: string | Date) => (typeof d === 'string' ? new Date(d) : d);

export function formattersFor(language: string, timeZone = 'UTC'): Formatters {
  const key = `${language} ${timeZone}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const locale = intlLocales[isLocale(language) ? language : 'en'];
  const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
  const date = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone });
  const day = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone: 'UTC' });
  const longDate = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone });
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const formatters: Formatters = {
    locale,
    date: (d) => date.format(instant(d)),
    longDate: (d) => longDate.format(instant(d)),
    time: (d) => time.format(instant(d)),
    calendarDay: (isoDay) => day.format(new Date(isoDay)),
    number: (n, options) => (options ? new Intl.NumberFormat(locale, options) : number).format(n),
    relativeDays: (days) => relative.format(days, 'day'),
  };
  cache.set(key, formatters);
  return formatters;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const timeZone = useContext(SessionContext)?.organisation.timeZone;
  return formattersFor(i18n.resolvedLanguage ?? i18n.language, timeZone);
}

/** "Denmark" for DK in English, "Danmark" in Danish; the code itself when the browser does not know it. */
export function countryName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** UI.md: dates as "12 Dec 2026 (in 21 days)"; `daysLeft` is the server's count. */
export function useDateWithDays(): (iso: string, daysLeft: number) => string {
  const fmt = useFormatters();
  const { t } = useTranslation();
  return useCallback(
    (iso: string, daysLeft: number) =>
      t('customers.list.row.expiry', { date: fmt.date(iso), relative: fmt.relativeDays(daysLeft) }),
    [fmt, t],
  );
}
