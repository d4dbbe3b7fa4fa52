/** The customer's own running trials, each of which a full administrator may end (TRI-14). */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrialStateName, TrialSummary } from '../../../../domain/contracts/trials.ts';
import { isApiError } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { useDateWithDays } from '../../../i18n/format.ts';
import { useProductName } from '../../catalogue/api.ts';
import { consoleQueryKey } from '../../console/api.ts';
import { cancelTrial, completeSetup, refreshAfterTrialChange, useTrialList } from '../api.ts';
import { TrialStateBadge } from '../TrialStateBadge.tsx';

const running: readonly TrialStateName[] = ['pending_provisioning_details', 'provisioning', 'active'];

export function RunningTrials({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const list = useTrialList(running, undefined, customerId);
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="running-trials">
      <Stack gap={4} mb="sm">
        <Title order={2} fz="md">
          {t('trials.consent.runningTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('trials.consent.runningBody')}
        </Text>
      </Stack>
      <Stack gap={0}>
        {items.map((trial) => (
          <RunningTrial key={trial.id} trial={trial} customerId={customerId} />
        ))}
      </Stack>
    </Paper>
  );
}

function RunningTrial({ trial, customerId }: { trial: TrialSummary; customerId: string }) {
  const { t } = useTranslation();
  const product = useProductName();
  const withDays = useDateWithDays();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const partner = trial.partner.name;
  const cancel = useMutation({
    mutationFn: () => cancelTrial(trial.id, trial.version),
    onSuccess: async () => {
      setConfirming(false);
      notifications.show({ color: 'teal', message: t('trials.consent.cancelled', { partner }) });
      await Promise.all([
        refreshAfterTrialChange(queryClient, customerId),
        queryClient.invalidateQueries({ queryKey: consoleQueryKey(customerId) }),
      ]);
    },
    onError: async (error) => {
      if (isApiError(error) && error.status === 409) await refreshAfterTrialChange(queryClient, customerId);
    },
  });
  // The customer's administrator gives the provisioning details once it accepted (pending → provisioning).
  const setup = useMutation({
    mutationFn: () => completeSetup(trial.id, trial.version),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('trials.actions.setupDone', { number: trial.number }) });
      await refreshAfterTrialChange(queryClient, customerId);
    },
    onError: (error) =>
      notifications.show({ color: 'red', message: isApiError(error) ? error.message : t('trials.actions.failed') }),
  });
  const message = cancel.error
    ? isApiError(cancel.error) && cancel.error.code === 'conflict'
      ? t('trials.actions.conflict')
      : isApiError(cancel.error)
        ? cancel.error.message
        : t('trials.actions.failed')
    : null;
  return (
    <Group
      justify="space-between"
      py="sm"
      wrap="nowrap"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      data-testid="running-trial"
    >
      <Stack gap={2}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {partner}
          </Text>
          <TrialStateBadge state={trial.state} />
        </Group>
        <Text size="sm">{trial.services.map((s) => product(s.serviceId)).join(', ')}</Text>
        {trial.endsAt && trial.daysLeft !== null ? (
          <Text size="xs" c="dimmed">
            {t('trials.consent.ends', { date: withDays(trial.endsAt, trial.daysLeft) })}
          </Text>
        ) : null}
      </Stack>
      <Group gap="xs" wrap="nowrap">
        {trial.actions.completeSetup ? (
          <Button size="xs" onClick={() => setup.mutate()} loading={setup.isPending} data-testid="finish-setup">
            {t('trials.actions.completeSetup')}
          </Button>
        ) : null}
        {trial.actions.cancel ? (
          <Button variant="default" size="xs" onClick={() => setConfirming(true)} data-testid="end-trial">
            {t('trials.consent.cancel')}
          </Button>
        ) : null}
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('trials.consent.cancelTitle', { partner })}
        body={t('trials.consent.cancelBody')}
        confirmLabel={t('trials.consent.cancel')}
        cancelLabel={t('trials.actions.keep')}
        loading={cancel.isPending}
        error={message}
        onConfirm={() => cancel.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}
