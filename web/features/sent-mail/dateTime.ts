/** Date and time of a message ("21 Nov 2026, 09:14") in the user's locale and time zone. */
import { useMemo } from 'react';
import { useFormatters } from '../../i18n/format.ts';

export function useDateTime(): (iso: string | null | undefined) => string {
  const { locale } = useFormatters();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso) => (iso ? format.format(new Date(iso)) : '—');
  }, [locale]);
}
