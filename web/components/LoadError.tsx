/**
 * What a page shows when its data could not be loaded: "not found" for a 404 (which is also what another
 * tenant's object reads as), "no permission" for a 403, otherwise the error with a retry.
 */
import { Alert, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api/client.ts';

export function LoadError({
  error,
  what,
  onRetry,
  back = { to: '/customers', label: undefined },
}: {
  error: unknown;
  /** "The customer", "The administrators" … */
  what: string;
  onRetry?: () => void;
  back?: { to: string; label: string | undefined };
}) {
  const { t } = useTranslation();
  const status = isApiError(error) ? error.status : undefined;
  if (status === 404 || status === 403) {
    const notFound = status === 404;
    return (
      <Paper withBorder radius="md" p="xl" data-testid={notFound ? 'not-found' : 'forbidden'}>
        <Stack align="center" gap="sm" py="lg">
          <ThemeIcon size={52} radius="xl" variant="light" color="gray" aria-hidden="true">
            {notFound ? <IconSearch size={26} stroke={1.6} /> : <IconLock size={26} stroke={1.6} />}
          </ThemeIcon>
          <Title order={2} fz="lg">
            {notFound ? t('loadError.notFoundTitle', { what }) : t('loadError.forbiddenTitle')}
          </Title>
          <Text c="dimmed" size="sm" ta="center" maw={480}>
            {notFound ? t('loadError.notFoundBody') : isApiError(error) ? error.message : ''}
          </Text>
          <Button component={Link} to={back.to} variant="default">
            {back.label ?? t('loadError.back')}
          </Button>
        </Stack>
      </Paper>
    );
  }
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('loadError.title', { what })} role="alert">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm">{isApiError(error) ? error.message : t('loadError.network')}</Text>
        {onRetry ? (
          <Button size="xs" variant="white" color="red.9" onClick={onRetry}>
            {t('loadError.retry')}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
