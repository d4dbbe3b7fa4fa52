/** The audit log as a table (NOT-4): newest first as the server sends it; a row opens the entry's drawer. */
import { Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { useDateTime } from '../sent-mail/dateTime.ts';
import type { AuditLogEntry } from './api.ts';

export function AuditLogTable({
  items,
  openId,
  onOpen,
  empty,
  exportHref,
}: {
  /** Undefined while the first page loads. */
  items: AuditLogEntry[] | undefined;
  openId: string | null;
  onOpen: (id: string) => void;
  empty: ReactNode;
  /** The server's CSV of the filtered log. */
  exportHref: string;
}) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const columns: ColumnDef<AuditLogEntry>[] = [
    {
      id: 'at',
      header: t('auditLog.columns.at'),
      accessorFn: (entry) => entry.at,
      cell: ({ row: { original: entry } }) => (
        <UnstyledButton
          fz="sm"
          onClick={(event) => {
            event.stopPropagation();
            onOpen(entry.id);
          }}
          aria-label={t('auditLog.openEntry', { action: entry.action, at: dateTime(entry.at) })}
        >
          {dateTime(entry.at)}
        </UnstyledButton>
      ),
    },
    {
      id: 'actor',
      header: t('auditLog.columns.actor'),
      accessorFn: (entry) => entry.actor?.name ?? t('auditLog.system'),
      cell: ({ row: { original: entry } }) =>
        entry.actor ? (
          <Text size="sm" truncate="end" maw={220} title={entry.actor.email}>
            {entry.actor.name}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('auditLog.system')}
          </Text>
        ),
    },
    {
      id: 'action',
      header: t('auditLog.columns.action'),
      accessorFn: (entry) => entry.action,
      cell: ({ getValue }) => (
        <Text size="sm" ff="monospace">
          {getValue<string>()}
        </Text>
      ),
    },
    {
      id: 'target',
      header: t('auditLog.columns.target'),
      accessorFn: (entry) => `${entry.targetType} ${entry.targetId}`,
      cell: ({ row: { original: entry } }) => (
        <Text size="sm" truncate="end" maw={260} title={entry.targetId}>
          {entry.targetType} ·{' '}
          <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{entry.targetId}</span>
        </Text>
      ),
    },
    {
      id: 'organisation',
      header: t('auditLog.columns.organisation'),
      accessorFn: (entry) => entry.organisation.name,
    },
  ];
  return (
    <DataTable
      label={t('auditLog.title')}
      columns={columns}
      data={items}
      getRowId={(entry) => entry.id}
      loading={items === undefined}
      empty={empty}
      onRowClick={(entry) => onOpen(entry.id)}
      rowData={(entry): Record<`data-${string}`, string> => (entry.id === openId ? { 'data-selected': 'true' } : {})}
      rowTestId="audit-row"
      testId="audit-table"
      sortable={false}
      columnMenu
      exportHref={exportHref}
      tall
    />
  );
}
