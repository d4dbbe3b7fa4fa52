/**
 * The "Sign-in security" section of Settings (issue #10): whether everyone in the organisation must use two-factor
 * sign-in. Full administrators change it (the server checks: accounts/credentials.policy.ts); others read it.
 */
import { Group, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.tsx';
import { securityPolicyQueryKey, twoFactorQueryKey, updateSecurityPolicy, useSecurityPolicy } from './api.ts';
import { credentialErrorText } from './credentialErrors.ts';

export function SecurityPolicySection({ mayChange }: { mayChange: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const policy = useSecurityPolicy();
  const save = useMutation({
    mutationFn: (requireTwoFactor: boolean) => updateSecurityPolicy({ requireTwoFactor }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(securityPolicyQueryKey, saved);
      notifications.show({
        color: 'brand',
        message: saved.requireTwoFactor ? t('credentials.policy.nowRequired') : t('credentials.policy.nowOptional'),
      });
      await queryClient.invalidateQueries({ queryKey: twoFactorQueryKey });
    },
  });
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="security-policy-title">
      <Stack gap={4} mb="md">
        <Group gap={8}>
          <IconShieldCheck size={20} stroke={1.7} aria-hidden="true" />
          <Title order={2} fz="lg" id="security-policy-title">
            {t('credentials.policy.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed" maw={720}>
          {t('credentials.policy.description')}
        </Text>
      </Stack>
      {policy.isPending ? <Skeleton height={48} /> : null}
      {policy.isError ? (
        <LoadError error={policy.error} what={t('credentials.policy.title')} onRetry={() => policy.refetch()} />
      ) : null}
      {policy.data ? (
        <Stack gap="sm">
          <Switch
            label={t('credentials.policy.require')}
            description={t('credentials.policy.without', { count: policy.data.membersWithoutTwoFactor })}
            checked={policy.data.requireTwoFactor}
            // Not disabled while saving: the switch keeps the keyboard focus.
            disabled={!mayChange}
            onChange={(event) => {
              if (!save.isPending) save.mutate(event.currentTarget.checked);
            }}
            data-testid="require-two-factor"
          />
          {save.error ? (
            <Text size="sm" c="red" role="alert">
              {credentialErrorText(save.error, t)}
            </Text>
          ) : null}
          {mayChange ? null : (
            <Text size="sm" data-testid="security-policy-read-only">
              {t('credentials.policy.onlyFullAdmins')}
            </Text>
          )}
        </Stack>
      ) : null}
    </Paper>
  );
}
