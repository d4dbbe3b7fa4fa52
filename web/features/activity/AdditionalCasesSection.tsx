/** ACT-6: the workspace's additional cases, why each is one, and how many per service. */
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdditionalCase } from '../../../domain/contracts/activity.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { useAdditionalCases } from './api.ts';

export function AdditionalCasesSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const cases = useAdditionalCases(workspaceId, true);
  if (cases.isError) return <LoadError error={cases.error} what={t('activity.loadFailed')} onRetry={cases.refetch} />;
  const columns: ColumnDef<AdditionalCase>[] = [
    { id: 'number', header: t('activity.columns.number'), accessorKey: 'number' },
    { id: 'title', header: t('activity.columns.title'), accessorKey: 'title' },
    { id: 'serviceName', header: t('activity.columns.service'), accessorKey: 'serviceName' },
    { id: 'classification', header: t('activity.columns.classification'), accessorKey: 'classification' },
    { id: 'agreementNumber', header: t('activity.agreement'), accessorKey: 'agreementNumber' },
    {
      id: 'status',
      header: t('activity.status'),
      accessorKey: 'status',
      cell: ({ row }) => t(`activity.statuses.${row.original.status}`),
    },
    {
      id: 'openedAt',
      header: t('activity.columns.opened'),
      accessorKey: 'openedAt',
      cell: ({ row }) => fmt.date(row.original.openedAt),
    },
    {
      id: 'reasons',
      header: t('activity.columns.reasons'),
      enableSorting: false,
      cell: ({ row }) => (
        <Group gap={4}>
          {row.original.reasons.map((r) => (
            <ToneBadge key={r} colour="orange">
              {t(`activity.reasons.${r}`)}
            </ToneBadge>
          ))}
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('activity.additionalHint')}
      </Text>
      <Group gap="xs">
        {(cases.data?.byService ?? []).map((s) => (
          <ToneBadge key={s.serviceName ?? ''} colour="blue">
            {t('activity.byService', { service: s.serviceName ?? t('activity.noService'), count: s.count })}
          </ToneBadge>
        ))}
      </Group>
      <DataTable
        label={t('activity.tabs.additional')}
        columns={columns}
        data={cases.data?.items}
        getRowId={(c) => c.id}
        sortable
        exportName="additional-cases"
        empty={<Text size="sm">{t('activity.noAdditional')}</Text>}
      />
    </Stack>
  );
}
