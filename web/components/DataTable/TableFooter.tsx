/** Below a DataTable: the column menu, the export and the paging controls. */
import { ActionIcon, Button, Checkbox, Group, Menu, Popover, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconColumns3, IconDownload } from '@tabler/icons-react';
import type { Table } from '@tanstack/react-table';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format.ts';
import { columnLabel, isExportable } from './columnMeta.ts';
import { type ExportFormat, exportTable } from './exportTable.ts';
import { downloadStreamed, xlsxHrefOf } from './serverExport.ts';

/** Paging controls; the DataTable fills them from its own rows or the caller from the server's pages. */
export interface Paging {
  /** e.g. "1–25 of 230"; empty while nothing shows. */
  range?: string;
  /** The page size and its choices, where the reader may choose. */
  pageSize?: number;
  pageSizes?: readonly number[];
  onPageSize?: (size: number) => void;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function ColumnMenu<Row>({ table }: { table: Table<Row> }) {
  const { t } = useTranslation();
  // Columns of data, the ones that cannot be hidden shown checked and disabled; columns of controls not at all.
  const listed = table.getAllLeafColumns().filter(isExportable);
  const allShown = listed.every((c) => c.getIsVisible());
  return (
    <Popover position="top-start" shadow="md" width={240} trapFocus withinPortal>
      <Popover.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconColumns3 size={16} stroke={1.7} aria-hidden="true" />}
          data-testid="column-menu"
        >
          {t('dataTable.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={8} role="group" aria-label={t('dataTable.columnsLabel')}>
          <Text size="sm" fw={700}>
            {t('dataTable.columnsLabel')}
          </Text>
          {listed.map((column) => (
            <Checkbox
              key={column.id}
              label={columnLabel(column)}
              checked={column.getIsVisible()}
              disabled={!column.getCanHide()}
              onChange={column.getToggleVisibilityHandler()}
              size="sm"
              data-testid={`column-toggle-${column.id}`}
            />
          ))}
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => table.resetColumnVisibility(true)}
            disabled={allShown}
          >
            {t('dataTable.resetColumns')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/**
 * The server's streamed export as CSV or XLSX, downloaded with its progress shown (bytes received so far), as a
 * long export takes a while.
 */
export function ServerExportMenu({ href, label }: { href: string; label?: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [received, setReceived] = useState<number | null>(null);
  const run = (format: ExportFormat) => {
    setReceived(0);
    downloadStreamed(format === 'csv' ? href : xlsxHrefOf(href), setReceived)
      .catch(() => notifications.show({ color: 'red', message: t('dataTable.exportFailed') }))
      .finally(() => setReceived(null));
  };
  return (
    <Group gap="xs" wrap="nowrap">
      <Menu position="top-start" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={16} stroke={1.7} aria-hidden="true" />}
            loading={received !== null}
            data-testid="export-menu"
          >
            {label ?? t('dataTable.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => run('csv')} data-testid="export-csv">
            {t('dataTable.exportCsv')}
          </Menu.Item>
          <Menu.Item onClick={() => run('xlsx')} data-testid="export-xlsx">
            {t('dataTable.exportXlsx')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Text size="xs" c="dimmed" aria-live="polite" data-testid="export-progress">
        {received === null
          ? ''
          : t('dataTable.exportProgress', { size: fmt.number(received / 1024, { maximumFractionDigits: 0 }) })}
      </Text>
    </Group>
  );
}

/** Client-side data: CSV or XLSX made in the browser; server data: the server's CSV or XLSX, streamed. */
export function ExportMenu<Row>({ table, name, href }: { table: Table<Row>; name: string; href?: string }) {
  const { t } = useTranslation();
  const icon = <IconDownload size={16} stroke={1.7} aria-hidden="true" />;
  if (href) return <ServerExportMenu href={href} />;
  const run = (format: ExportFormat) =>
    exportTable(table, name, format).catch(() =>
      notifications.show({ color: 'red', message: t('dataTable.exportFailed') }),
    );
  return (
    <Menu position="top-start" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" leftSection={icon} data-testid="export-menu">
          {t('dataTable.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => run('csv')} data-testid="export-csv">
          {t('dataTable.exportCsv')}
        </Menu.Item>
        <Menu.Item onClick={() => run('xlsx')} data-testid="export-xlsx">
          {t('dataTable.exportXlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function PagingControls({ paging }: { paging: Paging }) {
  const { t } = useTranslation();
  const sizeLabel = useId();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed" data-testid="page-range" aria-live="polite">
        {paging.range}
      </Text>
      {paging.pageSizes && paging.onPageSize ? (
        <>
          <Text size="sm" c="dimmed" id={sizeLabel} ml="xs">
            {t('dataTable.pageSize')}
          </Text>
          <Select
            size="xs"
            w={80}
            data={paging.pageSizes.map((n) => ({ value: String(n), label: String(n) }))}
            value={String(paging.pageSize)}
            onChange={(v) => v && paging.onPageSize?.(Number(v))}
            allowDeselect={false}
            aria-labelledby={sizeLabel}
            comboboxProps={{ withinPortal: true }}
            data-testid="page-size"
          />
        </>
      ) : null}
      <ActionIcon
        variant="default"
        size={30}
        aria-label={t('dataTable.previous')}
        disabled={!paging.canPrevious}
        onClick={paging.onPrevious}
        data-testid="previous-page"
      >
        <IconChevronLeft size={16} aria-hidden="true" />
      </ActionIcon>
      <ActionIcon
        variant="default"
        size={30}
        aria-label={t('dataTable.next')}
        disabled={!paging.canNext}
        onClick={paging.onNext}
        data-testid="next-page"
      >
        <IconChevronRight size={16} aria-hidden="true" />
      </ActionIcon>
    </Group>
  );
}
