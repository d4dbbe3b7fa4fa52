/** On the partner's Overview: the way to "Start my organisation" (ORG-1), until it is started. */
import { Button, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconBuildingSkyscraper } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { audienceOf, useSession } from '../auth/session.ts';
import { useMyOrganisation } from './api.ts';

export function StartMyOrganisationCard() {
  const { t } = useTranslation();
  const isPartner = audienceOf(useSession()) === 'partner';
  const query = useMyOrganisation(isPartner);
  if (!isPartner || query.data?.status !== 'not_started') return null;
  return (
    <Paper withBorder radius="md" p="md" mb="md" data-testid="start-my-organisation-card">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size={38} radius="md" aria-hidden="true">
            <IconBuildingSkyscraper size={20} stroke={1.7} />
          </ThemeIcon>
          <div>
            <Text fw={600}>{t('myOrganisation.cardTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('myOrganisation.cardBody')}
            </Text>
          </div>
        </Group>
        <Button component={Link} to="/my-organisation" variant="light" style={{ flexShrink: 0 }}>
          {t('myOrganisation.cardAction')}
        </Button>
      </Group>
    </Paper>
  );
}
