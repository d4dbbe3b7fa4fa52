/**
 * The one table of records (UI.md "Tables are the heart"): TanStack Table rendered with Mantine's Table. Dense
 * rows, sticky header, sortable columns (buttons, aria-sort on the header cell), a column menu, CSV/XLSX export,
 * paging, an empty state and skeleton rows while loading. Data held in the browser is sorted and paged here;
 * server-sorted, server-paged data (`sorting` + `paging` given) is sorted and paged by the caller.
 */
import { Group, Skeleton, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import {
  type Column,
  type ColumnDef,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  type PaginationState,
  type SortingState,
  type Updater,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { type MouseEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format.ts';
import { EmptyState } from '../EmptyState.tsx';
import classes from './DataTable.module.css';
import { ColumnMenu, ExportMenu, type Paging, PagingControls } from './TableFooter.tsx';

export type { ColumnDef, SortingState, VisibilityState } from '@tanstack/react-table';
export type { Paging } from './TableFooter.tsx';

const clientPageSizes = [25, 50, 100] as const;

interface DataTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  // biome-ignore lint/suspicious/noExplicitAny: columns of one table hold values of different types
  columns: ColumnDef<Row, any>[];
  /** Undefined while the first data loads (skeleton rows show). */
  data: readonly Row[] | undefined;
  getRowId: (row: Row) => string;
  loading?: boolean;
  /** The rows shown are the previous query's while the next loads: dimmed. */
  stale?: boolean;
  /** Shown in the body when there are no rows. */
  empty?: ReactNode;
  onRowClick?: (row: Row, event: MouseEvent<HTMLTableRowElement>) => void;
  rowClassName?: (row: Row) => string | undefined;
  rowTestId?: string;
  /** Data attributes of a row, for finding a record in it (e.g. a trial's number). */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
  testId?: string;
  /** The sort to start with, for data sorted here. */
  initialSorting?: SortingState;
  /** Server-sorted data: the caller holds the sort and sorts. */
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  /** Server-paged data: the caller's paging. Without it, lists longer than a page are paged here. */
  paging?: Paging;
  /** Hidden columns held by the caller (e.g. remembered in the browser). */
  columnVisibility?: VisibilityState;
  onColumnVisibilityChange?: (visibility: VisibilityState) => void;
  /** Sortable by the reader (off for server data the server orders itself). */
  sortable?: boolean;
  /** Offer the column menu. */
  columnMenu?: boolean;
  /** Offer an export: the file's name without extension (made in the browser)… */
  exportName?: string;
  /** …or the server's CSV of the same query. */
  exportHref?: string;
  /** A long list: the frame has a height and scrolls inside, the header sticking. */
  tall?: boolean;
  skeletonRows?: number;
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

export function DataTable<Row>({
  label,
  columns,
  data,
  getRowId,
  loading = false,
  stale = false,
  empty,
  onRowClick,
  rowClassName,
  rowTestId,
  rowData,
  testId,
  initialSorting = [],
  sorting: serverSorting,
  onSortingChange,
  paging: serverPaging,
  columnVisibility: heldVisibility,
  onColumnVisibilityChange,
  sortable = true,
  columnMenu = false,
  exportName,
  exportHref,
  tall = false,
  skeletonRows = 5,
}: DataTableProps<Row>) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const manual = serverSorting !== undefined;
  const [localSorting, setLocalSorting] = useState<SortingState>(initialSorting);
  const [localVisibility, setLocalVisibility] = useState<VisibilityState>({});
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: clientPageSizes[0] });
  const sorting = serverSorting ?? localSorting;
  const columnVisibility = heldVisibility ?? localVisibility;

  const table = useReactTable<Row>({
    data: (data ?? []) as Row[],
    columns,
    getRowId: (row) => getRowId(row),
    state: { sorting, columnVisibility, ...(serverPaging ? {} : { pagination }) },
    enableSorting: sortable,
    manualSorting: manual,
    manualPagination: Boolean(serverPaging),
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    autoResetPageIndex: false,
    onSortingChange: (updater) => {
      const next = resolve(updater, sorting);
      if (manual) onSortingChange?.(next);
      else setLocalSorting(next);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onColumnVisibilityChange: (updater) => {
      const next = resolve(updater, columnVisibility);
      if (onColumnVisibilityChange) onColumnVisibilityChange(next);
      else setLocalVisibility(next);
    },
    onPaginationChange: setPagination,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: manual ? undefined : getSortedRowModel(),
    getPaginationRowModel: serverPaging ? undefined : getPaginationRowModel(),
  });

  const total = data?.length ?? 0;
  const clientPaged = !serverPaging && total > clientPageSizes[0];
  const firstRow = pagination.pageIndex * pagination.pageSize;
  const paging: Paging | undefined =
    serverPaging ??
    (clientPaged
      ? {
          range: t('dataTable.range', {
            from: fmt.number(firstRow + 1),
            to: fmt.number(Math.min(total, firstRow + pagination.pageSize)),
            total: fmt.number(total),
          }),
          pageSize: pagination.pageSize,
          pageSizes: clientPageSizes,
          onPageSize: table.setPageSize,
          canPrevious: table.getCanPreviousPage(),
          canNext: table.getCanNextPage(),
          onPrevious: table.previousPage,
          onNext: table.nextPage,
        }
      : undefined);
  const showExport = Boolean(exportHref ?? exportName);
  const leafColumns = table.getVisibleLeafColumns();
  const rows = table.getRowModel().rows;

  return (
    <>
      <div className={`${classes.frame} ${tall ? classes.tall : ''}`} data-testid={testId && `${testId}-wrap`}>
        <Table
          stickyHeader
          verticalSpacing={6}
          horizontalSpacing="sm"
          fz="sm"
          className={`${classes.table} ${stale ? classes.stale : ''}`}
          aria-label={label}
          aria-busy={loading || stale}
          data-testid={testId}
        >
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => (
                  <HeaderCell key={header.id} column={header.column}>
                    {header.isPlaceholder ? null : renderPart(header.column.columnDef.header, header.getContext())}
                  </HeaderCell>
                ))}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {loading && !data
              ? Array.from({ length: skeletonRows }, (_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
                  <Table.Tr key={i} data-testid="skeleton-row">
                    {leafColumns.map((column) => (
                      <Table.Td key={column.id} className={stickyClass(column)}>
                        <Skeleton height={14} width="70%" radius="sm" />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : null}
            {data && data.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={leafColumns.length} className={classes.wrap}>
                  {empty ?? <EmptyState title={t('dataTable.empty')} />}
                </Table.Td>
              </Table.Tr>
            ) : null}
            {rows.map((row) => (
              <Table.Tr
                key={row.id}
                className={`${onRowClick ? classes.clickable : ''} ${rowClassName?.(row.original) ?? ''}`}
                onClick={
                  onRowClick
                    ? (event) => {
                        // A click that selected text is not a click on the row.
                        if (window.getSelection()?.toString()) return;
                        onRowClick(row.original, event);
                      }
                    : undefined
                }
                data-testid={rowTestId}
                {...rowData?.(row.original)}
              >
                {row.getVisibleCells().map((cell) => (
                  <Table.Td
                    key={cell.id}
                    ta={cell.column.columnDef.meta?.numeric ? 'right' : undefined}
                    className={`${stickyClass(cell.column) ?? ''} ${cell.column.columnDef.meta?.wrap ? classes.wrap : ''}`}
                  >
                    {renderPart(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {columnMenu || showExport || paging ? (
        <Group justify="space-between" className={classes.footer} wrap="wrap" gap="sm">
          <Group gap="xs" wrap="nowrap">
            {columnMenu ? <ColumnMenu table={table} /> : null}
            {showExport ? <ExportMenu table={table} name={exportName ?? label} href={exportHref} /> : null}
          </Group>
          {paging ? <PagingControls paging={paging} /> : null}
        </Group>
      ) : null}
    </>
  );
}

function stickyClass<Row>(column: Column<Row, unknown>): string | undefined {
  const sticky = column.columnDef.meta?.sticky;
  return sticky === 'left' ? classes.stickyLeft : sticky === 'right' ? classes.stickyRight : undefined;
}

/** A header cell; a sortable column's is a button, its state in aria-sort. */
function HeaderCell<Row>({ column, children }: { column: Column<Row, unknown>; children: ReactNode }) {
  const meta = column.columnDef.meta;
  const common = {
    miw: meta?.minWidth,
    w: meta?.width,
    ta: meta?.numeric ? ('right' as const) : undefined,
    className: stickyClass(column),
  };
  if (!column.getCanSort()) return <Table.Th {...common}>{children}</Table.Th>;
  const sorted = column.getIsSorted();
  const Icon = !sorted ? IconArrowsSort : sorted === 'desc' ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th {...common} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
      <UnstyledButton
        className={classes.sortButton}
        onClick={() => column.toggleSorting(sorted === 'asc')}
        data-sorted={sorted || undefined}
        data-testid={`sort-${column.id}`}
      >
        {children}
        <Icon size={14} stroke={1.8} aria-hidden="true" style={{ opacity: sorted ? 1 : 0.45 }} />
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * A column's header or cell. Its function is called, not mounted as a component (as TanStack's flexRender does):
 * the column definitions are new on every render of the page, and a new component type would replace the cell's
 * elements, losing the focus in them (a dialog could not give it back to the button that opened it).
 * Cells therefore use no hooks.
 */
function renderPart<P>(part: ((props: P) => ReactNode) | ReactNode, props: P): ReactNode {
  return typeof part === 'function' ? part(props) : part;
}
