/**
 * The Administrators page (ORG-2, ROL-7): every administrator of my organisation with roles and which
 * customers they see; full administrators invite, change roles and remove (with confirmation).
 */
import { ActionIcon, Button, Group, Paper, Skeleton, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import classes from '../customers/detail/detail.module.css';
import { InviteDialog, RolesDialog } from './AdministratorDialogs.tsx';
import { type Administrator, administratorsQueryKey, removeAdministrator, useAdministrators } from './api.ts';

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

  const data = query.data;
  const isPartner = data?.organisation.kind === 'partner';
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
      {query.isPending ? <Skeleton height={320} radius="md" /> : null}
      {query.isError ? (
        <LoadError
          error={query.error}
          what={t('areas.administrators.title')}
          onRetry={() => query.refetch()}
          back={{ to: '/', label: undefined }}
        />
      ) : null}
      {data ? (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={860}>
            <Table
              verticalSpacing={8}
              horizontalSpacing="md"
              highlightOnHover
              stickyHeader
              className={classes.dense}
              data-testid="administrators"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('administrators.name')}</Table.Th>
                  <Table.Th>{t('administrators.roles')}</Table.Th>
                  {isPartner ? <Table.Th>{t('administrators.access')}</Table.Th> : null}
                  <Table.Th>{t('administrators.status')}</Table.Th>
                  <Table.Th>{t('administrators.lastSignIn')}</Table.Th>
                  {data.mayManage ? <Table.Th w={96}>{t('administrators.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((admin) => (
                  <Table.Tr key={admin.id}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={600}>
                          {admin.name}
                        </Text>
                        {admin.isMe ? <ToneBadge colour="gray">{t('administrators.you')}</ToneBadge> : null}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {admin.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {admin.roles.map((role) => (
                          <ToneBadge key={role} colour="brand">
                            {t(`roles.${role}`)}
                          </ToneBadge>
                        ))}
                      </Group>
                    </Table.Td>
                    {isPartner ? (
                      <Table.Td>
                        <Access admin={admin} />
                      </Table.Td>
                    ) : null}
                    <Table.Td>
                      <ToneBadge colour={admin.status === 'active' ? 'green' : 'yellow'}>
                        {t(`administrators.statuses.${admin.status}`)}
                      </ToneBadge>
                    </Table.Td>
                    <Table.Td fz="sm">{admin.lastSignInAt ? fmt.date(admin.lastSignInAt) : '—'}</Table.Td>
                    {data.mayManage ? (
                      <Table.Td>
                        <Group gap={2} wrap="nowrap">
                          <Tooltip label={t('administrators.editRolesOf', { name: admin.name })}>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('administrators.editRolesOf', { name: admin.name })}
                              onClick={() => setEditing(admin)}
                              data-testid="edit-roles"
                            >
                              <IconPencil size={18} stroke={1.7} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip
                            label={
                              admin.isMe
                                ? t('administrators.cannotRemoveSelf')
                                : t('administrators.removeNamed', { name: admin.name })
                            }
                          >
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('administrators.removeNamed', { name: admin.name })}
                              disabled={admin.isMe}
                              onClick={() => setRemoving(admin)}
                              data-testid="remove-administrator"
                            >
                              <IconTrash size={18} stroke={1.7} />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
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
