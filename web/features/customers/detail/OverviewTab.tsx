/** The Overview tab: licences, statuses with what each means, the organisation and the partners linked. */
import { Anchor, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BadgeList, NoValue, ToneBadge } from '../../../components/Badges.tsx';
import { countryName, useFormatters } from '../../../i18n/format.ts';
import { useStatusBadges } from '../list/labels.ts';
import type { CustomerDetail } from './api.ts';
import { customerPath } from './paths.ts';

function Card({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="md">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w="40%" fw={500} c="dimmed" fz="sm">
        {label}
      </Table.Th>
      <Table.Td fz="sm">{children ?? <NoValue />}</Table.Td>
    </Table.Tr>
  );
}

function LicenceSummary({ licences }: { licences: CustomerDetail['licences'] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const scale = Math.max(licences.total, licences.assigned, 1);
  const pct = (n: number) => `${fmt.number((n / Math.max(licences.total, 1)) * 100, { maximumFractionDigits: 1 })} %`;
  const over = licences.assigned > licences.total;
  const figures = [
    { key: 'total', value: licences.total, hint: null },
    { key: 'assigned', value: licences.assigned, hint: licences.total > 0 ? pct(licences.assigned) : null },
    { key: 'used', value: licences.used, hint: licences.total > 0 ? pct(licences.used) : null },
  ] as const;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={3}>
        {figures.map((f) => (
          <Stack key={f.key} gap={0}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t(`customerDetail.licences.${f.key}`)}
            </Text>
            <Text fz={22} fw={700} c={f.key === 'assigned' && over ? 'red' : undefined}>
              {fmt.number(f.value)}
            </Text>
            {f.hint ? (
              <Text size="xs" c="dimmed">
                {f.hint}
              </Text>
            ) : null}
          </Stack>
        ))}
      </SimpleGrid>
      <Progress.Root size={10} aria-hidden="true">
        <Progress.Section value={(Math.min(licences.used, licences.assigned) / scale) * 100} color="brand.7" />
        <Progress.Section
          value={(Math.max(licences.assigned - licences.used, 0) / scale) * 100}
          color={over ? 'red.4' : 'brand.3'}
        />
      </Progress.Root>
      <Text size="xs" c="dimmed">
        {t('customerDetail.licences.explain')}
      </Text>
    </Stack>
  );
}

export function OverviewTab({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const badges = useStatusBadges();
  const link = (tab: 'subscriptions' | 'trials' | 'admins', n: number) => (
    <Anchor component={Link} to={customerPath(customer.id, tab)} size="sm">
      {fmt.number(n)}
    </Anchor>
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card title={t('customerDetail.overview.licences')}>
        <LicenceSummary licences={customer.licences} />
      </Card>

      <Card title={t('customerDetail.overview.statuses')}>
        <Stack gap={6}>
          {customer.statuses.map((status) => (
            <Group key={status} gap="sm" wrap="nowrap" align="flex-start">
              <div style={{ width: 150, flexShrink: 0 }}>
                {badges.customer([status]).map((b) => (
                  <ToneBadge key={b.key} colour={b.colour}>
                    {b.label}
                  </ToneBadge>
                ))}
              </div>
              <Text size="sm" c="dimmed">
                {t(`customerDetail.statusHelp.${status}`)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Card>

      <Card title={t('customerDetail.overview.organisation')}>
        <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0}>
          <Table.Tbody>
            <Row label={t('customerDetail.overview.adminEmail')}>{customer.adminEmail}</Row>
            <Row label={t('customerDetail.overview.country')}>
              {customer.country ? countryName(fmt.locale, customer.country) : null}
            </Row>
            <Row label={t('customerDetail.overview.dataRegion')}>{customer.dataRegion}</Row>
            <Row label={t('customerDetail.overview.timeZone')}>{customer.timeZone}</Row>
            <Row label={t('customerDetail.overview.vertical')}>{customer.vertical}</Row>
            <Row label={t('customerDetail.overview.createdAt')}>{fmt.date(customer.createdAt)}</Row>
          </Table.Tbody>
        </Table>
      </Card>

      <Card title={t('customerDetail.overview.business')}>
        <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0}>
          <Table.Tbody>
            <Row label={t('customerDetail.overview.subscriptionStatus')}>
              <BadgeList items={badges.subscription(customer.subscriptionStatuses)} max={3} />
            </Row>
            <Row label={t('customerDetail.overview.provisioning')}>
              <BadgeList items={badges.provisioning(customer.provisioningStatus)} />
            </Row>
            <Row label={t('customerDetail.overview.liveSubscriptions')}>
              {link('subscriptions', customer.counts.liveSubscriptions)}
            </Row>
            <Row label={t('customerDetail.overview.ongoingTrials')}>
              {link('trials', customer.counts.ongoingTrials)}
            </Row>
            <Row label={t('customerDetail.overview.partnerAdmins')}>
              {link('admins', customer.counts.partnerAdmins)}
            </Row>
            {customer.partners.map((partner) => (
              <Row key={partner.id} label={partner.name}>
                {t(`customerDetail.relationship.${partner.relationship}`)}
                {' · '}
                {t(`customerDetail.adminLevel.${partner.adminLevel}`)}
              </Row>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </SimpleGrid>
  );
}
