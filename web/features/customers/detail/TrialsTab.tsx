/**
 * The Trials tab (DET-3): ongoing trials with services, licences and days left, then past trials. Actions
 * (start, extend, convert, cancel) come with the trials feature.
 */
import { Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerTrial } from '../../../../domain/contracts/customer-detail.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { useFormatters } from '../../../i18n/format.ts';
import { audienceOf, useSession } from '../../auth/session.ts';
import { BadgeList, ToneBadge } from '../list/Badges.tsx';
import { useProductName, useStatusBadges } from '../list/labels.ts';
import { useCustomerTrials } from './api.ts';
import classes from './detail.module.css';
import { EmptyState } from './EmptyState.tsx';

function DaysLeft({ trial }: { trial: CustomerTrial }) {
  const { t } = useTranslation();
  if (trial.daysLeft === null) {
    return (
      <Text span size="sm" c="dimmed">
        {t('customerDetail.trials.notStarted')}
      </Text>
    );
  }
  const urgent = trial.daysLeft <= 7;
  return (
    <Text span size="sm" fw={urgent ? 700 : 500} c={urgent ? 'orange.9' : undefined}>
      {t('customerDetail.trials.daysLeft', { count: trial.daysLeft })}
    </Text>
  );
}

function TrialTable({ trials, ongoing }: { trials: CustomerTrial[]; ongoing: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const badges = useStatusBadges();
  const showPartner = audienceOf(useSession()) === 'vendor';
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={8} className={classes.dense} data-testid={ongoing ? 'ongoing-trials' : 'past-trials'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customerDetail.trials.trial')}</Table.Th>
            {showPartner ? <Table.Th>{t('customerDetail.trials.partner')}</Table.Th> : null}
            <Table.Th>{t('customerDetail.trials.services')}</Table.Th>
            <Table.Th>{t('customerDetail.trials.state')}</Table.Th>
            <Table.Th>{t('customerDetail.trials.period')}</Table.Th>
            {ongoing ? <Table.Th>{t('customerDetail.trials.left')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trials.map((trial) => (
            <Table.Tr key={trial.id}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {trial.number}
                </Text>
                <Text size="xs" c="dimmed">
                  {trial.adminEmail}
                </Text>
              </Table.Td>
              {showPartner ? <Table.Td>{trial.partner.name}</Table.Td> : null}
              <Table.Td>
                <Stack gap={2}>
                  {trial.services.map((s) => (
                    <Text key={s.serviceId} size="sm">
                      {product(s.serviceId)}
                      <Text span size="xs" c="dimmed">
                        {' · '}
                        {s.isDevice
                          ? t('customerDetail.trials.devices')
                          : t('customerDetail.trials.licences', {
                              assigned: fmt.number(s.assigned),
                              total: fmt.number(s.licences),
                            })}
                      </Text>
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <ToneBadge colour={ongoing ? 'cyan' : 'gray'}>
                    {t(`customerDetail.trialStates.${trial.state}`)}
                  </ToneBadge>
                  {trial.status && trial.status !== 'trial_active' ? (
                    <BadgeList items={badges.subscription([trial.status])} />
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                {trial.startsAt && trial.endsAt ? (
                  <Text size="sm">
                    {fmt.date(trial.startsAt)} – {fmt.date(trial.endsAt)}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('customerDetail.trials.duration', { count: trial.durationDays })}
                  </Text>
                )}
              </Table.Td>
              {ongoing ? (
                <Table.Td>
                  <DaysLeft trial={trial} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function TrialsTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const query = useCustomerTrials(customerId);
  if (query.isPending) return <Skeleton height={220} radius="md" />;
  if (query.isError) {
    return <LoadError error={query.error} what={t('customerDetail.tabs.trials')} onRetry={() => query.refetch()} />;
  }
  const { ongoing, past } = query.data;
  if (ongoing.length === 0 && past.length === 0) {
    return <EmptyState title={t('customerDetail.trials.emptyTitle')} body={t('customerDetail.trials.emptyBody')} />;
  }
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Title order={2} fz="md" mb="sm">
          {t('customerDetail.trials.ongoing')}
        </Title>
        {ongoing.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('customerDetail.trials.noneOngoing')}
          </Text>
        ) : (
          <TrialTable trials={ongoing} ongoing />
        )}
      </Paper>
      {past.length > 0 ? (
        <Paper withBorder radius="md" p="md">
          <Title order={2} fz="md" mb="sm">
            {t('customerDetail.trials.past')}
          </Title>
          <TrialTable trials={past} ongoing={false} />
        </Paper>
      ) : null}
    </Stack>
  );
}
