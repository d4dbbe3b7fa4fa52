/**
 * The Administrators page (ORG-2, ROL-7): every administrator of my organisation with roles and which
 * customers they see; full administrators invite, change roles and remove (with confirmation).
 */
import { Box, Button, Group, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailForward, IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RowAction, RowActions } from '../../components/RowAction.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { SingleSignOnSection } from '../single-sign-on/SingleSignOnSection.tsx';
import { InviteDialog, RolesDialog } from './AdministratorDialogs.tsx';
import {
  type Administrator,
  administratorsQueryKey,
  removeAdministrator,
  resendInvitation,
  useAdministrators,
} from './api.ts';

function Access({ admin }: { admin: Administrator }) {
  const { t } = useTranslation();
  if (admin.seesAllCustomers === null) return null;
  return admin.seesAllCustomers ? (
    <ToneBadge colour="green">{t('administrators.allCustomers')}</ToneBadge>
  ) : (
    <Text size="sm">{t('administrators.assignedCustomers', { count: admin.assignedCustomers ?? 0 })}</Text>
  );
}

export default function AdministratorsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  useDocumentTitle(t('areas.administrators.title'));
  const query = useAdministrators();
  const session = useSession();
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<Administrator | null>(null);
  const [removing, setRemoving] = useState<Administrator | null>(null);
  const remove = useMutation({
    mutationFn: removeAdministrator,
    onSuccess: async () => {
      notifications.show({ color: 'brand', message: t('administrators.removed', { name: removing?.name ?? '' }) });
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: administratorsQueryKey });
    },
  });

  const resend = useMutation({
    mutationFn: (admin: Administrator) => resendInvitation(admin.id),
    onSuccess: (_answer, admin) =>
      notifications.show({ color: 'teal', message: t('administrators.resent', { email: admin.email }) }),
    onError: (error) =>
      notifications.show({
        color: 'red',
        message: isApiError(error) ? error.message : t('administrators.resendFailed'),
      }),
  });

  const data = query.data;
  const isPartner = data?.organisation.kind === 'partner';
  const columns: ColumnDef<Administrator>[] = [
    {
      id: 'name',
      header: t('administrators.name'),
      accessorFn: (admin) => admin.name,
      meta: { exportValue: (admin) => `${admin.name} <${admin.email}>` },
      cell: ({ row: { original: admin } }) => (
        <>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={600}>
              {admin.name}
            </Text>
            {admin.isMe ? <ToneBadge colour="gray">{t('administrators.you')}</ToneBadge> : null}
          </Group>
          <Text size="xs" c="dimmed">
            {admin.email}
          </Text>
        </>
      ),
    },
    {
      id: 'roles',
      header: t('administrators.roles'),
      accessorFn: (admin) => admin.roles.map((role) => t(`roles.${role}`)),
      cell: ({ row: { original: admin } }) => (
        <Group gap={4}>
          {admin.roles.map((role) => (
            <ToneBadge key={role} colour="brand">
              {t(`roles.${role}`)}
            </ToneBadge>
          ))}
        </Group>
      ),
    },
    ...(isPartner
      ? [
          {
            id: 'access',
            header: t('administrators.access'),
            accessorFn: (admin) =>
              admin.seesAllCustomers
                ? t('administrators.allCustomers')
                : t('administrators.assignedCustomers', { count: admin.assignedCustomers ?? 0 }),
            cell: ({ row }) => <Access admin={row.original} />,
          } satisfies ColumnDef<Administrator>,
        ]
      : []),
    {
      id: 'status',
      header: t('administrators.status'),
      accessorFn: (admin) => t(`administrators.statuses.${admin.status}`),
      cell: ({ row, getValue }) => (
        <ToneBadge colour={row.original.status === 'active' ? 'green' : 'yellow'}>{getValue<string>()}</ToneBadge>
      ),
    },
    {
      id: 'lastSignIn',
      header: t('administrators.lastSignIn'),
      accessorFn: (admin) => admin.lastSignInAt,
      cell: ({ row }) => (row.original.lastSignInAt ? fmt.date(row.original.lastSignInAt) : '—'),
    },
    ...(data?.mayManage
      ? [
          {
            id: 'actions',
            header: t('administrators.actions'),
            enableHiding: false,
            meta: { width: 132 },
            cell: ({ row: { original: admin } }) => (
              <RowActions>
                {admin.status === 'invited' ? (
                  <RowAction
                    label={t('administrators.resendNamed', { name: admin.name })}
                    icon={IconMailForward}
                    loading={resend.isPending && resend.variables?.id === admin.id}
                    onClick={() => resend.mutate(admin)}
                    testId="resend-invitation"
                  />
                ) : null}
                <RowAction
                  label={t('administrators.editRolesOf', { name: admin.name })}
                  icon={IconPencil}
                  onClick={() => setEditing(admin)}
                  testId="edit-roles"
                />
                <RowAction
                  label={t('administrators.removeNamed', { name: admin.name })}
                  tooltip={
                    admin.isMe
                      ? t('administrators.cannotRemoveSelf')
                      : t('administrators.removeNamed', { name: admin.name })
                  }
                  icon={IconTrash}
                  destructive
                  disabled={admin.isMe}
                  onClick={() => setRemoving(admin)}
                  testId="remove-administrator"
                />
              </RowActions>
            ),
          } satisfies ColumnDef<Administrator>,
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('areas.administrators.title')}
        description={isPartner ? t('administrators.introPartner') : t('areas.administrators.description')}
        actions={
          data?.mayManage ? (
            <Button
              leftSection={<IconUserPlus size={16} stroke={1.8} aria-hidden="true" />}
              onClick={() => setInviting(true)}
              data-testid="invite-administrator"
            >
              {t('administrators.invite')}
            </Button>
          ) : null
        }
      />
      {query.isError ? (
        <LoadError
          error={query.error}
          what={t('areas.administrators.title')}
          onRetry={() => query.refetch()}
          back={{ to: '/', label: undefined }}
        />
      ) : null}
      {query.isError ? null : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <DataTable
            label={t('areas.administrators.title')}
            columns={columns}
            data={data?.items}
            getRowId={(admin) => admin.id}
            loading={query.isPending}
            columnMenu
            exportName="administrators"
            testId="administrators"
          />
        </Paper>
      )}
      {/* Customers have no Settings: their full administrators configure single sign-on here (issue #10). */}
      {data?.organisation.kind === 'customer' && session.permissions.manageSingleSignOn ? (
        <Box mt="lg">
          <SingleSignOnSection />
        </Box>
      ) : null}
      {inviting && data ? <InviteDialog roles={data.assignableRoles} onClose={() => setInviting(false)} /> : null}
      {editing && data ? (
        <RolesDialog admin={editing} roles={data.assignableRoles} onClose={() => setEditing(null)} />
      ) : null}
      <ConfirmDialog
        opened={removing !== null}
        title={t('administrators.removeTitle', { name: removing?.name ?? '' })}
        body={
          data?.organisation.kind === 'customer'
            ? t('administrators.removeBodyCustomer')
            : t('administrators.removeBodyPartner')
        }
        confirmLabel={t('administrators.remove')}
        cancelLabel={t('customerDetail.actions.cancel')}
        loading={remove.isPending}
        error={
          remove.error ? (isApiError(remove.error) ? remove.error.message : t('administrators.errors.failed')) : null
        }
        onConfirm={() => removing && remove.mutate(removing.id)}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
      />
    </>
  );
}
