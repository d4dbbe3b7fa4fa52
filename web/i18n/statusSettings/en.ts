/** Strings of the Customer statuses section of Settings (English, the reference). */
export const statusSettingsEn = {
  title: 'Customer statuses',
  description:
    'When customers show “Expiring soon” and “No recent activity” on the Customers page, for everyone in your organisation.',
  days: 'days',
  expiringSoonDays: { label: 'Expiring soon within', hint: 'A subscription or trial that ends within this many days.' },
  noRecentActivityDays: {
    label: 'No recent activity after',
    hint: 'No customer administrator has signed in to the customer console for this many days.',
  },
  save: 'Save',
  saved: 'Customer status settings saved.',
  failed: 'The settings could not be saved. Try again.',
  onlyFullAdmins: 'Only full administrators change these settings.',
};
