import type { Messages } from '../en.ts';

export const statusSettingsDa: Messages['statusSettings'] = {
  title: 'Kundestatusser',
  description:
    'Hvornår kunder vises som “Udløber snart” og “Ingen nylig aktivitet” på siden Kunder, for alle i din organisation.',
  days: 'dage',
  expiringSoonDays: {
    label: 'Udløber snart inden for',
    hint: 'Et abonnement eller en prøveversion, der slutter inden for så mange dage.',
  },
  noRecentActivityDays: {
    label: 'Ingen nylig aktivitet efter',
    hint: 'Ingen kundeadministrator har logget på kundekonsollen i så mange dage.',
  },
  save: 'Gem',
  saved: 'Indstillingerne for kundestatus er gemt.',
  failed: 'Indstillingerne kunne ikke gemmes. Prøv igen.',
  onlyFullAdmins: 'Kun fulde administratorer ændrer disse indstillinger.',
};
