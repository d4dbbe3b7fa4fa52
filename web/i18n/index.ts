/**
 * i18next set-up: English, Danish, Norwegian bokmål and Hungarian. The language is chosen per user and
 * saved on the server (PATCH /api/v1/me); before sign-in the last language used in this browser is kept in
 * localStorage. The `lang` attribute of <html> follows the language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../domain/contracts/common.ts';
import { da } from './da.ts';
import { en } from './en.ts';
import { hu } from './hu.ts';
import { nb } from './nb.ts';

export const supportedLocales = ['en', 'da', 'nb', 'hu'] as const satisfies readonly Locale[];

/** Language names are shown in their own language, whatever the current language is. */
export const languageNames: Record<Locale, string> = {
  en: 'English',
  da: 'Dansk',
  nb: 'Norsk bokmål',
  hu: 'Magyar',
};

/** The Intl locale used for dates and numbers of each language. */
export const intlLocales: Record<Locale, string> = {
  en: 'en-GB',
  da: 'da-DK',
  nb: 'nb-NO',
  hu: 'hu-HU',
};

const STORAGE_KEY = 'channel-hub.locale';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);

function initialLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage may be unavailable (private mode); fall through
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'no' || base === 'nn') return 'nb';
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function currentLocale(): Locale {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return isLocale(lng) ? lng : 'en';
}

/** Switches the UI language and remembers it for the next visit of the sign-in page. */
export async function switchLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // ignore
  }
  if (currentLocale() !== locale || i18next.language !== locale) await i18next.changeLanguage(locale);
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = isLocale(lng) ? lng : 'en';
});

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    da: { translation: da },
    nb: { translation: nb },
    hu: { translation: hu },
  },
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: [...supportedLocales],
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

document.documentElement.lang = currentLocale();

export { i18next };
