/**
 * The "API tokens" section of Settings (NOT-3): the organisation's tokens with who created them and when they
 * were last used; full administrators and vendor operators create (the secret is shown once) and revoke.
 */
import { ActionIcon, Button, Group, Paper, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { useFormatters } from '../../i18n/format.ts';
import classes from '../customers/detail/detail.module.css';
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
  const revoke = useMutation({
    mutationFn: revokeApiToken,
    onSuccess: async (token) => {
      notifications.show({ color: 'brand', message: t('apiTokens.revokedToast', { name: token.name }) });
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: apiTokensQueryKey });
    },
  });
  const items = query.data?.items ?? [];

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
        <Table.ScrollContainer minWidth={760}>
          <Table
            verticalSpacing={8}
            horizontalSpacing="md"
            highlightOnHover
            className={classes.dense}
            data-testid="api-tokens"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('apiTokens.name')}</Table.Th>
                <Table.Th>{t('apiTokens.createdBy')}</Table.Th>
                <Table.Th>{t('apiTokens.created')}</Table.Th>
                <Table.Th>{t('apiTokens.lastUsed')}</Table.Th>
                <Table.Th>{t('apiTokens.status')}</Table.Th>
                <Table.Th w={72}>{t('apiTokens.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((token) => (
                <Table.Tr key={token.id} c={token.revokedAt ? 'dimmed' : undefined}>
                  <Table.Td fw={600} fz="sm">
                    {token.name}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{token.createdBy.name}</Text>
                    <Text size="xs" c="dimmed">
                      {token.createdBy.email}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="sm">{fmt.date(token.createdAt)}</Table.Td>
                  <Table.Td fz="sm">{token.lastUsedAt ? fmt.date(token.lastUsedAt) : t('apiTokens.never')}</Table.Td>
                  <Table.Td>
                    {token.revokedAt ? (
                      <Tooltip label={t('apiTokens.revokedOn', { date: fmt.date(token.revokedAt) })}>
                        <ToneBadge colour="gray">{t('apiTokens.revoked')}</ToneBadge>
                      </Tooltip>
                    ) : (
                      <ToneBadge colour="green">{t('apiTokens.active')}</ToneBadge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {token.revokedAt ? null : (
                      <Tooltip label={t('apiTokens.revokeNamed', { name: token.name })}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('apiTokens.revokeNamed', { name: token.name })}
                          onClick={() => {
                            setRevoking(token);
                            setConfirming(true);
                          }}
                          data-testid="revoke-token"
                        >
                          <IconTrash size={18} stroke={1.7} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {creating ? <CreateTokenDialog onClose={() => setCreating(false)} /> : null}
      <ConfirmDialog
        opened={confirming}
        title={t('apiTokens.revokeTitle', { name: revoking?.name ?? '' })}
        body={t('apiTokens.revokeBody')}
        confirmLabel={t('apiTokens.revoke')}
        cancelLabel={t('apiTokens.cancel')}
        loading={revoke.isPending}
        error={revoke.error ? (isApiError(revoke.error) ? revoke.error.message : t('apiTokens.failed')) : null}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        onClose={() => {
          setConfirming(false);
          revoke.reset();
        }}
      />
    </Paper>
  );
}
