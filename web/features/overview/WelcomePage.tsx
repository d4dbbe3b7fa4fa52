/**
 * Landing page after sign-in (/overview for partners and the vendor, /console for customers): a welcome with
 * the organisation and the user's roles from the session, and how to reach every area. Nothing invented.
 */
import { Badge, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconBuilding, IconCalendar, IconKeyboard, IconShieldCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { audienceOf, useSession } from '../auth/session.ts';
import { StartMyOrganisationCard } from '../my-organisation/StartMyOrganisationCard.tsx';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <ThemeIcon variant="light" size={38} radius="md" aria-hidden="true">
          {icon}
        </ThemeIcon>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {label}
          </Text>
          {children}
        </Stack>
      </Group>
    </Paper>
  );
}

export default function WelcomePage() {
  const session = useSession();
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { user, organisation, roles } = session;
  const audience = audienceOf(session);
  useDocumentTitle(t(audience === 'customer' ? 'areas.console.title' : 'areas.overview.title'));

  const kind =
    organisation.kind === 'partner' && organisation.partnerTier
      ? t(`partnerTiers.${organisation.partnerTier}`)
      : t(`orgKinds.${organisation.kind}`);

  return (
    <>
      <PageHeader
        title={t('overview.welcome', { name: user.name })}
        description={t('overview.signedInTo', { organisation: organisation.name })}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
        <Fact icon={<IconBuilding size={20} stroke={1.7} />} label={t('overview.organisation')}>
          <Text fw={600} truncate="end" data-testid="welcome-organisation">
            {organisation.name}
          </Text>
          {kind.toLowerCase() !== organisation.name.toLowerCase() ? (
            <Text size="sm" c="dimmed">
              {kind}
            </Text>
          ) : null}
        </Fact>
        <Fact icon={<IconShieldCheck size={20} stroke={1.7} />} label={t('overview.yourRoles')}>
          {roles.length === 0 ? (
            <Text size="sm">{t('overview.noRoles')}</Text>
          ) : (
            <Group gap={6} data-testid="welcome-roles">
              {roles.map((role) => (
                <Badge key={role} variant="light" radius="sm">
                  {t(`roles.${role}`)}
                </Badge>
              ))}
            </Group>
          )}
        </Fact>
        <Fact icon={<IconCalendar size={20} stroke={1.7} />} label={t('overview.today')}>
          <Text fw={600}>{fmt.longDate(session.now)}</Text>
          {session.demoMode ? (
            <Text size="sm" c="dimmed">
              {t('demoClock.hint')}
            </Text>
          ) : null}
        </Fact>
      </SimpleGrid>

      <StartMyOrganisationCard />
      <Paper withBorder radius="md" p="md" data-testid="welcome-tip">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size={38} radius="md" aria-hidden="true">
            <IconKeyboard size={20} stroke={1.7} />
          </ThemeIcon>
          <Text size="sm">{t('overview.paletteTip', { shortcut: IS_MAC ? '⌘ K' : 'Ctrl K' })}</Text>
        </Group>
      </Paper>
    </>
  );
}
