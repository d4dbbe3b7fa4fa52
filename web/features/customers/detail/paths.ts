/** Addresses of the customer detail page, its tabs and the customer console (bookmarkable, UI.md). */

export const detailTabs = ['overview', 'subscriptions', 'trials', 'admins', 'agreements', 'activity'] as const;
export type DetailTab = (typeof detailTabs)[number];
export const isDetailTab = (value: string | null | undefined): value is DetailTab =>
  detailTabs.includes(value as DetailTab);

export const customerPath = (id: string, tab: DetailTab = 'overview') =>
  `/customers/${encodeURIComponent(id)}${tab === 'overview' ? '' : `/${tab}`}`;

export const consolePath = (id: string) => `/customers/${encodeURIComponent(id)}/console`;
