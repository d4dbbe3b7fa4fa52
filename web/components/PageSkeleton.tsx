/** Shown while a page's code or first data loads: the page's shape, never a spinner over a blank page. */
import { Group, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" role="status" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={30} width="32%" radius="sm" />
      <Skeleton height={14} width="55%" radius="sm" />
      <Group grow gap="md" mt="sm">
        <Skeleton height={84} radius="md" />
        <Skeleton height={84} radius="md" />
        <Skeleton height={84} radius="md" />
      </Group>
      <Skeleton height={260} radius="md" />
    </Stack>
  );
}
