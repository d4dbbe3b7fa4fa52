import type { Messages } from '../en.ts';

export const statusSettingsNb: Messages['statusSettings'] = {
  title: 'Kundestatuser',
  description:
    'Når kunder vises som «Utløper snart» og «Ingen nylig aktivitet» på Kunder-siden, for alle i organisasjonen din.',
  days: 'dager',
  expiringSoonDays: {
    label: 'Utløper snart innen',
    hint: 'Et abonnement eller en prøveversjon som slutter innen så mange dager.',
  },
  noRecentActivityDays: {
    label: 'Ingen nylig aktivitet etter',
    hint: 'Ingen kundeadministrator har logget på kundekonsollen på så mange dager.',
  },
  save: 'Lagre',
  saved: 'Innstillingene for kundestatus er lagret.',
  failed: 'Innstillingene kunne ikke lagres. Prøv igjen.',
  onlyFullAdmins: 'Bare fullstendige administratorer endrer disse innstillingene.',
};
