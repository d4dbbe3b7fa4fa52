/**
 * The Partner admins tab (DET-4): who of the partner is assigned to this customer, with roles; full
 * administrators and partner administrators assign and unassign (the server checks, ROL-6).
 */
import { ActionIcon, Alert, Button, Group, Modal, Paper, Select, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerRole } from '../../../../domain/roles.ts';
import { isApiError } from '../../../api/client.ts';
import { ToneBadge } from '../../../components/Badges.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { useFormatters } from '../../../i18n/format.ts';
import { audienceOf, useSession } from '../../auth/session.ts';
import { customersQueryKey } from '../list/api.ts';
import {
  assignPartnerAdmin,
  type CustomerDetail,
  customerQueryKey,
  unassignPartnerAdmin,
  useCustomerAdmins,
} from './api.ts';

function AssignDialog({
  customer,
  options,
  onClose,
}: {
  customer: CustomerDetail;
  options: { value: string; label: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: assignPartnerAdmin,
    onSuccess: async () => {
      const name = options.find((o) => o.value === userId)?.name ?? '';
      notifications.show({
        color: 'brand',
        message: t('customerDetail.admins.assigned', { name, customer: customer.name }),
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customerQueryKey(customer.id) }),
        queryClient.invalidateQueries({ queryKey: customersQueryKey }),
      ]);
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('customerDetail.admins.assignTitle', { customer: customer.name })}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (userId) assign.mutate({ customerId: customer.id, userId });
        }}
      >
        <Stack gap="md">
          <Select
            label={t('customerDetail.admins.administrator')}
            placeholder={t('customerDetail.admins.choose')}
            data={options}
            value={userId}
            onChange={setUserId}
            searchable
            nothingFoundMessage={t('customerDetail.admins.nobodyMatches')}
            data-autofocus
            data-testid="assign-admin-select"
            error={
              assign.error
                ? isApiError(assign.error)
                  ? assign.error.message
                  : t('customerDetail.admins.failed')
                : null
            }
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('customerDetail.actions.cancel')}
            </Button>
            <Button type="submit" disabled={!userId} loading={assign.isPending} data-testid="assign-admin-confirm">
              {t('customerDetail.admins.assign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function PartnerAdminsTab({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const showPartner = audienceOf(useSession()) === 'vendor';
  const query = useCustomerAdmins(customer.id);
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState<{ userId: string; name: string } | null>(null);
  const unassign = useMutation({
    mutationFn: unassignPartnerAdmin,
    onSuccess: async () => {
      notifications.show({
        color: 'brand',
        message: t('customerDetail.admins.unassigned', { name: removing?.name ?? '', customer: customer.name }),
      });
      setRemoving(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customerQueryKey(customer.id) }),
        queryClient.invalidateQueries({ queryKey: customersQueryKey }),
      ]);
    },
  });

  if (query.isPending) return <Skeleton height={200} radius="md" />;
  if (query.isError) {
    return <LoadError error={query.error} what={t('customerDetail.tabs.admins')} onRetry={() => query.refetch()} />;
  }
  const { items, assignable } = query.data;
  const mayAssign = customer.permissions.assignAdmins;
  const roleNames = (roles: readonly PartnerRole[]) => roles.map((r) => t(`roles.${r}`)).join(', ');
  const options = assignable.map((u) => ({
    value: u.userId,
    name: u.name,
    label: `${u.name} · ${u.email}${showPartner ? ` · ${u.partner.name}` : ''} (${roleNames(u.roles)})`,
  }));

  const columns: ColumnDef<(typeof items)[number]>[] = [
    {
      id: 'administrator',
      header: t('customerDetail.admins.administrator'),
      accessorFn: (admin) => admin.name,
      meta: { exportValue: (admin) => `${admin.name} <${admin.email}>` },
      cell: ({ row: { original: admin } }) => (
        <>
          <Text size="sm" fw={600}>
            {admin.name}
          </Text>
          <Text size="xs" c="dimmed">
            {admin.email}
          </Text>
        </>
      ),
    },
    {
      id: 'roles',
      header: t('customerDetail.admins.roles'),
      accessorFn: (admin) => roleNames(admin.roles),
      cell: ({ row: { original: admin } }) => (
        <Group gap={4}>
          {admin.roles.map((role) => (
            <ToneBadge key={role} colour="brand">
              {t(`roles.${role}`)}
            </ToneBadge>
          ))}
          {admin.status === 'invited' ? (
            <ToneBadge colour="gray">{t('customerDetail.admins.invited')}</ToneBadge>
          ) : null}
        </Group>
      ),
    },
    {
      id: 'access',
      header: t('customerDetail.admins.access'),
      accessorFn: (admin) =>
        admin.seesAllCustomers ? t('customerDetail.admins.allCustomers') : t('customerDetail.admins.assignedOnly'),
    },
    ...(showPartner
      ? [
          {
            id: 'partner',
            header: t('customerDetail.admins.partner'),
            accessorFn: (admin) => admin.partner.name,
          } satisfies ColumnDef<(typeof items)[number]>,
        ]
      : []),
    {
      id: 'assignedAt',
      header: t('customerDetail.admins.assignedAt'),
      accessorFn: (admin) => admin.assignedAt,
      cell: ({ row: { original: admin } }) => (
        <>
          <Text size="sm">{fmt.date(admin.assignedAt)}</Text>
          {admin.assignedBy ? (
            <Text size="xs" c="dimmed">
              {t('customerDetail.admins.by', { name: admin.assignedBy })}
            </Text>
          ) : null}
        </>
      ),
    },
    ...(mayAssign
      ? [
          {
            id: 'actions',
            header: t('customerDetail.admins.actions'),
            enableHiding: false,
            meta: { width: 60 },
            cell: ({ row: { original: admin } }) => (
              <Tooltip label={t('customerDetail.admins.unassignNamed', { name: admin.name })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('customerDetail.admins.unassignNamed', { name: admin.name })}
                  onClick={() => setRemoving({ userId: admin.userId, name: admin.name })}
                >
                  <IconTrash size={18} stroke={1.7} />
                </ActionIcon>
              </Tooltip>
            ),
          } satisfies ColumnDef<(typeof items)[number]>,
        ]
      : []),
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} style={{ flex: 1 }}>
          {t('customerDetail.admins.explain')}
        </Alert>
        {mayAssign ? (
          <Button
            leftSection={<IconUserPlus size={16} stroke={1.8} aria-hidden="true" />}
            onClick={() => setAssigning(true)}
            disabled={options.length === 0}
            data-testid="assign-admin"
          >
            {t('customerDetail.admins.assign')}
          </Button>
        ) : null}
      </Group>
      {items.length === 0 ? (
        <EmptyState
          title={t('customerDetail.admins.emptyTitle')}
          body={mayAssign ? t('customerDetail.admins.emptyBody') : undefined}
        />
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <DataTable
            label={t('customerDetail.tabs.admins')}
            columns={columns}
            data={items}
            getRowId={(admin) => admin.userId}
            columnMenu
            exportName="partner-admins"
            testId="partner-admins"
          />
        </Paper>
      )}
      {assigning ? <AssignDialog customer={customer} options={options} onClose={() => setAssigning(false)} /> : null}
      <ConfirmDialog
        opened={removing !== null}
        title={t('customerDetail.admins.unassignTitle', { name: removing?.name ?? '' })}
        body={t('customerDetail.admins.unassignBody', { name: removing?.name ?? '', customer: customer.name })}
        confirmLabel={t('customerDetail.admins.unassign')}
        cancelLabel={t('customerDetail.actions.cancel')}
        loading={unassign.isPending}
        error={unassign.error ? t('customerDetail.admins.failed') : null}
        onConfirm={() => removing && unassign.mutate({ customerId: customer.id, userId: removing.userId })}
        onClose={() => {
          setRemoving(null);
          unassign.reset();
        }}
      />
    </Stack>
  );
}
