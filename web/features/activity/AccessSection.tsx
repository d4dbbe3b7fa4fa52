/** ACT-2: administrators give the customer activity role to other users of their organisation, and take it away. */
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegatesResponse } from '../../../domain/contracts/activity.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { useDelegates, useSetDelegate } from './api.ts';

type Delegate = DelegatesResponse['items'][number];

export function AccessSection() {
  const { t } = useTranslation();
  const delegates = useDelegates(true);
  const setDelegate = useSetDelegate();
  const [removing, setRemoving] = useState<Delegate | null>(null);
  if (delegates.isError) {
    return <LoadError error={delegates.error} what={t('activity.loadFailed')} onRetry={delegates.refetch} />;
  }
  const change = (user: Delegate, granted: boolean) =>
    setDelegate.mutate(
      { userId: user.id, granted },
      {
        onSuccess: () => {
          notifications.show({
            color: 'brand',
            message: t(granted ? 'activity.roleGiven' : 'activity.roleRemoved', { name: user.name }),
          });
          setRemoving(null);
        },
      },
    );
  const columns: ColumnDef<Delegate>[] = [
    { id: 'name', header: t('activity.columns.name'), accessorKey: 'name' },
    { id: 'email', header: t('activity.columns.email'), accessorKey: 'email' },
    {
      id: 'role',
      header: t('activity.columns.role'),
      enableSorting: false,
      cell: ({ row }) =>
        row.original.isAdmin ? (
          <ToneBadge colour="blue">{t('activity.admin')}</ToneBadge>
        ) : row.original.hasCustomerActivity ? (
          <ToneBadge colour="green" data-testid="has-role">
            {t('activity.hasRole')}
          </ToneBadge>
        ) : null,
    },
    {
      id: 'action',
      header: '',
      enableSorting: false,
      cell: ({ row }) =>
        row.original.isAdmin && !row.original.hasCustomerActivity ? null : row.original.hasCustomerActivity ? (
          <Button size="xs" variant="default" onClick={() => setRemoving(row.original)} data-testid="remove-role">
            {t('activity.removeRole')}
          </Button>
        ) : (
          <Button
            size="xs"
            variant="light"
            loading={setDelegate.isPending && setDelegate.variables?.userId === row.original.id}
            onClick={() => change(row.original, true)}
            aria-label={`${t('activity.giveRole')}: ${row.original.name}`}
            data-testid="give-role"
          >
            {t('activity.giveRole')}
          </Button>
        ),
    },
  ];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('activity.accessHint')}
      </Text>
      <DataTable
        label={t('activity.tabs.access')}
        columns={columns}
        data={delegates.data?.items}
        getRowId={(d) => d.id}
        rowData={(d) => ({ 'data-email': d.email })}
        sortable
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('activity.removeTitle')}
        body={t('activity.removeBody', { name: removing?.name ?? '' })}
        confirmLabel={t('activity.removeRole')}
        cancelLabel={t('activity.cancel')}
        loading={setDelegate.isPending}
        onConfirm={() => removing && change(removing, false)}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
