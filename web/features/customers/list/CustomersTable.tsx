/**
 * The customer table (CUS-1, UI.md) on the shared DataTable: sorted and paged by the server through the URL
 * state, the name and the row actions pinned while it scrolls sideways. Clicking a row opens the customer.
 */
import { ActionIcon, Anchor, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CustomerRow } from '../../../../domain/contracts/customers.ts';
import { BadgeList } from '../../../components/Badges.tsx';
import { type ColumnDef, DataTable, type Paging, type SortingState } from '../../../components/DataTable/DataTable.tsx';
import { useProductName } from '../../catalogue/api.ts';
import { tagColour, useTags } from '../../tags/api.ts';
import { ExpiryCell, LicenceBar, ManagedByCell } from './Cells.tsx';
import classes from './CustomersList.module.css';
import { type ColumnId, columnSortKey, columnWidth, optionalColumns, useColumnVisibility } from './columns.ts';
import { useStatusBadges } from './labels.ts';
import { RowTagMenu, useToggleTag } from './RowTagMenu.tsx';
import type { Sort } from './urlState.ts';

/** Each column's value (the server sorts by it; the table needs one to offer the column in its menu). */
const columnValue: Record<ColumnId, (row: CustomerRow) => unknown> = {
  name: (row) => row.name,
  statuses: (row) => row.statuses,
  provisioning: (row) => row.provisioningStatus,
  subscriptionStatus: (row) => row.subscriptionStatuses,
  products: (row) => row.products,
  managedBy: (row) => row.managedBy,
  tags: (row) => row.tags.map((tag) => tag.name),
  licences: (row) => row.licences.total,
  nextExpiry: (row) => row.nextExpiry,
};

const customerPath = (row: CustomerRow) => `/customers/${encodeURIComponent(row.id)}`;

export function CustomersTable({
  rows,
  sort,
  onSort,
  paging,
  exportHref,
  loading,
  stale,
  canManageTags,
  onManageTags,
  onLaunch,
  launchingId,
  empty,
}: {
  rows: readonly CustomerRow[] | undefined;
  sort: Sort;
  onSort: (sort: Sort) => void;
  paging: Paging;
  /** The server's CSV of the same query. */
  exportHref: string;
  loading: boolean;
  stale: boolean;
  canManageTags: boolean;
  onManageTags: () => void;
  onLaunch: (row: CustomerRow) => void;
  launchingId: string | null;
  /** Shown in the body when there are no rows. */
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tags = useTags(canManageTags);
  const toggleTag = useToggleTag();
  const badges = useStatusBadges();
  const productName = useProductName();
  const { visibility, setVisibility } = useColumnVisibility();

  const columns = useMemo(() => {
    const tagList = canManageTags ? tags.data : undefined;
    const cells: Record<ColumnId, (row: CustomerRow) => ReactNode> = {
      name: (row) => (
        <div className={classes.nameCell}>
          <Anchor
            component={Link}
            to={customerPath(row)}
            className={classes.nameLink}
            size="sm"
            underline="hover"
            onClick={(e) => e.stopPropagation()}
            title={row.name}
            data-testid="customer-row-name"
          >
            {row.name}
          </Anchor>
          <Text size="xs" c="dimmed" truncate="end">
            {row.adminEmail ?? t('customers.list.row.noAdminEmail')}
          </Text>
        </div>
      ),
      statuses: (row) => <BadgeList items={badges.customer(row.statuses)} max={2} />,
      provisioning: (row) => <BadgeList items={badges.provisioning(row.provisioningStatus)} />,
      subscriptionStatus: (row) => <BadgeList items={badges.subscription(row.subscriptionStatuses)} max={1} />,
      products: (row) => (
        <BadgeList items={row.products.map((p) => ({ key: p, label: productName(p), colour: 'gray' }))} max={2} />
      ),
      managedBy: (row) => <ManagedByCell row={row} />,
      tags: (row) => (
        <BadgeList
          items={row.tags.map((tag) => ({ key: tag.id, label: tag.name, colour: tagColour(tag.colour) }))}
          maxChars={18}
          max={2}
        />
      ),
      licences: (row) => <LicenceBar licences={row.licences} />,
      nextExpiry: (row) => <ExpiryCell row={row} />,
    };
    const data: ColumnDef<CustomerRow>[] = (['name', ...optionalColumns] as const).map((id) => ({
      id,
      header: t(`customers.list.columns.${id}`),
      accessorFn: columnValue[id],
      cell: ({ row }) => cells[id](row.original),
      enableHiding: id !== 'name',
      meta: { minWidth: columnWidth[id], sticky: id === 'name' ? 'left' : undefined },
    }));
    const actions: ColumnDef<CustomerRow> = {
      id: 'actions',
      header: () => <VisuallyHidden>{t('customers.list.columns.actions')}</VisuallyHidden>,
      enableHiding: false,
      meta: { sticky: 'right', width: canManageTags ? 92 : 56 },
      cell: ({ row: { original: row } }) => (
        <Group gap={2} wrap="nowrap" justify="flex-end">
          {tagList ? <RowTagMenu row={row} tags={tagList} onToggle={toggleTag} onManageTags={onManageTags} /> : null}
          <Tooltip label={t('customers.list.row.launch')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('customers.list.row.launchNamed', { name: row.name })}
              loading={launchingId === row.id}
              onClick={(e) => {
                e.stopPropagation();
                onLaunch(row);
              }}
              data-testid="launch-customer"
            >
              <IconExternalLink size={18} stroke={1.7} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    };
    return [...data, actions];
  }, [t, badges, productName, canManageTags, tags.data, toggleTag, onManageTags, onLaunch, launchingId]);

  const sorting: SortingState = (Object.keys(columnSortKey) as ColumnId[])
    .filter((column) => columnSortKey[column] === sort.key)
    .map((id) => ({ id, desc: sort.desc }));

  return (
    <DataTable
      label={t('customers.list.tableLabel')}
      columns={columns}
      data={rows}
      getRowId={(row) => row.id}
      loading={loading}
      stale={stale}
      empty={empty}
      sorting={sorting}
      onSortingChange={(next) => {
        const first = next[0];
        if (first) onSort({ key: columnSortKey[first.id as ColumnId], desc: first.desc });
      }}
      paging={paging}
      columnVisibility={visibility}
      onColumnVisibilityChange={setVisibility}
      columnMenu
      exportHref={exportHref}
      onRowClick={(row, e) => {
        const path = customerPath(row);
        if (e.metaKey || e.ctrlKey) window.open(path, '_blank');
        else navigate(path);
      }}
      rowTestId="customer-row"
      testId="customer-table"
      tall
      skeletonRows={10}
    />
  );
}
