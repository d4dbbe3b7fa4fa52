/**
 * The delivery log of one webhook endpoint (BEY-9): every delivery with its attempts (status, duration, response
 * excerpt), filtered by status; replay one or every failed one since a time; send a test event; enable or disable.
 */
import { Button, Code, Drawer, Group, Paper, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconListDetails, IconRefresh, IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ToneBadge } from '../../components/Badges.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import {
  replayFailedWebhookDeliveries,
  replayWebhookDelivery,
  sendWebhookTestEvent,
  updateWebhookEndpoint,
  useWebhookDeliveries,
  useWebhookDelivery,
  useWebhookEndpoint,
  type WebhookDelivery,
  webhooksQueryKey,
} from './api.ts';
import { EndpointStatus } from './WebhooksSection.tsx';

const statusColour = { delivered: 'green', pending: 'yellow', failed: 'red' } as const;

export default function WebhookDeliveriesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormatters();
  const stamp = (iso: string | null) => (iso ? `${fmt.date(iso)} ${fmt.time(iso)}` : '—');
  const queryClient = useQueryClient();
  const endpoint = useWebhookEndpoint(id);
  const [status, setStatus] = useState<string | null>(null);
  const deliveries = useWebhookDeliveries(id, status);
  const [open, setOpen] = useState<string | null>(null);
  const detail = useWebhookDelivery(id, open);
  const [since, setSince] = useState('');
  useDocumentTitle(t('webhooks.logTitle'));
  const refresh = () => queryClient.invalidateQueries({ queryKey: webhooksQueryKey });
  const test = useMutation({
    mutationFn: () => sendWebhookTestEvent(id),
    onSuccess: async () => {
      notifications.show({ color: 'brand', message: t('webhooks.testSent') });
      await refresh();
    },
  });
  const replay = useMutation({
    mutationFn: (deliveryId: string) => replayWebhookDelivery(id, deliveryId),
    onSuccess: async () => {
      notifications.show({ color: 'brand', message: t('webhooks.replayed') });
      await refresh();
    },
  });
  const replayFailed = useMutation({
    mutationFn: () => replayFailedWebhookDeliveries(id, new Date(since).toISOString()),
    onSuccess: async (result) => {
      notifications.show({ color: 'brand', message: t('webhooks.replayedFailed', { count: result.replayed }) });
      await refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => updateWebhookEndpoint(id, { enabled }),
    onSuccess: refresh,
  });

  const columns: ColumnDef<WebhookDelivery>[] = [
    {
      id: 'created',
      header: t('webhooks.when'),
      accessorFn: (d) => d.createdAt,
      cell: ({ row }) => stamp(row.original.createdAt),
    },
    {
      id: 'type',
      header: t('webhooks.eventType'),
      accessorFn: (d) => d.eventType,
      cell: ({ getValue }) => <Code>{getValue<string>()}</Code>,
    },
    {
      id: 'status',
      header: t('webhooks.status'),
      accessorFn: (d) => d.status,
      cell: ({ row }) => (
        <ToneBadge colour={statusColour[row.original.status]}>
          {t(`webhooks.statuses.${row.original.status}`)}
        </ToneBadge>
      ),
    },
    { id: 'attempts', header: t('webhooks.attempts'), accessorFn: (d) => d.attempts },
    { id: 'response', header: t('webhooks.response'), accessorFn: (d) => d.lastResponseStatus ?? '—' },
    {
      id: 'next',
      header: t('webhooks.nextAttempt'),
      accessorFn: (d) => d.nextAttemptAt,
      cell: ({ row }) => stamp(row.original.nextAttemptAt),
    },
    {
      id: 'actions',
      header: t('webhooks.actions'),
      enableHiding: false,
      meta: { width: 104 },
      cell: ({ row: { original: d } }) => (
        <Group gap={4} wrap="nowrap">
          <RowAction
            label={t('webhooks.showAttempts')}
            icon={IconListDetails}
            onClick={() => setOpen(d.id)}
            testId="delivery-details"
          />
          <RowAction
            label={t('webhooks.replay')}
            icon={IconRefresh}
            onClick={() => replay.mutate(d.id)}
            testId="delivery-replay"
          />
        </Group>
      ),
    },
  ];

  if (endpoint.isError)
    return <LoadError error={endpoint.error} what={t('webhooks.logTitle')} onRetry={() => endpoint.refetch()} />;
  const items = deliveries.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('webhooks.logTitle')} description={endpoint.data?.url ?? ''} />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" wrap="wrap" gap="md">
            <Group gap="md">
              {endpoint.data ? <EndpointStatus endpoint={endpoint.data} /> : null}
              {endpoint.data ? (
                <Switch
                  label={t('webhooks.enabled')}
                  checked={endpoint.data.enabled}
                  onChange={(event) => toggle.mutate(event.currentTarget.checked)}
                  data-testid="webhook-enabled"
                />
              ) : null}
            </Group>
            <Button
              leftSection={<IconSend size={16} aria-hidden="true" />}
              onClick={() => test.mutate()}
              loading={test.isPending}
              data-testid="send-test-event"
            >
              {t('webhooks.sendTest')}
            </Button>
          </Group>
        </Paper>
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('webhooks.filterStatus')}
            data={(['pending', 'delivered', 'failed'] as const).map((s) => ({
              value: s,
              label: t(`webhooks.statuses.${s}`),
            }))}
            value={status}
            onChange={setStatus}
            clearable
            placeholder={t('webhooks.allStatuses')}
            data-testid="delivery-status-filter"
          />
          <TextInput
            type="datetime-local"
            label={t('webhooks.failedSince')}
            value={since}
            onChange={(event) => setSince(event.currentTarget.value)}
            data-testid="replay-since"
          />
          <Button
            variant="light"
            disabled={!since}
            onClick={() => replayFailed.mutate()}
            loading={replayFailed.isPending}
            data-testid="replay-failed"
          >
            {t('webhooks.replayFailed')}
          </Button>
        </Group>
        {deliveries.isError ? (
          <LoadError error={deliveries.error} what={t('webhooks.logTitle')} onRetry={() => deliveries.refetch()} />
        ) : null}
        {deliveries.data && items.length === 0 ? (
          <EmptyState title={t('webhooks.noDeliveries')} body={t('webhooks.noDeliveriesHint')} />
        ) : null}
        {items.length > 0 ? (
          <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
            <DataTable
              label={t('webhooks.logTitle')}
              columns={columns}
              data={items}
              getRowId={(d) => d.id}
              exportName="webhook-deliveries"
              testId="webhook-deliveries"
            />
          </Paper>
        ) : null}
      </Stack>
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="lg"
        title={t('webhooks.attemptsTitle')}
      >
        {detail.data ? (
          <Stack gap="md">
            <Text size="sm">
              <Code>webhook-id: {detail.data.webhookId}</Code>
            </Text>
            <Table striped aria-label={t('webhooks.attemptsTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>{t('webhooks.when')}</Table.Th>
                  <Table.Th>{t('webhooks.response')}</Table.Th>
                  <Table.Th>{t('webhooks.duration')}</Table.Th>
                  <Table.Th>{t('webhooks.excerpt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.data.attemptLog.map((a) => (
                  <Table.Tr key={a.attempt}>
                    <Table.Td>{a.attempt}</Table.Td>
                    <Table.Td>{stamp(a.attemptedAt)}</Table.Td>
                    <Table.Td>{a.responseStatus ?? '—'}</Table.Td>
                    <Table.Td>{t('webhooks.ms', { count: a.durationMs })}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{a.error ?? a.responseExcerpt}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" fw={600}>
              {t('webhooks.payload')}
            </Text>
            <Code block>{JSON.stringify(JSON.parse(detail.data.payload), null, 2)}</Code>
          </Stack>
        ) : null}
      </Drawer>
    </>
  );
}
