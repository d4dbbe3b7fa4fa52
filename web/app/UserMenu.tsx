/** The user menu in the top bar: who is signed in, to which organisation, with which roles; sign out. */
import { Avatar, Badge, Box, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDevices, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import { signOut } from '../features/auth/api.ts';
import { sessionQueryKey, useSession } from '../features/auth/session.ts';

function initials(name: string, email: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters =
    parts.length >= 2 ? `${parts[0]?.[0] ?? ''}${parts.at(-1)?.[0] ?? ''}` : (parts[0] ?? email).slice(0, 2);
  return letters.toUpperCase();
}

export function UserMenu() {
  const session = useSession();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOutMutation = useMutation({
    mutationFn: async () => {
      try {
        await signOut();
      } catch (e) {
        // Already signed out (session expired): that is what we wanted.
        if (!(e instanceof ApiError && e.status === 401)) throw e;
      }
    },
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
      navigate('/sign-in', { replace: true });
    },
    onError: () => notifications.show({ color: 'red', message: t('shell.signOutFailed') }),
  });

  const { user, organisation, roles } = session;
  return (
    <Menu position="bottom-end" shadow="md" width={300} withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" style={{ borderRadius: 'var(--mantine-radius-xl)', padding: 2 }}>
          <Group gap={6} wrap="nowrap">
            <Avatar color="brand" variant="filled" radius="xl" size={34} aria-hidden="true">
              {initials(user.name, user.email)}
            </Avatar>
            <IconChevronDown size={14} stroke={1.8} aria-hidden="true" />
          </Group>
          {/* Named by words, not an aria-label over the visible initials (WCAG 2.5.3, label in name). */}
          <VisuallyHidden>{t('shell.userMenu')}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py="xs">
          <Text size="xs" c="dimmed">
            {t('shell.signedInAs')}
          </Text>
          <Text fw={600} data-testid="user-menu-name">
            {user.name}
          </Text>
          <Text size="sm" c="dimmed" data-testid="user-menu-email">
            {user.email}
          </Text>
          <Text size="sm" mt={4}>
            {organisation.name}
          </Text>
        </Box>
        <Menu.Divider />
        <Menu.Label>{t('shell.roles')}</Menu.Label>
        <Group gap={6} px="sm" pb="sm" data-testid="user-menu-roles">
          {roles.map((role) => (
            <Badge key={role} variant="light" radius="sm" size="md">
              {t(`roles.${role}`)}
            </Badge>
          ))}
        </Group>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconShieldLock size={16} aria-hidden="true" />}
          onClick={() => navigate('/account/security')}
          data-testid="account-security"
        >
          {t('credentials.menu.security')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconDevices size={16} aria-hidden="true" />}
          onClick={() => navigate('/account/sessions')}
          data-testid="account-sessions"
        >
          {t('credentials.menu.sessions')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden="true" />}
          onClick={() => signOutMutation.mutate()}
          disabled={signOutMutation.isPending}
          data-testid="sign-out"
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
