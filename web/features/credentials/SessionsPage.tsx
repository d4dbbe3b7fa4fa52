/** /account/sessions (user menu): where the user is signed in; sign out of one session or of all the others. */
import { ActionIcon, Badge, Button, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSession } from '../../../domain/contracts/credentials.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { endOtherSessions, endSession, sessionsQueryKey, useMySessions } from './api.ts';
import { credentialErrorText } from './credentialErrors.ts';

export default function SessionsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  useDocumentTitle(t('credentials.sessions.title'));
  const queryClient = useQueryClient();
  const sessions = useMySessions();
  // Kept while the dialog animates closed, so its text stays.
  const [ending, setEnding] = useState<UserSession | null>(null);
  const [confirming, setConfirming] = useState<'one' | 'others' | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
  const endOne = useMutation({
    mutationFn: (id: string) => endSession(id),
    onSuccess: async () => {
      setConfirming(null);
      notifications.show({ color: 'brand', message: t('credentials.sessions.endedOne') });
      await refresh();
    },
  });
  const endOthers = useMutation({
    mutationFn: endOtherSessions,
    onSuccess: async ({ ended }) => {
      setConfirming(null);
      notifications.show({ color: 'brand', message: t('credentials.sessions.endedOthers', { count: ended }) });
      await refresh();
    },
  });
  const device = (s: UserSession) =>
    s.browser && s.system
      ? t('credentials.sessions.browserOn', { browser: s.browser, system: s.system })
      : (s.browser ?? s.system ?? t('credentials.sessions.unknownDevice'));
  const items = sessions.data?.items ?? [];
  const others = items.filter((s) => !s.current).length;

  const columns: ColumnDef<UserSession>[] = [
    {
      id: 'device',
      header: t('credentials.sessions.device'),
      accessorFn: device,
      cell: ({ row: { original: s } }) => (
        <Group gap={8} wrap="nowrap">
          <Tooltip label={s.userAgent ?? t('credentials.sessions.unknownDevice')} multiline w={320}>
            <Text span size="sm" fw={600}>
              {device(s)}
            </Text>
          </Tooltip>
          {s.current ? (
            <Badge color="green" variant="light" size="sm" data-testid="current-session">
              {t('credentials.sessions.current')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    {
      id: 'address',
      header: t('credentials.sessions.address'),
      accessorFn: (s) => s.ipAddress ?? '',
      cell: ({ getValue }) => getValue<string>() || '—',
    },
    {
      id: 'method',
      header: t('credentials.sessions.method'),
      accessorFn: (s) => t(`credentials.sessions.methods.${s.method}`),
    },
    {
      id: 'created',
      header: t('credentials.sessions.created'),
      accessorFn: (s) => s.createdAt,
      cell: ({ row }) => `${fmt.date(row.original.createdAt)} ${fmt.time(row.original.createdAt)}`,
    },
    {
      id: 'lastSeen',
      header: t('credentials.sessions.lastSeen'),
      accessorFn: (s) => s.lastSeenAt,
      cell: ({ row }) => `${fmt.date(row.original.lastSeenAt)} ${fmt.time(row.original.lastSeenAt)}`,
    },
    {
      id: 'actions',
      header: t('credentials.sessions.actions'),
      enableHiding: false,
      enableSorting: false,
      meta: { width: 72 },
      cell: ({ row: { original: s } }) =>
        s.current ? null : (
          <Tooltip label={t('credentials.sessions.endNamed', { device: device(s) })}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('credentials.sessions.endNamed', { device: device(s) })}
              onClick={() => {
                setEnding(s);
                endOne.reset();
                setConfirming('one');
              }}
              data-testid="end-session"
            >
              <IconLogout size={18} stroke={1.7} />
            </ActionIcon>
          </Tooltip>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('credentials.sessions.title')}
        description={t('credentials.sessions.description')}
        actions={
          <Button
            variant="default"
            color="red"
            leftSection={<IconLogout size={16} aria-hidden="true" />}
            onClick={() => {
              // Kept enabled with nothing to end, so the focus comes back to it after the others are ended.
              if (others === 0) {
                notifications.show({ color: 'brand', message: t('credentials.sessions.onlyHere') });
                return;
              }
              endOthers.reset();
              setConfirming('others');
            }}
            data-testid="end-other-sessions"
          >
            {t('credentials.sessions.endOthers')}
          </Button>
        }
      />
      {sessions.isError ? (
        <LoadError error={sessions.error} what={t('credentials.sessions.title')} onRetry={() => sessions.refetch()} />
      ) : (
        <DataTable
          label={t('credentials.sessions.title')}
          columns={columns}
          data={sessions.data?.items}
          getRowId={(s) => s.id}
          loading={sessions.isFetching && !sessions.data}
          initialSorting={[{ id: 'lastSeen', desc: true }]}
          rowTestId="session-row"
          testId="sessions-table"
        />
      )}
      <ConfirmDialog
        opened={confirming === 'one'}
        title={t('credentials.sessions.endTitle')}
        body={t('credentials.sessions.endBody', { device: ending ? device(ending) : '' })}
        confirmLabel={t('credentials.sessions.end')}
        cancelLabel={t('credentials.cancel')}
        loading={endOne.isPending}
        error={endOne.error ? credentialErrorText(endOne.error, t) : null}
        onConfirm={() => ending && endOne.mutate(ending.id)}
        onClose={() => setConfirming(null)}
      />
      <ConfirmDialog
        opened={confirming === 'others'}
        title={t('credentials.sessions.endOthers')}
        body={t('credentials.sessions.endOthersBody', { count: others })}
        confirmLabel={t('credentials.sessions.endOthersConfirm')}
        cancelLabel={t('credentials.cancel')}
        loading={endOthers.isPending}
        error={endOthers.error ? credentialErrorText(endOthers.error, t) : null}
        onConfirm={() => endOthers.mutate()}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
