/**
 * Settings → Webhooks (NOT-2, BEY-9): the organisation's endpoints with their state; full administrators and vendor
 * operators register, change (or enable again) and delete them (the secret is shown once), rotate secrets, send test
 * events, and open the delivery log.
 * Vendor operators also decide whether endpoints on private addresses may be reached (SSRF).
 */
import { Anchor, Button, Group, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPencil, IconPlus, IconSend, IconTrash, IconWebhook } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { useFormatters } from '../../i18n/format.ts';
import {
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  sendWebhookTestEvent,
  updateWebhookSettings,
  useWebhookEndpoints,
  useWebhookSettings,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
  webhooksQueryKey,
} from './api.ts';
import { EndpointDialog, SecretDialog } from './WebhookDialogs.tsx';

export function EndpointStatus({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  if (!endpoint.enabled) {
    return (
      <ToneBadge colour={endpoint.disabledReason ? 'red' : 'gray'}>
        {endpoint.disabledReason ? t('webhooks.disabledFailing') : t('webhooks.disabled')}
      </ToneBadge>
    );
  }
  return endpoint.failingSince ? (
    <ToneBadge colour="yellow">{t('webhooks.failing')}</ToneBadge>
  ) : (
    <ToneBadge colour="green">{t('webhooks.active')}</ToneBadge>
  );
}

export function WebhooksSection({ isOperator }: { isOperator: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const query = useWebhookEndpoints(true);
  const settings = useWebhookSettings(isOperator);
  // The endpoint stays chosen while a dialog animates closed, so its title keeps the URL.
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<WebhookEndpoint | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpoint | null>(null);
  const [confirming, setConfirming] = useState(false);
  // A deleted endpoint takes its row, the dialog's opener, with it: the focus then goes to the add button.
  const createButton = useRef<HTMLButtonElement>(null);
  const [deleted, setDeleted] = useState(false);
  const [secret, setSecret] = useState<WebhookEndpointWithSecret | null>(null);
  const remove = useMutation({
    mutationFn: deleteWebhookEndpoint,
    onSuccess: async (endpoint) => {
      notifications.show({ color: 'brand', message: t('webhooks.deletedToast', { url: endpoint.url }) });
      setDeleted(true);
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: webhooksQueryKey });
    },
  });
  const rotate = useMutation({
    mutationFn: rotateWebhookSecret,
    onSuccess: async (result) => {
      setSecret(result);
      await queryClient.invalidateQueries({ queryKey: webhooksQueryKey });
    },
  });
  const test = useMutation({
    mutationFn: sendWebhookTestEvent,
    onSuccess: () => notifications.show({ color: 'brand', message: t('webhooks.testSent') }),
  });
  const allowPrivate = useMutation({
    mutationFn: updateWebhookSettings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksQueryKey }),
  });
  const items = query.data?.items ?? [];
  const columns: ColumnDef<WebhookEndpoint>[] = [
    {
      id: 'url',
      header: t('webhooks.url'),
      accessorFn: (e) => e.url,
      cell: ({ row: { original: e } }) => (
        <>
          <Anchor component={Link} to={`/settings/webhooks/${e.id}`} size="sm" fw={600}>
            {e.url}
          </Anchor>
          {e.description ? (
            <Text size="xs" c="dimmed">
              {e.description}
            </Text>
          ) : null}
        </>
      ),
    },
    {
      id: 'events',
      header: t('webhooks.eventTypes'),
      accessorFn: (e) => e.eventTypes.length,
      cell: ({ row }) => t('webhooks.eventCount', { count: row.original.eventTypes.length }),
    },
    {
      id: 'status',
      header: t('webhooks.status'),
      accessorFn: (e) => (e.enabled ? 'enabled' : 'disabled'),
      cell: ({ row }) => <EndpointStatus endpoint={row.original} />,
    },
    {
      id: 'created',
      header: t('webhooks.created'),
      accessorFn: (e) => e.createdAt,
      cell: ({ row }) => fmt.date(row.original.createdAt),
    },
    {
      id: 'actions',
      header: t('webhooks.actions'),
      enableHiding: false,
      meta: { width: 168 },
      cell: ({ row: { original: e } }) => (
        <Group gap={4} wrap="nowrap">
          <RowAction
            label={t('webhooks.editNamed', { url: e.url })}
            icon={IconPencil}
            onClick={() => {
              setEditing(e);
              setFormOpen(true);
            }}
            testId="webhook-edit"
          />
          <RowAction
            label={t('webhooks.sendTestNamed', { url: e.url })}
            icon={IconSend}
            onClick={() => test.mutate(e.id)}
            testId="webhook-test"
          />
          <RowAction
            label={t('webhooks.rotateNamed', { url: e.url })}
            icon={IconKey}
            onClick={() => rotate.mutate(e.id)}
            testId="webhook-rotate"
          />
          <RowAction
            label={t('webhooks.deleteNamed', { url: e.url })}
            icon={IconTrash}
            destructive
            onClick={() => {
              setDeleting(e);
              setDeleted(false);
              setConfirming(true);
            }}
            testId="webhook-delete"
          />
        </Group>
      ),
    },
  ];

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="webhooks-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md">
        <Stack gap={4}>
          <Group gap={8}>
            <IconWebhook size={20} stroke={1.7} aria-hidden="true" />
            <Title order={2} fz="lg" id="webhooks-title">
              {t('webhooks.title')}
            </Title>
          </Group>
          <Text size="sm" c="dimmed" maw={720}>
            {t('webhooks.description')}
          </Text>
        </Stack>
        <Button
          leftSection={<IconPlus size={16} stroke={1.8} aria-hidden="true" />}
          ref={createButton}
          onClick={() => {
            setEditing(null);
            setFormOpen(true);
          }}
          data-testid="create-webhook"
        >
          {t('webhooks.create')}
        </Button>
      </Group>
      {isOperator && settings.data ? (
        <Switch
          mb="md"
          label={t('webhooks.allowPrivate')}
          description={t('webhooks.allowPrivateHint')}
          checked={settings.data.allowPrivateAddresses}
          onChange={(event) => allowPrivate.mutate(event.currentTarget.checked)}
          data-testid="webhooks-allow-private"
        />
      ) : null}
      {query.isPending ? <Skeleton height={120} radius="sm" /> : null}
      {query.isError ? (
        <LoadError error={query.error} what={t('webhooks.title')} onRetry={() => query.refetch()} />
      ) : null}
      {query.data && items.length === 0 ? (
        <Text size="sm" c="dimmed" py="md" data-testid="webhooks-empty">
          {t('webhooks.empty')}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
          <DataTable
            label={t('webhooks.title')}
            columns={columns}
            data={items}
            getRowId={(e) => e.id}
            exportName="webhook-endpoints"
            testId="webhook-endpoints"
          />
        </Paper>
      ) : null}
      <EndpointDialog
        opened={formOpen}
        editing={editing}
        onClose={() => setFormOpen(false)}
        onCreated={(created) => {
          setFormOpen(false);
          setSecret(created);
        }}
      />
      <ConfirmDialog
        opened={confirming}
        title={t('webhooks.deleteTitle', { url: deleting?.url ?? '' })}
        body={t('webhooks.deleteBody')}
        confirmLabel={t('webhooks.delete')}
        cancelLabel={t('webhooks.cancel')}
        loading={remove.isPending}
        error={remove.error ? (isApiError(remove.error) ? remove.error.message : t('webhooks.failed')) : null}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        returnFocusTo={deleted ? createButton : undefined}
        onClose={() => {
          setConfirming(false);
          remove.reset();
        }}
      />
      <SecretDialog shown={secret} onClose={() => setSecret(null)} />
    </Paper>
  );
}
