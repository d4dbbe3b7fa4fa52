/**
 * The "API tokens" section of Settings (NOT-3): the organisation's tokens with who created them and when they
 * were last used; full administrators and vendor operators create (the secret is shown once) and revoke.
 */
import { Button, Group, Paper, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { CreateTokenDialog } from './ApiTokenDialogs.tsx';
import { type ApiTokenSummary, apiTokensQueryKey, revokeApiToken, useApiTokens } from './api.ts';

export function ApiTokensSection({ mayManage }: { mayManage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const query = useApiTokens(mayManage);
  const [creating, setCreating] = useState(false);
  // The token stays chosen while the dialog animates closed, so its title keeps the name.
  const [revoking, setRevoking] = useState<ApiTokenSummary | null>(null);
  const [confirming, setConfirming] = useState(false);
  // A revoked token loses its revoke button, the dialog's opener: the focus then goes to the create button.
  const createButton = useRef<HTMLButtonElement>(null);
  const [revoked, setRevoked] = useState(false);
  const revoke = useMutation({
    mutationFn: revokeApiToken,
    onSuccess: async (token) => {
      notifications.show({ color: 'brand', message: t('apiTokens.revokedToast', { name: token.name }) });
      setRevoked(true);
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: apiTokensQueryKey });
    },
  });
  const items = query.data?.items ?? [];

  const columns: ColumnDef<(typeof items)[number]>[] = [
    {
      id: 'name',
      header: t('apiTokens.name'),
      accessorFn: (token) => token.name,
      cell: ({ getValue }) => (
        <Text span size="sm" fw={600}>
          {getValue<string>()}
        </Text>
      ),
    },
    {
      id: 'createdBy',
      header: t('apiTokens.createdBy'),
      accessorFn: (token) => token.createdBy.name,
      cell: ({ row: { original: token } }) => (
        <>
          <Text size="sm">{token.createdBy.name}</Text>
          <Text size="xs" c="dimmed">
            {token.createdBy.email}
          </Text>
        </>
      ),
    },
    {
      id: 'created',
      header: t('apiTokens.created'),
      accessorFn: (token) => token.createdAt,
      cell: ({ row }) => fmt.date(row.original.createdAt),
    },
    {
      id: 'lastUsed',
      header: t('apiTokens.lastUsed'),
      accessorFn: (token) => token.lastUsedAt,
      cell: ({ row }) => (row.original.lastUsedAt ? fmt.date(row.original.lastUsedAt) : t('apiTokens.never')),
    },
    {
      id: 'status',
      header: t('apiTokens.status'),
      accessorFn: (token) => (token.revokedAt ? t('apiTokens.revoked') : t('apiTokens.active')),
      cell: ({ row: { original: token } }) =>
        token.revokedAt ? (
          <Tooltip label={t('apiTokens.revokedOn', { date: fmt.date(token.revokedAt) })}>
            <ToneBadge colour="gray">{t('apiTokens.revoked')}</ToneBadge>
          </Tooltip>
        ) : (
          <ToneBadge colour="green">{t('apiTokens.active')}</ToneBadge>
        ),
    },
    {
      id: 'actions',
      header: t('apiTokens.actions'),
      enableHiding: false,
      meta: { width: 72 },
      cell: ({ row: { original: token } }) =>
        token.revokedAt ? null : (
          <RowAction
            label={t('apiTokens.revokeNamed', { name: token.name })}
            icon={IconTrash}
            destructive
            onClick={() => {
              setRevoking(token);
              setRevoked(false);
              setConfirming(true);
            }}
            testId="revoke-token"
          />
        ),
    },
  ];

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="api-tokens-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md">
        <Stack gap={4}>
          <Group gap={8}>
            <IconKey size={20} stroke={1.7} aria-hidden="true" />
            <Title order={2} fz="lg" id="api-tokens-title">
              {t('apiTokens.title')}
            </Title>
            {query.data ? (
              <Text size="sm" c="dimmed">
                {t('apiTokens.count', { count: items.length })}
              </Text>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" maw={720}>
            {t('apiTokens.description')}
          </Text>
        </Stack>
        {mayManage ? (
          <Button
            ref={createButton}
            leftSection={<IconPlus size={16} stroke={1.8} aria-hidden="true" />}
            onClick={() => setCreating(true)}
            data-testid="create-token"
          >
            {t('apiTokens.create')}
          </Button>
        ) : null}
      </Group>
      {!mayManage ? (
        <Text size="sm" data-testid="tokens-not-allowed">
          {t('apiTokens.notAllowed')}
        </Text>
      ) : null}
      {mayManage && query.isPending ? <Skeleton height={160} radius="sm" /> : null}
      {query.isError ? (
        <LoadError error={query.error} what={t('apiTokens.title')} onRetry={() => query.refetch()} />
      ) : null}
      {query.data && items.length === 0 ? (
        <Text size="sm" c="dimmed" py="md" data-testid="tokens-empty">
          {t('apiTokens.empty')}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
          <DataTable
            label={t('apiTokens.title')}
            columns={columns}
            data={items}
            getRowId={(token) => token.id}
            exportName="api-tokens"
            testId="api-tokens"
          />
        </Paper>
      ) : null}
      <CreateTokenDialog opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        opened={confirming}
        title={t('apiTokens.revokeTitle', { name: revoking?.name ?? '' })}
        body={t('apiTokens.revokeBody')}
        confirmLabel={t('apiTokens.revoke')}
        cancelLabel={t('apiTokens.cancel')}
        loading={revoke.isPending}
        error={revoke.error ? (isApiError(revoke.error) ? revoke.error.message : t('apiTokens.failed')) : null}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        returnFocusTo={revoked ? createButton : undefined}
        onClose={() => {
          setConfirming(false);
          revoke.reset();
        }}
      />
    </Paper>
  );
}
