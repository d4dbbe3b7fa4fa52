/**
 * For distributors (TRI-13): trial conversions their tier-2 partners sent, each completed here into an order.
 * Nothing shows when none waits.
 */
import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { useFormatters } from '../../i18n/format.ts';
import { useProductName } from '../customers/list/labels.ts';
import { completeConversion, refreshAfterTrialChange, usePendingConversions } from './api.ts';
import classes from './trials.module.css';

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
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={6} className={classes.table}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trials.approvals.customer')}</Table.Th>
              <Table.Th>{t('trials.approvals.partner')}</Table.Th>
              <Table.Th>{t('trials.approvals.trial')}</Table.Th>
              <Table.Th>{t('trials.list.services')}</Table.Th>
              <Table.Th>{t('trials.approvals.requested')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.orderId}>
                <Table.Td fw={600}>{c.customer.name}</Table.Td>
                <Table.Td>{c.partner.name}</Table.Td>
                <Table.Td ff="monospace">{c.trial.number}</Table.Td>
                <Table.Td>
                  {c.lines.map((l) => `${fmt.number(l.quantity)} × ${product(l.serviceId)}`).join(', ')}
                </Table.Td>
                <Table.Td>{fmt.date(c.createdAt)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    onClick={() => complete.mutate(c.orderId)}
                    loading={complete.isPending && complete.variables === c.orderId}
                  >
                    {t('trials.approvals.complete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
