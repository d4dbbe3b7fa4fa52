/**
 * For distributors (TRI-13): trial conversions their tier-2 partners sent, each completed here into an order.
 * Nothing shows when none waits.
 */
import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { useProductName } from '../catalogue/api.ts';
import { completeConversion, refreshAfterTrialChange, usePendingConversions } from './api.ts';

export function PendingConversions() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const queryClient = useQueryClient();
  const conversions = usePendingConversions(true);
  const complete = useMutation({
    mutationFn: completeConversion,
    onSuccess: async (answer) => {
      notifications.show({
        color: 'teal',
        message: t('trials.approvals.completed', { order: answer.order.number }),
      });
      await refreshAfterTrialChange(queryClient, answer.trial.customer.id);
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        message: isApiError(error) ? error.message : t('trials.actions.failed'),
      }),
  });
  const items = conversions.data?.items ?? [];
  if (items.length === 0) return null;
  const columns: ColumnDef<(typeof items)[number]>[] = [
    {
      id: 'customer',
      header: t('trials.approvals.customer'),
      accessorFn: (c) => c.customer.name,
      cell: ({ getValue }) => (
        <Text span size="sm" fw={600}>
          {getValue<string>()}
        </Text>
      ),
    },
    { id: 'partner', header: t('trials.approvals.partner'), accessorFn: (c) => c.partner.name },
    {
      id: 'trial',
      header: t('trials.approvals.trial'),
      accessorFn: (c) => c.trial.number,
      cell: ({ getValue }) => (
        <Text span size="sm" ff="monospace">
          {getValue<string>()}
        </Text>
      ),
    },
    {
      id: 'services',
      header: t('trials.list.services'),
      accessorFn: (c) => c.lines.map((l) => `${fmt.number(l.quantity)} × ${product(l.serviceId)}`).join(', '),
    },
    {
      id: 'requested',
      header: t('trials.approvals.requested'),
      accessorFn: (c) => c.createdAt,
      cell: ({ row }) => fmt.date(row.original.createdAt),
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{t('dataTable.actions')}</VisuallyHidden>,
      enableHiding: false,
      cell: ({ row: { original: c } }) => (
        <Group justify="flex-end">
          <Button
            size="xs"
            onClick={() => complete.mutate(c.orderId)}
            loading={complete.isPending && complete.variables === c.orderId}
          >
            {t('trials.approvals.complete')}
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <Paper withBorder radius="md" p="md" mb="md" data-testid="pending-conversions">
      <Stack gap={4} mb="sm">
        <Title order={2} fz="md">
          {t('trials.list.conversionsTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('trials.list.conversionsBody')}
        </Text>
      </Stack>
      <DataTable
        label={t('trials.list.conversionsTitle')}
        columns={columns}
        data={items}
        getRowId={(c) => c.orderId}
        exportName="pending-conversions"
      />
    </Paper>
  );
}
