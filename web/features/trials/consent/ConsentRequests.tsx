/**
 * The consent screen of a customer's full administrators (TRI-8, TRI-9): each pending trial request with what it
 * asks, the full-administration box explained (ROL-3), accept or decline. Below, the customer's running trials,
 * each of which it may end (TRI-14).
 */
import { Alert, Button, Checkbox, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClock, IconFlask, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentRequest } from '../../../../domain/contracts/trials.ts';
import { isApiError } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { useDateWithDays, useFormatters } from '../../../i18n/format.ts';
import { useProductName } from '../../catalogue/api.ts';
import { consoleQueryKey } from '../../console/api.ts';
import { acceptConsent, declineConsent, refreshAfterTrialChange, useConsents } from '../api.ts';
import { RunningTrials } from './RunningTrials.tsx';

export function ConsentRequests({
  customerId,
  customerName,
  empty,
}: {
  customerId: string;
  customerName: string;
  /** Shown when no request waits. */
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const consents = useConsents();
  if (consents.isPending) return null;
  if (consents.isError) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} data-testid="consent-not-allowed">
        {isApiError(consents.error) && consents.error.status === 403
          ? t('trials.consent.notAllowed')
          : isApiError(consents.error)
            ? consents.error.message
            : t('trials.actions.failed')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      {consents.data.items.length === 0 ? empty : null}
      {consents.data.items.map((request) => (
        <ConsentCard key={request.trialId} request={request} customerId={customerId} customerName={customerName} />
      ))}
      <RunningTrials customerId={customerId} />
    </Stack>
  );
}

function ConsentCard({
  request,
  customerId,
  customerName,
}: {
  request: ConsentRequest;
  customerId: string;
  customerName: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const withDays = useDateWithDays();
  const queryClient = useQueryClient();
  const [fullAdministration, setFullAdministration] = useState(true);
  const [confirmDecline, setConfirmDecline] = useState(false);
  const partner = request.partner.name;
  const refresh = () =>
    Promise.all([
      refreshAfterTrialChange(queryClient, customerId),
      queryClient.invalidateQueries({ queryKey: consoleQueryKey(customerId) }),
    ]);
  const accept = useMutation({
    mutationFn: () => acceptConsent(request.trialId, { fullAdministration }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('trials.consent.accepted', { partner }) });
      await refresh();
    },
  });
  const decline = useMutation({
    mutationFn: () => declineConsent(request.trialId),
    onSuccess: async () => {
      setConfirmDecline(false);
      notifications.show({ color: 'teal', message: t('trials.consent.declined', { partner }) });
      await refresh();
    },
  });
  const error = accept.error ?? decline.error;
  const message = error ? (isApiError(error) ? error.message : t('trials.actions.failed')) : null;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="consent-request">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon size={40} radius="md" variant="light" aria-hidden="true">
              <IconFlask size={22} />
            </ThemeIcon>
            <Stack gap={2}>
              <Title order={2} fz="md">
                {t('trials.consent.title', { partner })}
              </Title>
              <Text size="xs" c="dimmed" ff="monospace">
                {request.trialNumber}
              </Text>
            </Stack>
          </Group>
          {request.respondBy && request.respondByDaysLeft !== null ? (
            <Group gap={6} wrap="nowrap">
              <IconClock size={16} aria-hidden="true" />
              <Text size="sm" fw={600}>
                {t('console.pending.respondBy', { date: withDays(request.respondBy, request.respondByDaysLeft) })}
              </Text>
            </Group>
          ) : null}
        </Group>
        <Stack gap={6}>
          <Text size="sm">{t('trials.consent.intro', { partner, customer: customerName })}</Text>
          <List size="sm" spacing={2} withPadding>
            {request.services.map((s) => (
              <List.Item key={s.serviceId}>{product(s.serviceId)}</List.Item>
            ))}
          </List>
          <Text size="sm">
            {t('trials.consent.licences', {
              count: request.licenceQuantity,
              quantity: fmt.number(request.licenceQuantity),
            })}
            {', '}
            {t('trials.consent.duration', { count: request.durationDays })}
          </Text>
        </Stack>
        <Paper withBorder radius="md" p="md" bg="var(--mantine-color-default-hover)">
          <Checkbox
            checked={fullAdministration}
            onChange={(e) => setFullAdministration(e.currentTarget.checked)}
            label={
              <Text size="sm" fw={600}>
                {t('trials.consent.fullAdmin', { partner, customer: customerName })}
              </Text>
            }
            description={t('trials.consent.fullAdminHelp')}
            data-testid="consent-full-admin"
          />
        </Paper>
        {message ? (
          <Alert color="red" variant="light" role="alert">
            {message}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setConfirmDecline(true)} data-testid="consent-decline">
            {t('trials.consent.decline')}
          </Button>
          <Button onClick={() => accept.mutate()} loading={accept.isPending} data-testid="consent-accept">
            {t('trials.consent.accept')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirmDecline}
        title={t('trials.consent.declineTitle')}
        body={t('trials.consent.declineBody', { partner })}
        confirmLabel={t('trials.consent.decline')}
        cancelLabel={t('trials.wizard.cancel')}
        loading={decline.isPending}
        error={decline.error ? message : null}
        onConfirm={() => decline.mutate()}
        onClose={() => setConfirmDecline(false)}
      />
    </Paper>
  );
}
