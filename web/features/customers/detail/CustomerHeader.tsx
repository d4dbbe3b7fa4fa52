/**
 * The header of the customer detail page: name, every status (most urgent first), owner partner, how the
 * viewer's partner manages it, and the actions launch and tag (UI.md).
 */
import { Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconBuildingStore, IconExternalLink, IconMail, IconMapPin, IconTag } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/Badges.tsx';
import { countryName, useFormatters } from '../../../i18n/format.ts';
import { tagColour } from '../../tags/api.ts';
import { useStatusBadges } from '../list/labels.ts';
import type { CustomerDetail } from './api.ts';
import { CustomerTagMenu } from './CustomerTagMenu.tsx';
import { consolePath } from './paths.ts';

function Fact({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text span c="dimmed" style={{ display: 'inline-flex' }} aria-hidden="true">
        {icon}
      </Text>
      <Text span size="sm">
        {children}
      </Text>
    </Group>
  );
}

export function CustomerHeader({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const badges = useStatusBadges();
  const fmt = useFormatters();
  const country = customer.country ? countryName(fmt.locale, customer.country) : null;
  const relationship =
    customer.managedBy === 'owner'
      ? t('customerDetail.header.owner')
      : customer.managedBy === 'external_admin'
        ? t('customerDetail.header.externalAdmin')
        : null;

  return (
    <Paper withBorder radius="md" p="md" data-testid="customer-header">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={8} style={{ minWidth: 0 }}>
          <Group gap="sm" wrap="wrap">
            <Title order={1} fz={24} data-testid="customer-name">
              {customer.name}
            </Title>
            {customer.isPartnerOwnOrganisation ? (
              <ToneBadge colour="brand">{t('customerDetail.header.ownOrganisation')}</ToneBadge>
            ) : null}
          </Group>
          <Group gap={6} wrap="wrap" aria-label={t('customerDetail.header.statuses')} role="group">
            {badges.customer(customer.statuses).map((b) => (
              <ToneBadge key={b.key} colour={b.colour}>
                {b.label}
              </ToneBadge>
            ))}
            {customer.tags.length > 0 ? (
              <Group gap={4} ml="xs" wrap="wrap" aria-label={t('customerDetail.header.tags')}>
                <IconTag size={14} stroke={1.7} color="var(--mantine-color-dimmed)" aria-hidden="true" />
                {customer.tags.map((tag) => (
                  <ToneBadge key={tag.id} colour={tagColour(tag.colour)} variant="outline">
                    {tag.name}
                  </ToneBadge>
                ))}
              </Group>
            ) : null}
          </Group>
          <Group gap="lg" wrap="wrap" mt={2} style={{ rowGap: 4 }}>
            <Fact icon={<IconBuildingStore size={16} stroke={1.7} />}>
              {customer.ownerPartner
                ? t('customerDetail.header.ownedBy', { partner: customer.ownerPartner.name })
                : t('customerDetail.header.direct')}
              {relationship ? (
                <Text span c="dimmed">
                  {' · '}
                  {relationship}
                </Text>
              ) : null}
              {customer.adminLevel === 'provisioning' ? (
                <Tooltip label={t('customerDetail.header.provisioningHint')} multiline maw={300}>
                  <Text span c="orange" fw={600}>
                    {' · '}
                    {t('customerDetail.header.provisioningOnly')}
                  </Text>
                </Tooltip>
              ) : null}
            </Fact>
            {customer.adminEmail ? <Fact icon={<IconMail size={16} stroke={1.7} />}>{customer.adminEmail}</Fact> : null}
            {country ? (
              <Fact icon={<IconMapPin size={16} stroke={1.7} />}>
                {customer.dataRegion
                  ? t('customerDetail.header.countryRegion', { country, region: customer.dataRegion })
                  : country}
              </Fact>
            ) : null}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {customer.permissions.tag ? <CustomerTagMenu customer={customer} /> : null}
          {customer.permissions.launch ? (
            <Button
              component={Link}
              to={consolePath(customer.id)}
              leftSection={<IconExternalLink size={16} stroke={1.8} aria-hidden="true" />}
              data-testid="launch-customer"
            >
              {t('customerDetail.header.launch')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}
