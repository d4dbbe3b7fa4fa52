/**
 * The Trials tab (DET-3): each ongoing trial as a card with its services and licences, period, days left and its
 * actions (TRI-6, TRI-11…TRI-14: resend consent, finish setup, extend, convert, edit, cancel), then past trials
 * as a table. Start trial opens the wizard for this customer (TRI-4, TRI-10).
 */
import { Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerTrial } from '../../../../domain/contracts/customer-detail.ts';
import { BadgeList } from '../../../components/Badges.tsx';
import { type ColumnDef, DataTable } from '../../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { useFormatters } from '../../../i18n/format.ts';
import { audienceOf, useSession } from '../../auth/session.ts';
import { useProductName } from '../../catalogue/api.ts';
import { TrialActions } from '../../trials/actions/TrialActions.tsx';
import { StartTrialButton } from '../../trials/StartTrialButton.tsx';
import { DaysLeftText, TrialStateBadge } from '../../trials/TrialStateBadge.tsx';
import { useStatusBadges } from '../list/labels.ts';
import { useCustomer, useCustomerTrials } from './api.ts';

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
            <DaysLeftText daysLeft={trial.daysLeft} endsSoon={trial.endsSoon} />
          </Field>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

function PastTrials({ trials, showPartner }: { trials: CustomerTrial[]; showPartner: boolean }) {
  const { t } = useTranslation();
  const product = useProductName();
  const columns: ColumnDef<CustomerTrial>[] = [
    {
      id: 'trial',
      header: t('customerDetail.trials.trial'),
      accessorFn: (trial) => trial.number,
      cell: ({ row: { original: trial } }) => (
        <>
          <Text size="sm" ff="monospace">
            {trial.number}
          </Text>
          <Text size="xs" c="dimmed">
            {trial.adminEmail}
          </Text>
        </>
      ),
    },
    ...(showPartner
      ? [
          {
            id: 'partner',
            header: t('customerDetail.trials.partner'),
            accessorFn: (trial) => trial.partner.name,
          } satisfies ColumnDef<CustomerTrial>,
        ]
      : []),
    {
      id: 'services',
      header: t('customerDetail.trials.services'),
      accessorFn: (trial) => trial.services.map((s) => product(s.serviceId)).join(', '),
      cell: ({ row }) => <Services trial={row.original} />,
    },
    {
      id: 'state',
      header: t('customerDetail.trials.state'),
      accessorFn: (trial) => t(`trials.states.${trial.state}`),
      cell: ({ row }) => <StateBadges trial={row.original} />,
    },
    {
      id: 'period',
      header: t('customerDetail.trials.period'),
      accessorFn: (trial) => trial.startsAt,
      meta: { exportValue: (trial) => [trial.startsAt, trial.endsAt].filter(Boolean).join(' – ') },
      cell: ({ row }) => <Period trial={row.original} />,
    },
  ];
  return (
    <DataTable
      label={t('customerDetail.trials.past')}
      columns={columns}
      data={trials}
      getRowId={(trial) => trial.id}
      rowData={(trial) => ({ 'data-trial-number': trial.number })}
      columnMenu
      exportName="past-trials"
      testId="past-trials"
    />
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
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Title order={2} fz="md" p="md">
            {t('customerDetail.trials.past')}
          </Title>
          <PastTrials trials={past} showPartner={showPartner} />
        </Paper>
      ) : null}
    </Stack>
  );
}
