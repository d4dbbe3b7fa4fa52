/** What the customer table shows without rows: why (no customers yet, or none match the filters) and what to do. */
import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({
  icon,
  title,
  body,
  action,
}: {
  icon: ReactNode;
  title: string;
  body: string;
  action: ReactNode;
}) {
  return (
    <Stack align="center" gap="xs" py={48} data-testid="customer-list-empty">
      <ThemeIcon size={52} radius="xl" variant="light" color="gray" aria-hidden="true">
        {icon}
      </ThemeIcon>
      <Title order={2} fz="lg">
        {title}
      </Title>
      <Text size="sm" c="dimmed" ta="center" maw={420}>
        {body}
      </Text>
      {action}
    </Stack>
  );
}
