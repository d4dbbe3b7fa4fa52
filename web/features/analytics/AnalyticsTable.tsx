/** A server-sorted, server-paged analytics table with the server's CSV export (UI.md tables; X-2). */
import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useFormatters } from '../../i18n/format.ts';
import type { TableState } from './api.ts';

export interface Column<Row> {
  /** The sort key of the column (the contract's column id). */
  id: string;
  label: string;
  numeric?: boolean;
  render: (row: Row) => ReactNode;
}

const pageSizes = [10, 25, 50, 100] as const;

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
  const from = total === 0 ? 0 : (state.page - 1) * state.pageSize + 1;
  const to = Math.min(total, state.page * state.pageSize);
  const lastPage = Math.max(1, Math.ceil(total / state.pageSize));
  const definitions = useMemo(
    () =>
      columns.map(
        (column): ColumnDef<Row> => ({
          id: column.id,
          header: column.label,
          // The server sorts by the column's id; the value only makes the column sortable here.
          accessorFn: () => column.id,
          cell: ({ row }) => column.render(row.original),
          meta: { numeric: column.numeric },
        }),
      ),
    [columns],
  );

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <DataTable
        label={name}
        columns={definitions}
        data={rows}
        getRowId={rowKey}
        loading={loading}
        stale={stale}
        testId="analytics-table"
        empty={<EmptyState title={t('analytics.table.empty')} body={t('analytics.table.emptyHint')} />}
        sorting={[{ id: state.sort.replace(/^-/, ''), desc: state.sort.startsWith('-') }]}
        onSortingChange={(next) => {
          const first = next[0];
          if (first) onChange({ ...state, page: 1, sort: first.desc ? `-${first.id}` : first.id });
        }}
        paging={{
          range: t('dataTable.range', { from: fmt.number(from), to: fmt.number(to), total: fmt.number(total) }),
          pageSize: state.pageSize,
          pageSizes,
          onPageSize: (pageSize) => onChange({ ...state, page: 1, pageSize }),
          canPrevious: state.page > 1,
          canNext: state.page < lastPage,
          onPrevious: () => onChange({ ...state, page: state.page - 1 }),
          onNext: () => onChange({ ...state, page: state.page + 1 }),
        }}
        exportHref={csvHref}
      />
    </Paper>
  );
}
