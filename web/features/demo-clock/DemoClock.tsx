/**
 * The demo clock in the top bar (demo mode only): the date the server's clock shows, in the user's locale.
 * Vendor operators can move it forward; then every cached answer is fetched again.
 */
import { Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconClock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { advanceDemoClock } from './api.ts';

const STEPS = [1, 7, 30] as const;

export function DemoClock() {
  const session = useSession();
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();

  const advance = useMutation({
    mutationFn: advanceDemoClock,
    onSuccess: async ({ now }) => {
      notifications.show({ color: 'brand', message: t('demoClock.moved', { date: fmt.date(now) }) });
      await queryClient.invalidateQueries();
    },
    onError: () => notifications.show({ color: 'red', message: t('demoClock.failed') }),
  });

  if (!session.demoMode) return null;
  const label = t('demoClock.label', { date: fmt.date(session.now) });
  const icon = <IconClock size={18} stroke={1.8} color="var(--mantine-color-orange-7)" aria-hidden="true" />;

  if (!session.permissions.operateVendor) {
    return (
      <Tooltip label={t('demoClock.hint')}>
        <Group gap={6} wrap="nowrap" data-testid="demo-clock" px="xs">
          {icon}
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {label}
          </Text>
        </Group>
      </Tooltip>
    );
  }

  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          leftSection={icon}
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          loading={advance.isPending}
          data-testid="demo-clock"
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('demoClock.menuLabel')}</Menu.Label>
        {STEPS.map((days) => (
          <Menu.Item key={days} onClick={() => advance.mutate(days)} data-testid={`demo-clock-advance-${days}`}>
            {t('demoClock.advance', { count: days })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
