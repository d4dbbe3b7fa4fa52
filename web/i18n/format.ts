/**
 * Dates, numbers and country names in the user's locale, through Intl. The formatters are built once per
 * language and shared by every component (building one per call or per cell made a page of fifty rows slow).
 * Day counts ("in 21 days") come from the server, which counts them in the partner's time zone.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocales, isLocale } from './index.ts';

export interface Formatters {
  locale: string;
  /** "21 Nov 2026" (en-GB), "21. nov. 2026" (da-DK) … Dates from the server are UTC; shown as UTC dates. */
  date: (iso: string | Date) => string;
  /** "Saturday 21 November 2026" */
  longDate: (iso: string | Date) => string;
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** "in 21 days", "tomorrow", "3 days ago". */
  relativeDays: (days: number) => string;
}

const cache = new Map<string, Formatters>();

export function formattersFor(language: string): Formatters {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = intlLocales[isLocale(language) ? language : 'en'];
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const longDate = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const formatters: Formatters = {
    locale,
    date: (d) => date.format(typeof d === 'string' ? new Date(d) : d),
    longDate: (d) => longDate.format(typeof d === 'string' ? new Date(d) : d),
    number: (n, options) => (options ? new Intl.NumberFormat(locale, options) : number).format(n),
    relativeDays: (days) => relative.format(days, 'day'),
  };
  cache.set(language, formatters);
  return formatters;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.resolvedLanguage ?? i18n.language);
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
