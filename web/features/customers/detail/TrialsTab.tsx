/**
 * The Trials tab (DET-3): each ongoing trial as a card with its services and licences, period, days left and its
 * actions (TRI-6, TRI-11…TRI-14: resend consent, finish setup, extend, convert, edit, cancel), then past trials
 * as a table. Start trial opens the wizard for this customer (TRI-4, TRI-10).
 */
import { Grid, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerTrial } from '../../../../domain/contracts/customer-detail.ts';
import { BadgeList } from '../../../components/Badges.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { useFormatters } from '../../../i18n/format.ts';
import { audienceOf, useSession } from '../../auth/session.ts';
import { TrialActions } from '../../trials/actions/TrialActions.tsx';
import { StartTrialButton } from '../../trials/StartTrialButton.tsx';
import { DaysLeftText, TrialStateBadge } from '../../trials/TrialStateBadge.tsx';
import { useProductName, useStatusBadges } from '../list/labels.ts';
import { useCustomer, useCustomerTrials } from './api.ts';
import classes from './detail.module.css';

function Services({ trial }: { trial: CustomerTrial }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  return (
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
  );
}

function Period({ trial }: { trial: CustomerTrial }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return trial.startsAt && trial.endsAt ? (
    <Text size="sm">
      {fmt.date(trial.startsAt)} – {fmt.date(trial.endsAt)}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      {t('customerDetail.trials.duration', { count: trial.durationDays })}
    </Text>
  );
}

function StateBadges({ trial }: { trial: CustomerTrial }) {
  const badges = useStatusBadges();
  return (
    <Group gap={4} wrap="nowrap">
      <TrialStateBadge state={trial.state} />
      {trial.status && trial.status !== 'trial_active' ? (
        <BadgeList items={badges.subscription([trial.status])} />
      ) : null}
    </Group>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.2}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function OngoingTrial({ trial, showPartner }: { trial: CustomerTrial; showPartner: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="trial-row" data-trial-number={trial.number}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Group gap="sm">
            <Text fw={700} ff="monospace" size="sm">
              {trial.number}
            </Text>
            <StateBadges trial={trial} />
          </Group>
          <Text size="xs" c="dimmed">
            {showPartner ? `${trial.partner.name} · ` : ''}
            {trial.adminEmail}
          </Text>
        </Stack>
        <TrialActions trialId={trial.id} />
      </Group>
      <Grid mt="md" gutter="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Field label={t('customerDetail.trials.services')}>
            <Services trial={trial} />
          </Field>
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <Field label={t('customerDetail.trials.period')}>
            <Period trial={trial} />
          </Field>
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <Field label={t('customerDetail.trials.left')}>
            <DaysLeftText daysLeft={trial.daysLeft} />
          </Field>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

function PastTrials({ trials, showPartner }: { trials: CustomerTrial[]; showPartner: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={8} className={classes.dense} data-testid="past-trials">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customerDetail.trials.trial')}</Table.Th>
            {showPartner ? <Table.Th>{t('customerDetail.trials.partner')}</Table.Th> : null}
            <Table.Th>{t('customerDetail.trials.services')}</Table.Th>
            <Table.Th>{t('customerDetail.trials.state')}</Table.Th>
            <Table.Th>{t('customerDetail.trials.period')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trials.map((trial) => (
            <Table.Tr key={trial.id} data-trial-number={trial.number}>
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
                <Services trial={trial} />
              </Table.Td>
              <Table.Td>
                <StateBadges trial={trial} />
              </Table.Td>
              <Table.Td>
                <Period trial={trial} />
              </Table.Td>
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
  const customer = useCustomer(customerId).data;
  const showPartner = audienceOf(useSession()) === 'vendor';
  // DET-3: the button leads when no trial runs; with one running it stays available for other services (TRI-10).
  const start = (primary: boolean) =>
    customer?.permissions.startTrial ? (
      <StartTrialButton
        customer={{ id: customer.id, name: customer.name, adminEmail: customer.adminEmail }}
        variant={primary ? 'filled' : 'default'}
        size="sm"
      />
    ) : null;
  if (query.isPending) return <Skeleton height={220} radius="md" />;
  if (query.isError) {
    return <LoadError error={query.error} what={t('customerDetail.tabs.trials')} onRetry={() => query.refetch()} />;
  }
  const { ongoing, past } = query.data;
  if (ongoing.length === 0 && past.length === 0) {
    return (
      <EmptyState
        title={t('customerDetail.trials.emptyTitle')}
        body={t('customerDetail.trials.emptyBody')}
        action={start(true)}
      />
    );
  }
  return (
    <Stack gap="md">
      <Stack gap="sm" data-testid="ongoing-trials">
        <Group justify="space-between">
          <Title order={2} fz="md">
            {t('customerDetail.trials.ongoing')}
          </Title>
          {start(ongoing.length === 0)}
        </Group>
        {ongoing.length === 0 ? (
          <Paper withBorder radius="md" p="md">
            <Text size="sm" c="dimmed">
              {t('customerDetail.trials.noneOngoing')}
            </Text>
          </Paper>
        ) : (
          ongoing.map((trial) => <OngoingTrial key={trial.id} trial={trial} showPartner={showPartner} />)
        )}
      </Stack>
      {past.length > 0 ? (
        <Paper withBorder radius="md" p="md">
          <Title order={2} fz="md" mb="sm">
            {t('customerDetail.trials.past')}
          </Title>
          <PastTrials trials={past} showPartner={showPartner} />
        </Paper>
      ) : null}
    </Stack>
  );
}
