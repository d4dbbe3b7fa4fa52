/**
 * ACT-2: in a support request's drawer, its owner, primary contact or an administrator shares it with others of
 * the organisation (who then see it) and takes a share back, after confirming.
 */
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShareOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportRequestDetail } from '../../../domain/contracts/activity.ts';
import { isApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { useSetShare, useSupportRequestShares } from './api.ts';

export function SupportRequestSharing({ request }: { request: SupportRequestDetail }) {
  const { t } = useTranslation();
  const shares = useSupportRequestShares(request.customerId, request.id, true);
  const setShare = useSetShare(request.customerId, request.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const [unsharing, setUnsharing] = useState<{ id: string; name: string } | null>(null);
  const failed = (error: unknown) => (isApiError(error) ? error.message : t('activity.requests.shareFailed'));
  if (shares.isError) {
    return <LoadError error={shares.error} what={t('activity.requests.shareFailed')} onRetry={shares.refetch} />;
  }
  const candidates = shares.data?.candidates ?? [];
  const share = () => {
    const user = candidates.find((c) => c.id === chosen);
    if (!user) return;
    setShare.mutate(
      { userId: user.id, shared: true },
      {
        onSuccess: () => {
          notifications.show({ color: 'brand', message: t('activity.requests.shared', { name: user.name }) });
          setChosen(null);
        },
        onError: (error) => notifications.show({ color: 'red', message: failed(error) }),
      },
    );
  };
  return (
    <Stack gap="xs" data-testid="request-sharing">
      <Text fw={600}>{t('activity.requests.sharing')}</Text>
      <Text size="sm" c="dimmed">
        {t('activity.requests.sharingHint')}
      </Text>
      {shares.data && shares.data.items.length === 0 ? <Text size="sm">{t('activity.requests.notShared')}</Text> : null}
      {(shares.data?.items ?? []).map((user) => (
        <Group key={user.id} justify="space-between" wrap="nowrap" data-testid="request-share">
          <Text size="sm">
            {user.name} · {user.email}
          </Text>
          <RowAction
            label={t('activity.requests.unshare', { name: user.name })}
            icon={IconShareOff}
            destructive
            onClick={() => setUnsharing(user)}
            testId="unshare"
          />
        </Group>
      ))}
      <Group align="flex-end" gap="sm">
        <Select
          label={t('activity.requests.shareWith')}
          data={candidates.map((c) => ({ value: c.id, label: `${c.name} (${c.email})` }))}
          value={chosen}
          onChange={setChosen}
          searchable
          flex={1}
          data-testid="share-with"
        />
        <Button onClick={share} disabled={!chosen} loading={setShare.isPending} data-testid="share-request">
          {t('activity.requests.share')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={unsharing !== null}
        title={t('activity.requests.unshareTitle')}
        body={t('activity.requests.unshareBody', { name: unsharing?.name ?? '', number: request.number })}
        confirmLabel={t('activity.requests.unshareConfirm')}
        cancelLabel={t('activity.cancel')}
        loading={setShare.isPending}
        error={setShare.isError ? failed(setShare.error) : null}
        onClose={() => {
          setShare.reset();
          setUnsharing(null);
        }}
        onConfirm={() => {
          if (!unsharing) return;
          setShare.mutate(
            { userId: unsharing.id, shared: false },
            {
              onSuccess: () => {
                notifications.show({
                  color: 'brand',
                  message: t('activity.requests.unshared', { name: unsharing.name }),
                });
                setUnsharing(null);
              },
            },
          );
        }}
      />
    </Stack>
  );
}
