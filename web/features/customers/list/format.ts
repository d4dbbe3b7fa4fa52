/**
 * Number and date formatting for the list's many cells, through Intl in the user's locale. The Intl
 * formatters are built once per language and shared by every row (building one per call or per cell is what
 * made a page of fifty rows slow).
 */
import { useTranslation } from 'react-i18next';
import { formattersFor } from '../../../i18n/format.ts';

export interface ListFormat {
  locale: string;
  number: (n: number) => string;
  /** "12 Dec 2026": dates from the server are UTC and shown as UTC dates, as everywhere in the app. */
  date: (iso: string) => string;
  /** "in 21 days", "tomorrow", "3 days ago". */
  relativeDays: (days: number) => string;
}

const cache = new Map<string, ListFormat>();

function listFormatFor(language: string): ListFormat {
  let format = cache.get(language);
  if (!format) {
    const base = formattersFor(language);
    const number = new Intl.NumberFormat(base.locale);
    const relative = new Intl.RelativeTimeFormat(base.locale, { numeric: 'auto' });
    format = {
      locale: base.locale,
      number: (n) => number.format(n),
      date: (iso) => base.date(iso),
      relativeDays: (days) => relative.format(days, 'day'),
    };
    cache.set(language, format);
  }
  return format;
}

export function useListFormat(): ListFormat {
  const { i18n } = useTranslation();
  return listFormatFor(i18n.resolvedLanguage ?? i18n.language);
}
