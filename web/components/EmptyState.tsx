/** An empty tab that says what it would hold and, where it helps, what to do. */
import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({ title, body, action }: { title: string; body?: string; action?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="xl" data-testid="empty-state">
      <Stack align="center" gap={6}>
        <Text fw={600}>{title}</Text>
        {body ? (
          <Text size="sm" c="dimmed" ta="center" maw={520}>
            {body}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}
