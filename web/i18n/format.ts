/** Dates and numbers in the user's locale, through Intl. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocales, isLocale } from './index.ts';

export interface Formatters {
  locale: string;
  /** "21 Nov 2026" (en-GB), "21. nov. 2026" (da-DK) … Dates from the server are UTC; shown as UTC dates. */
  date: (iso: string | Date) => string;
  /** "Saturday 21 November 2026" */
  longDate: (iso: string | Date) => string;
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
}

export function formattersFor(language: string): Formatters {
  const locale = intlLocales[isLocale(language) ? language : 'en'];
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const longDate = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    locale,
    date: (d) => date.format(typeof d === 'string' ? new Date(d) : d),
    longDate: (d) => longDate.format(typeof d === 'string' ? new Date(d) : d),
    number: (n, options) => new Intl.NumberFormat(locale, options).format(n),
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => formattersFor(language), [language]);
}
