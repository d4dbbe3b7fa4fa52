/**
 * ROL-3: a customer's support agreements on its detail page, read-only, for its partners; vendor operators also
 * set up the customer's support here (ACT-1).
 */
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CustomerAgreementsResponse, Entitlement } from '../../../domain/contracts/activity.ts';
import { api } from '../../api/client.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { SupportSetupPanel } from './SupportSetupPanel.tsx';

export function CustomerAgreementsTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const agreements = useQuery({
    queryKey: ['customers', customerId, 'agreements'],
    queryFn: ({ signal }) =>
      api.get<CustomerAgreementsResponse>(`/api/v1/customers/${customerId}/agreements`, { signal }),
  });
  if (agreements.isError) {
    return <LoadError error={agreements.error} what={t('activity.loadFailed')} onRetry={agreements.refetch} />;
  }
  const amount = (n: number | null) => (n === null ? '—' : fmt.number(n));
  const columns: ColumnDef<Entitlement>[] = [
    { id: 'name', header: t('activity.columns.entitlement'), accessorKey: 'name' },
    {
      id: 'kind',
      header: t('activity.columns.kind'),
      accessorKey: 'kind',
      cell: ({ row }) => t(`activity.kinds.${row.original.kind}`),
    },
    { id: 'unit', header: t('activity.columns.unit'), accessorKey: 'unit' },
    { id: 'bought', header: t('activity.columns.bought'), cell: ({ row }) => amount(row.original.bought) },
    { id: 'consumed', header: t('activity.columns.consumed'), cell: ({ row }) => amount(row.original.consumed) },
    { id: 'remaining', header: t('activity.columns.remaining'), cell: ({ row }) => amount(row.original.remaining) },
  ];
  const data = agreements.data;
  return (
    <Stack gap="md" data-testid="customer-agreements">
      {session.permissions.manageSupportSetup ? (
        <SupportSetupPanel customerId={customerId} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('activity.agreementsHint')}
        </Text>
      )}
      {data && data.agreements.length === 0 ? <Text size="sm">{t('activity.noAgreements')}</Text> : null}
      {(data?.agreements ?? []).map((a) => (
        <Paper key={a.id} withBorder p="sm">
          <Title order={3} fz="md" mb="xs">
            {a.number} · {a.name} ·{' '}
            {t('activity.period', { from: fmt.calendarDay(a.startsOn), to: fmt.calendarDay(a.endsOn) })}{' '}
            <ToneBadge colour={a.active ? 'green' : 'gray'}>
              {t(`activity.packageStatuses.${a.active ? 'active' : 'inactive'}`)}
            </ToneBadge>
          </Title>
          {a.packages.map((p) => (
            <Stack key={p.id} gap={4} mb="sm">
              <Text fw={600} size="sm">
                {p.name} · {t('activity.expires', { date: fmt.calendarDay(p.endsOn) })}
              </Text>
              <DataTable
                label={`${a.number} ${p.name}`}
                columns={columns}
                data={p.entitlements}
                getRowId={(e) => e.id}
              />
            </Stack>
          ))}
        </Paper>
      ))}
    </Stack>
  );
}
