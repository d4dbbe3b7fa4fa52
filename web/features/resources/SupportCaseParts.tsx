/** Small parts of the helpdesk screens: a case's status badge and its table (requester's and operators'). */
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportCaseStatus } from '../../../domain/resources.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import type { Messages } from '../../i18n/en.ts';
import { useFormatters } from '../../i18n/format.ts';
import type { SupportCaseSummary } from './api.ts';

const statusColours: Record<SupportCaseStatus, string> = { open: 'orange', answered: 'blue', closed: 'gray' };

export function SupportCaseStatusBadge({ status }: { status: SupportCaseStatus }) {
  const { t } = useTranslation();
  return (
    <ToneBadge colour={statusColours[status]} data-testid="support-case-status">
      {t(`resources.helpdesk.statuses.${status}`)}
    </ToneBadge>
  );
}

export function SupportCaseTable({
  label,
  items,
  onOpen,
  empty,
  forOperators,
  testId,
}: {
  label: string;
  /** Undefined while the first page loads. */
  items: SupportCaseSummary[] | undefined;
  onOpen: (id: string) => void;
  empty: ReactNode;
  /** The queue names the partner and the requester of each case. */
  forOperators: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const c = (key: keyof Messages['resources']['helpdesk']['columns']) => t(`resources.helpdesk.columns.${key}`);
  const columns: ColumnDef<SupportCaseSummary>[] = [
    {
      id: 'reference',
      header: c('reference'),
      accessorFn: (item) => item.reference,
      cell: ({ row: { original: item } }) => (
        <Text
          component="button"
          type="button"
          size="sm"
          fw={600}
          c="var(--mantine-color-anchor)"
          style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer' }}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(item.id);
          }}
          aria-label={t('resources.helpdesk.openCase', { reference: item.reference })}
        >
          {item.reference}
        </Text>
      ),
    },
    {
      id: 'subject',
      header: c('subject'),
      accessorFn: (item) => item.subject,
      meta: { minWidth: 200, wrap: true },
    },
    {
      id: 'product',
      header: c('product'),
      accessorFn: (item) => t(`resources.helpdesk.products.${item.product}`),
    },
    ...(forOperators
      ? ([
          { id: 'partner', header: c('partner'), accessorFn: (item) => item.partner.name },
          { id: 'requester', header: c('requester'), accessorFn: (item) => item.requester.name },
        ] satisfies ColumnDef<SupportCaseSummary>[])
      : []),
    {
      id: 'status',
      header: c('status'),
      accessorFn: (item) => t(`resources.helpdesk.statuses.${item.status}`),
      cell: ({ row }) => <SupportCaseStatusBadge status={row.original.status} />,
    },
    {
      id: 'created',
      header: c('created'),
      accessorFn: (item) => item.createdAt,
      cell: ({ row }) => fmt.date(row.original.createdAt),
      meta: { exportValue: (item) => new Date(item.createdAt) },
    },
    {
      id: 'updated',
      header: c('updated'),
      accessorFn: (item) => item.updatedAt,
      cell: ({ row }) => fmt.date(row.original.updatedAt),
      meta: { exportValue: (item) => new Date(item.updatedAt) },
    },
  ];
  return (
    <DataTable
      label={label}
      columns={columns}
      data={items}
      getRowId={(item) => item.id}
      loading={items === undefined}
      empty={empty}
      onRowClick={(item) => onOpen(item.id)}
      rowTestId="support-case-row"
      rowData={(item) => ({ 'data-reference': item.reference })}
      testId={testId}
      exportName={testId}
    />
  );
}
