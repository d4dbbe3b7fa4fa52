import 'i18next';
import type { en } from './en.ts';

// Typed translation keys: t('areas.customers.title') is checked by tsc.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
