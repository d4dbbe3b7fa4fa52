/** The table's columns (CUS-1), which of them the user hides (remembered in this browser), and their sort keys. */
import { useLocalStorage } from '@mantine/hooks';
import type { VisibilityState } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { CustomerSortKey } from '../../../../domain/contracts/customers.ts';

export const optionalColumns = [
  'statuses',
  'provisioning',
  'subscriptionStatus',
  'products',
  'managedBy',
  'tags',
  'licences',
  'nextExpiry',
] as const;
type OptionalColumn = (typeof optionalColumns)[number];
export type ColumnId = 'name' | OptionalColumn;

export const columnSortKey: Record<ColumnId, CustomerSortKey> = {
  name: 'name',
  statuses: 'status',
  provisioning: 'provisioning',
  subscriptionStatus: 'subscriptionStatus',
  products: 'products',
  managedBy: 'managedBy',
  tags: 'tags',
  licences: 'licences',
  nextExpiry: 'nextExpiry',
};

/** Minimum widths in px, so the table scrolls sideways on a narrow screen instead of squeezing. */
export const columnWidth: Record<ColumnId, number> = {
  name: 220,
  statuses: 140,
  provisioning: 120,
  subscriptionStatus: 150,
  products: 140,
  managedBy: 130,
  tags: 110,
  licences: 130,
  nextExpiry: 170,
};

const STORAGE_KEY = 'channel-hub.customers.hidden-columns';

/** Hidden columns as the table's column visibility, kept in localStorage; unknown ids from an older version are ignored. */
export function useColumnVisibility() {
  const [hidden, setHidden] = useLocalStorage<string[]>({
    key: STORAGE_KEY,
    defaultValue: [],
    getInitialValueInEffect: false,
  });
  const key = hidden.join(',');
  // Stable while the choice does not change, so the table is not rendered again for nothing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `hidden`
  const visibility = useMemo<VisibilityState>(
    () =>
      Object.fromEntries(
        hidden.filter((c) => (optionalColumns as readonly string[]).includes(c)).map((c) => [c, false]),
      ),
    [key],
  );
  const setVisibility = (next: VisibilityState) =>
    setHidden(optionalColumns.filter((column) => next[column] === false));
  return { visibility, setVisibility };
}
