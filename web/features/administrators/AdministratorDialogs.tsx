/**
 * The dialogs of the Administrators page: invite (e-mail, name, roles) and change roles. Server errors land next
 * to the field they name: a taken e-mail on `email`, a refused role change on `roles`.
 */
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullAdminRoleOf, type Role } from '../../../domain/roles.ts';
import { isApiError } from '../../api/client.ts';
import { useSession } from '../auth/session.ts';
import { type Administrator, administratorsQueryKey, inviteAdministrator, updateAdministratorRoles } from './api.ts';
import { RolePicker } from './RolePicker.tsx';

/** The message of a failed call for `field`, and the one no field claims. */
function errorFor(error: unknown, field: string): string | null {
  return isApiError(error) && error.field === field ? error.message : null;
}
function generalError(error: unknown, fields: string[], fallback: string): string | null {
  if (!error) return null;
  if (isApiError(error)) return error.field && fields.includes(error.field) ? null : error.message;
  return fallback;
}

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
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Role[]>([]);
  const [touched, setTouched] = useState(false);
  const invite = useMutation({
    mutationFn: inviteAdministrator,
    onSuccess: async () => {
      notifications.show({ color: 'brand', message: t('administrators.invited', { email }) });
      await queryClient.invalidateQueries({ queryKey: administratorsQueryKey });
      onClose();
    },
  });
  const problems = {
    email: /^\S+@\S+\.\S+$/.test(email.trim()) ? null : t('administrators.errors.email'),
    name: name.trim() === '' ? t('administrators.errors.name') : null,
    roles: chosen.length === 0 ? t('administrators.errors.roles') : null,
  };
  const missing = touched ? problems : { email: null, name: null, roles: null };
  return (
    <Modal opened onClose={onClose} title={t('administrators.inviteTitle')} centered size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (problems.email || problems.name || problems.roles) return;
          invite.mutate({ email: email.trim(), name: name.trim(), roles: chosen });
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('administrators.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={missing.email ?? errorFor(invite.error, 'email')}
            withAsterisk
            data-autofocus
            data-testid="invite-email"
          />
          <TextInput
            label={t('administrators.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={missing.name ?? errorFor(invite.error, 'name')}
            withAsterisk
            data-testid="invite-name"
          />
          <RolePicker
            roles={roles}
            value={chosen}
            onChange={setChosen}
            error={missing.roles ?? errorFor(invite.error, 'roles')}
          />
          <GeneralError
            error={generalError(invite.error, ['email', 'name', 'roles'], t('administrators.errors.failed'))}
          />
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
  const [chosen, setChosen] = useState<Role[]>(admin.roles.filter((r) => roles.includes(r)));
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
  });
  const empty = chosen.length === 0;
  return (
    <Modal opened onClose={onClose} title={t('administrators.rolesTitle', { name: admin.name })} centered size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!empty) save.mutate({ userId: admin.id, roles: chosen });
        }}
      >
        <Stack gap="md">
          <RolePicker
            roles={roles}
            value={chosen}
            onChange={setChosen}
            locked={ownFullRole ? { role: ownFullRole, reason: t('administrators.ownFullRole') } : undefined}
            error={empty ? t('administrators.errors.roles') : errorFor(save.error, 'roles')}
          />
          <GeneralError error={generalError(save.error, ['roles'], t('administrators.errors.failed'))} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('customerDetail.actions.cancel')}
            </Button>
            <Button type="submit" disabled={empty} loading={save.isPending} data-testid="roles-submit">
              {t('administrators.saveRoles')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
