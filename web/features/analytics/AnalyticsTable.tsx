/** A sortable, paged analytics table with its CSV export (UI.md tables; X-2). */
import { ActionIcon, Button, Group, Select, Skeleton, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowsSort,
  IconArrowUp,
  IconChevronLeft,
  IconChevronRight,
  IconDownload,
  IconTableOff,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format.ts';
import classes from './analytics.module.css';
import type { TableState } from './api.ts';

export interface Column<Row> {
  /** The sort key of the column (the contract's column id). */
  id: string;
  label: string;
  numeric?: boolean;
  render: (row: Row) => ReactNode;
}

const pageSizes = ['10', '25', '50', '100'];

export function AnalyticsTable<Row>({
  name,
  columns,
  rows,
  total,
  state,
  onChange,
  loading,
  stale,
  csvHref,
  rowKey,
}: {
  name: string;
  columns: Column<Row>[];
  rows: Row[] | undefined;
  total: number;
  state: TableState;
  onChange: (next: TableState) => void;
  loading: boolean;
  stale: boolean;
  csvHref: string;
  rowKey: (row: Row) => string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const sortKey = state.sort.replace(/^-/, '');
  const descending = state.sort.startsWith('-');
  const from = total === 0 ? 0 : (state.page - 1) * state.pageSize + 1;
  const to = Math.min(total, state.page * state.pageSize);
  const lastPage = Math.max(1, Math.ceil(total / state.pageSize));

  const sortBy = (id: string) => onChange({ ...state, page: 1, sort: sortKey === id && !descending ? `-${id}` : id });

  return (
    <Stack gap="xs">
      <div className={classes.tableWrap}>
        <Table
          stickyHeader
          verticalSpacing={6}
          horizontalSpacing="sm"
          fz="sm"
          striped
          highlightOnHover
          aria-label={name}
          aria-busy={loading || stale}
          className={stale ? classes.stale : undefined}
          data-testid="analytics-table"
        >
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => {
                const sorted = sortKey === column.id;
                const Icon = !sorted ? IconArrowsSort : descending ? IconArrowDown : IconArrowUp;
                return (
                  <Table.Th
                    key={column.id}
                    aria-sort={sorted ? (descending ? 'descending' : 'ascending') : 'none'}
                    ta={column.numeric ? 'right' : undefined}
                  >
                    <UnstyledButton
                      className={classes.sortButton}
                      onClick={() => sortBy(column.id)}
                      data-sorted={sorted || undefined}
                      data-testid={`sort-${column.id}`}
                      aria-label={t('analytics.table.sortBy', { column: column.label })}
                    >
                      {column.label}
                      <Icon size={14} stroke={1.8} aria-hidden="true" style={{ opacity: sorted ? 1 : 0.45 }} />
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading && !rows
              ? Array.from({ length: 5 }, (_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
                  <Table.Tr key={i}>
                    {columns.map((column) => (
                      <Table.Td key={column.id}>
                        <Skeleton height={12} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : null}
            {rows && rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Stack align="center" gap={4} py="lg">
                    <IconTableOff size={28} stroke={1.5} aria-hidden="true" style={{ opacity: 0.5 }} />
                    <Text fw={500}>{t('analytics.table.empty')}</Text>
                    <Text size="sm" c="dimmed">
                      {t('analytics.table.emptyHint')}
                    </Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {rows?.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.id} ta={column.numeric ? 'right' : undefined} className={classes.cell}>
                    {column.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Button
          component="a"
          href={csvHref}
          download
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden="true" />}
          aria-label={t('analytics.table.exportLabel', { name })}
          data-testid="export-csv"
        >
          {t('analytics.table.export')}
        </Button>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c="dimmed" data-testid="table-range">
            {t('analytics.table.rows', { from: fmt.number(from), to: fmt.number(to), total: fmt.number(total) })}
          </Text>
          <Select
            aria-label={t('analytics.table.pageSize')}
            data={pageSizes}
            value={String(state.pageSize)}
            onChange={(v) => onChange({ ...state, page: 1, pageSize: Number(v ?? 25) })}
            size="xs"
            w={76}
            allowDeselect={false}
          />
          <ActionIcon
            variant="default"
            aria-label={t('analytics.table.previous')}
            disabled={state.page <= 1}
            onClick={() => onChange({ ...state, page: state.page - 1 })}
          >
            <IconChevronLeft size={16} aria-hidden="true" />
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={t('analytics.table.next')}
            disabled={state.page >= lastPage}
            onClick={() => onChange({ ...state, page: state.page + 1 })}
          >
            <IconChevronRight size={16} aria-hidden="true" />
          </ActionIcon>
        </Group>
      </Group>
    </Stack>
  );
}
