/** The console's sections, shared by the customer's own navigation and the partner's tabs. */
export const consoleSections = ['overview', 'licences', 'users', 'trial-requests'] as const;
export type ConsoleSection = (typeof consoleSections)[number];
export const isConsoleSection = (value: string | null | undefined): value is ConsoleSection =>
  consoleSections.includes(value as ConsoleSection);

/** The section's address under `base` (/console for customers, /customers/:id/console for partners). */
export const sectionPath = (base: string, section: ConsoleSection) =>
  section === 'overview' ? base : `${base}/${section}`;
