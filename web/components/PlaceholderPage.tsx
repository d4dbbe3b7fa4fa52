/** An area whose feature is not built yet: its title, what it will hold, and a plain "not available yet". */
import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AreaId, areaById } from '../app/navigation.ts';
import { PageHeader } from './PageHeader.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';

export function PlaceholderPage({ area }: { area: AreaId }) {
  const { t } = useTranslation();
  const { icon: Icon } = areaById(area);
  const title = t(`areas.${area}.title`);
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} description={t(`areas.${area}.description`)} />
      <Paper withBorder radius="md" p="xl" data-testid="placeholder">
        <Stack align="center" gap="sm" py="xl">
          <ThemeIcon size={56} radius="xl" variant="light" aria-hidden="true">
            <Icon size={30} stroke={1.6} />
          </ThemeIcon>
          <Text fw={600}>{t('common.notAvailableYet')}</Text>
        </Stack>
      </Paper>
    </>
  );
}
