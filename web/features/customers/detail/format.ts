/** Formatting the detail page needs beyond i18n/format.ts: country names and "date (in N days)". */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format.ts';
import { daysUntil } from '../list/Cells.tsx';

/** "Denmark" for DK in English, "Danmark" in Danish; the code itself when the browser does not know it. */
export function countryName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** UI.md: dates as "12 Dec 2026 (in 21 days)", relative to the session's (demo) clock. */
export function useDateWithDays(now: string): (iso: string) => string {
  const fmt = useFormatters();
  const { t } = useTranslation();
  return useCallback(
    (iso: string) => {
      const relative = new Intl.RelativeTimeFormat(fmt.locale, { numeric: 'auto' }).format(daysUntil(iso, now), 'day');
      return t('customers.list.row.expiry', { date: fmt.date(iso), relative });
    },
    [fmt, now, t],
  );
}
