/** The outbox as a table (NOT-1): newest first as the server sends it; a row opens the message in the drawer. */
import { Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { useFormatters } from '../../i18n/format.ts';
import type { SentMailItem } from './api.ts';
import { useDateTime } from './dateTime.ts';
import { SentMailStatusBadge } from './SentMailStatusBadge.tsx';

export function SentMailTable({
  items,
  openId,
  onOpen,
  smtpConfigured,
  empty,
}: {
  /** Undefined while the first page loads. */
  items: SentMailItem[] | undefined;
  openId: string | null;
  onOpen: (id: string) => void;
  smtpConfigured: boolean;
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const dateTime = useDateTime();
  const columns: ColumnDef<SentMailItem>[] = [
    {
      id: 'time',
      header: t('sentMail.columns.time'),
      accessorFn: (item) => item.createdAt,
      cell: ({ row }) => dateTime(row.original.createdAt),
    },
    {
      id: 'to',
      header: t('sentMail.columns.to'),
      accessorFn: (item) => item.to,
      cell: ({ row: { original: item } }) => (
        <UnstyledButton
          fz="sm"
          title={item.to}
          maw={220}
          style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' }}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(item.id);
          }}
          aria-label={t('sentMail.openMessage', { to: item.to })}
        >
          {item.to}
        </UnstyledButton>
      ),
    },
    {
      id: 'subject',
      header: t('sentMail.columns.subject'),
      accessorFn: (item) => item.subject,
      cell: ({ getValue }) => (
        <Text size="sm" truncate="end" maw={360} title={getValue<string>()}>
          {getValue<string>()}
        </Text>
      ),
    },
    {
      id: 'template',
      header: t('sentMail.columns.template'),
      accessorFn: (item) => item.template,
      cell: ({ getValue }) => (
        <Text size="xs" ff="monospace" c="dimmed" truncate="end" maw={200}>
          {getValue<string>()}
        </Text>
      ),
    },
    {
      id: 'language',
      header: t('sentMail.columns.language'),
      accessorFn: (item) => t(`sentMail.languages.${item.locale}`),
    },
    {
      id: 'status',
      header: t('sentMail.columns.status'),
      accessorFn: (item) => item.status,
      cell: ({ row }) => <SentMailStatusBadge item={row.original} smtpConfigured={smtpConfigured} />,
    },
    {
      id: 'attempts',
      header: t('sentMail.columns.attempts'),
      accessorFn: (item) => item.attempts,
      meta: { numeric: true },
      cell: ({ getValue }) => fmt.number(getValue<number>()),
    },
  ];
  return (
    <DataTable
      label={t('sentMail.title')}
      columns={columns}
      data={items}
      getRowId={(item) => item.id}
      loading={items === undefined}
      empty={empty}
      onRowClick={(item) => onOpen(item.id)}
      rowData={(item): Record<`data-${string}`, string> => (item.id === openId ? { 'data-selected': 'true' } : {})}
      rowTestId="sent-mail-row"
      testId="sent-mail-table"
      columnMenu
      exportName="sent-mail"
      tall
    />
  );
}
