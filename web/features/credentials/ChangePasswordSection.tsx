/** Account security: change the password (the current one first); the other sessions are signed out. */
import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPassword } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ChangePasswordRequest, changePasswordRequest } from '../../../domain/contracts/credentials.ts';
import { useContractForm } from '../../components/forms/useContractForm.ts';
import { useSession } from '../auth/session.ts';
import { changePassword, sessionsQueryKey } from './api.ts';
import { credentialErrorText, placeCredentialError } from './credentialErrors.ts';

export function ChangePasswordSection() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const { form, field, onSubmit } = useContractForm({
    schema: changePasswordRequest,
    initialValues: { currentPassword: '', newPassword: '' },
  });
  const save = useMutation({
    mutationFn: (request: ChangePasswordRequest) => changePassword(request),
    onSuccess: async ({ ended }) => {
      form.reset();
      notifications.show({ color: 'brand', message: t('credentials.password.changed', { count: ended }) });
      await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
    },
    onError: (error) => placeCredentialError(form, error, t),
  });
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-password-title">
      <Stack gap={4} mb="md">
        <Group gap={8}>
          <IconPassword size={20} stroke={1.7} aria-hidden="true" />
          <Title order={2} fz="lg" id="change-password-title">
            {t('credentials.password.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed" maw={720}>
          {t('credentials.password.description')}
        </Text>
      </Stack>
      <form noValidate onSubmit={onSubmit((request) => save.mutate(request))} data-testid="change-password-form">
        <Stack gap="md" maw={420}>
          <input type="hidden" name="username" autoComplete="username" value={session.user.email} readOnly />
          <PasswordInput
            label={t('credentials.currentPassword')}
            autoComplete="current-password"
            required
            {...field('currentPassword')}
            data-testid="current-password"
          />
          <PasswordInput
            label={t('credentials.newPassword')}
            description={t('credentials.passwordRules')}
            autoComplete="new-password"
            required
            {...field('newPassword')}
            data-testid="new-password"
          />
          {save.error && !placeableField(save.error, form.getValues()) ? (
            <Text size="sm" c="red" role="alert">
              {credentialErrorText(save.error, t)}
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="change-password-submit">
              {t('credentials.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

const placeableField = (error: unknown, values: Record<string, unknown>) =>
  typeof error === 'object' && error !== null && 'field' in error && String(error.field) in values;
