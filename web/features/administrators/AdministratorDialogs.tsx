/**
 * The dialogs of the Administrators page: invite (e-mail, name, roles) and change roles. Server errors land next
 * to the field they name: a taken e-mail on `email`, a refused role change on `roles`.
 */
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  inviteAdministratorRequest,
  updateAdministratorRolesRequest,
} from '../../../domain/contracts/administrators.ts';
import { fullAdminRoleOf, type Role } from '../../../domain/roles.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { useSession } from '../auth/session.ts';
import { type Administrator, administratorsQueryKey, inviteAdministrator, updateAdministratorRoles } from './api.ts';
import { RolePicker } from './RolePicker.tsx';

function GeneralError({ error }: { error: string | null }) {
  return error ? (
    <Alert color="red" variant="light" role="alert">
      {error}
    </Alert>
  ) : null;
}

export function InviteDialog({ roles, onClose }: { roles: readonly Role[]; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, field, errorOf, onSubmit, placeServerError } = useContractForm({
    schema: inviteAdministratorRequest,
    initialValues: { email: '', name: '', roles: [] as Role[] },
  });
  const invite = useMutation({
    mutationFn: inviteAdministrator,
    onSuccess: async (_answer, request) => {
      notifications.show({ color: 'brand', message: t('administrators.invited', { email: request.email }) });
      await queryClient.invalidateQueries({ queryKey: administratorsQueryKey });
      onClose();
    },
    onError: (error) => placeServerError(error),
  });
  return (
    <Modal opened onClose={onClose} title={t('administrators.inviteTitle')} centered size="lg">
      <form noValidate onSubmit={onSubmit((request) => invite.mutate(request))}>
        <Stack gap="md">
          <TextInput
            label={t('administrators.email')}
            type="email"
            {...field('email')}
            withAsterisk
            data-autofocus
            data-testid="invite-email"
          />
          <TextInput label={t('administrators.name')} {...field('name')} withAsterisk data-testid="invite-name" />
          <RolePicker
            roles={roles}
            value={form.getValues().roles}
            onChange={(next) => form.setFieldValue('roles', next)}
            error={errorOf('roles')}
            data-path="roles"
          />
          <GeneralError error={generalErrorOf(invite.error, form.getValues(), t('administrators.errors.failed'))} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('customerDetail.actions.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending} data-testid="invite-submit">
              {t('administrators.sendInvite')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function RolesDialog({
  admin,
  roles,
  onClose,
}: {
  admin: Administrator;
  roles: readonly Role[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, errorOf, onSubmit, placeServerError } = useContractForm({
    schema: updateAdministratorRolesRequest,
    initialValues: { roles: admin.roles.filter((r) => roles.includes(r)) },
    validateOnChange: true,
  });
  // The server refuses taking away one's own full-administrator role; the dialog does not offer it.
  const fullRole = fullAdminRoleOf(useSession().organisation.kind);
  const ownFullRole = admin.isMe && fullRole !== null && admin.roles.includes(fullRole) ? fullRole : undefined;
  const save = useMutation({
    mutationFn: updateAdministratorRoles,
    onSuccess: async () => {
      notifications.show({ color: 'brand', message: t('administrators.rolesSaved', { name: admin.name }) });
      await queryClient.invalidateQueries({ queryKey: administratorsQueryKey });
      onClose();
    },
    onError: (error) => placeServerError(error),
  });
  return (
    <Modal opened onClose={onClose} title={t('administrators.rolesTitle', { name: admin.name })} centered size="lg">
      <form noValidate onSubmit={onSubmit((request) => save.mutate({ userId: admin.id, ...request }))}>
        <Stack gap="md">
          <RolePicker
            roles={roles}
            value={form.getValues().roles}
            onChange={(next) => form.setFieldValue('roles', next)}
            error={errorOf('roles')}
            data-path="roles"
            locked={ownFullRole ? { role: ownFullRole, reason: t('administrators.ownFullRole') } : undefined}
          />
          <GeneralError error={generalErrorOf(save.error, form.getValues(), t('administrators.errors.failed'))} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('customerDetail.actions.cancel')}
            </Button>
            <Button
              type="submit"
              disabled={form.getValues().roles.length === 0}
              loading={save.isPending}
              data-testid="roles-submit"
            >
              {t('administrators.saveRoles')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
