/**
 * The customer table (CUS-1, UI.md): dense rows, sticky header, sortable columns (aria-sort), the name and the
 * row actions pinned while it scrolls sideways, skeleton rows while loading. Clicking a row opens the customer.
 */
import {
  ActionIcon,
  Anchor,
  Group,
  Skeleton,
  Table,
  Text,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp, IconExternalLink } from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CustomerRow } from '../../../../domain/contracts/customers.ts';
import { BadgeList } from '../../../components/Badges.tsx';
import { type TagWithCount, tagColour, useTags } from '../../tags/api.ts';
import { ExpiryCell, LicenceBar, ManagedByCell } from './Cells.tsx';
import classes from './CustomersList.module.css';
import { type ColumnId, columnSortKey, columnWidth } from './columns.ts';
import { useProductName, useStatusBadges } from './labels.ts';
import { RowTagMenu, type ToggleTag, useToggleTag } from './RowTagMenu.tsx';
import type { Sort } from './urlState.ts';

const SKELETON_ROWS = 10;

export function CustomersTable({
  rows,
  columns,
  sort,
  onSort,
  loading,
  stale,
  canManageTags,
  onManageTags,
  onLaunch,
  launchingId,
  empty,
}: {
  rows: readonly CustomerRow[] | undefined;
  columns: readonly ColumnId[];
  sort: Sort;
  onSort: (column: ColumnId) => void;
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
  const tags = useTags(canManageTags);
  const toggleTag = useToggleTag();

  const header = (column: ColumnId) => {
    const key = columnSortKey[column];
    const sorted = sort.key === key;
    const label = t(`customers.list.columns.${column}`);
    const Icon = !sorted ? IconArrowsSort : sort.desc ? IconArrowDown : IconArrowUp;
    return (
      <Table.Th
        key={column}
        miw={columnWidth[column]}
        aria-sort={sorted ? (sort.desc ? 'descending' : 'ascending') : 'none'}
        className={column === 'name' ? classes.stickyLeft : undefined}
      >
        <UnstyledButton
          className={classes.sortButton}
          onClick={() => onSort(column)}
          data-sorted={sorted || undefined}
          data-testid={`sort-${column}`}
        >
          {label}
          <Icon size={14} stroke={1.8} aria-hidden="true" style={{ opacity: sorted ? 1 : 0.45 }} />
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <div className={classes.tableWrap} data-testid="customer-table-wrap">
      <Table
        stickyHeader
        verticalSpacing={6}
        horizontalSpacing="sm"
        fz="sm"
        className={`${classes.table} ${stale ? classes.stale : ''}`}
        aria-busy={loading || stale}
        aria-label={t('customers.list.tableLabel')}
        data-testid="customer-table"
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map(header)}
            <Table.Th className={classes.stickyRight} w={canManageTags ? 92 : 56}>
              <VisuallyHidden>{t('customers.list.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && !rows
            ? Array.from({ length: SKELETON_ROWS }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
                <Table.Tr key={i} data-testid="skeleton-row">
                  {columns.map((column) => (
                    <Table.Td key={column} className={column === 'name' ? classes.stickyLeft : undefined}>
                      <Skeleton
                        height={column === 'name' ? 28 : 14}
                        width={column === 'name' ? '80%' : '60%'}
                        radius="sm"
                      />
                    </Table.Td>
                  ))}
                  <Table.Td className={classes.stickyRight}>
                    <Skeleton height={20} width={20} radius="sm" />
                  </Table.Td>
                </Table.Tr>
              ))
            : null}
          {rows && rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length + 1} style={{ cursor: 'default' }}>
                {empty}
              </Table.Td>
            </Table.Tr>
          ) : null}
          {rows?.map((row) => (
            <CustomerTableRow
              key={row.id}
              row={row}
              columns={columns}
              tags={canManageTags ? tags.data : undefined}
              onToggleTag={toggleTag}
              onManageTags={onManageTags}
              onLaunch={onLaunch}
              launching={launchingId === row.id}
            />
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/**
 * One customer. Memoised: while a filter, the page or the count changes, unchanged rows are not rendered again
 * (a row holds a few dozen Mantine components; fifty of them add up).
 */
const CustomerTableRow = memo(function CustomerTableRow({
  row,
  columns,
  tags,
  onToggleTag,
  onManageTags,
  onLaunch,
  launching,
}: {
  row: CustomerRow;
  columns: readonly ColumnId[];
  /** The partner's tags when the user may manage tags (TAG-2); undefined hides the tag menu. */
  tags: readonly TagWithCount[] | undefined;
  onToggleTag: ToggleTag;
  onManageTags: () => void;
  onLaunch: (row: CustomerRow) => void;
  launching: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const badges = useStatusBadges();
  const productName = useProductName();
  const path = `/customers/${encodeURIComponent(row.id)}`;

  const cell = (column: ColumnId, row: CustomerRow): ReactNode => {
    switch (column) {
      case 'name':
        return (
          <div className={classes.nameCell}>
            <Anchor
              component={Link}
              to={path}
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
        );
      case 'statuses':
        return <BadgeList items={badges.customer(row.statuses)} max={2} />;
      case 'provisioning':
        return <BadgeList items={badges.provisioning(row.provisioningStatus)} />;
      case 'subscriptionStatus':
        return <BadgeList items={badges.subscription(row.subscriptionStatuses)} max={1} />;
      case 'products':
        return (
          <BadgeList items={row.products.map((p) => ({ key: p, label: productName(p), colour: 'gray' }))} max={2} />
        );
      case 'managedBy':
        return <ManagedByCell row={row} />;
      case 'tags':
        return (
          <BadgeList
            items={row.tags.map((tag) => ({ key: tag.id, label: tag.name, colour: tagColour(tag.colour) }))}
            maxChars={18}
            max={2}
          />
        );
      case 'licences':
        return <LicenceBar licences={row.licences} />;
      case 'nextExpiry':
        return <ExpiryCell row={row} />;
    }
  };

  return (
    <Table.Tr
      className={classes.row}
      onClick={(e) => {
        // A click that selected text is not a click on the row.
        if (window.getSelection()?.toString()) return;
        if (e.metaKey || e.ctrlKey) window.open(path, '_blank');
        else navigate(path);
      }}
      data-testid="customer-row"
    >
      {columns.map((column) => (
        <Table.Td key={column} className={column === 'name' ? classes.stickyLeft : undefined}>
          {cell(column, row)}
        </Table.Td>
      ))}
      <Table.Td className={classes.stickyRight}>
        <Group gap={2} wrap="nowrap" justify="flex-end">
          {tags ? <RowTagMenu row={row} tags={tags} onToggle={onToggleTag} onManageTags={onManageTags} /> : null}
          <Tooltip label={t('customers.list.row.launch')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('customers.list.row.launchNamed', { name: row.name })}
              loading={launching}
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
      </Table.Td>
    </Table.Tr>
  );
});
