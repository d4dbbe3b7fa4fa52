/**
 * A vendor operator's actions on one subscription of the Subscriptions tab (issue #14): change its licence
 * quantities and auto-renew, suspend it as unpaid (confirmed) or reinstate it, renew it for a new term. Shown only
 * to those who may (the session's `manageSubscriptions`); the server checks every call again. Each change sends
 * the version last read: on a 409 the tab reloads and the dialog says why.
 */
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Menu,
  Modal,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAdjustments,
  IconAlertTriangle,
  IconArrowRight,
  IconCalendarRepeat,
  IconDots,
  IconPlayerPause,
  IconPlayerPlay,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { customerSubscription } from '../../../../domain/contracts/customer-detail.ts';
import {
  changeSubscriptionRequest,
  renewSubscriptionRequest,
  type SubscriptionChangeResponse,
} from '../../../../domain/contracts/subscriptions.ts';
import { addMonths, mayTakeAction, subscriptionTerms } from '../../../../domain/subscription-lifecycle.ts';
import { isApiError } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { useContractForm } from '../../../components/forms/useContractForm.ts';
import { useFormatters } from '../../../i18n/format.ts';
import { useProductName } from '../../catalogue/api.ts';
import { changeSubscription, customerQueryKey, subscriptionAction } from './api.ts';

type Subscription = z.infer<typeof customerSubscription>;
type Dialog = 'change' | 'suspend' | 'renew' | null;

/** One change: refreshes the customer's page and the customer list (its statuses follow); a 409 reloads them too. */
function useSubscriptionChange<TInput>(
  customerId: string,
  change: (input: TInput) => Promise<SubscriptionChangeResponse>,
  onDone: (answer: SubscriptionChangeResponse) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: customerQueryKey(customerId) }),
      queryClient.invalidateQueries({ queryKey: ['customers'] }),
    ]);
  const mutation = useMutation({
    mutationFn: change,
    onSuccess: async (answer) => {
      await refresh();
      onDone(answer);
    },
    onError: async (error) => {
      if (isApiError(error) && error.status === 409) await refresh();
    },
  });
  const error = mutation.error;
  const message =
    error === null
      ? null
      : isApiError(error) && error.status === 409 && error.code === 'conflict'
        ? t('customerDetail.subscriptionActions.conflict')
        : isApiError(error)
          ? error.message
          : t('customerDetail.subscriptionActions.failed');
  return { mutation, message, field: isApiError(error) ? error.field : undefined };
}

function ChangeError({ message }: { message: string | null }) {
  return message ? (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={18} />} data-testid="dialog-error">
      {message}
    </Alert>
  ) : null;
}

export function SubscriptionActions({ customerId, subscription }: { customerId: string; subscription: Subscription }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const reinstate = useSubscriptionChange(
    customerId,
    () => subscriptionAction(customerId, subscription.id, 'reinstate', { version: subscription.version }),
    () =>
      notifications.show({
        color: 'teal',
        message: t('customerDetail.subscriptionActions.reinstated', { number: subscription.number }),
      }),
  );
  const may = (action: 'change' | 'suspend' | 'reinstate' | 'renew') => mayTakeAction(action, subscription);
  if (!may('change') && !may('renew')) return null;
  return (
    <>
      <Menu position="bottom-end" shadow="md" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('customerDetail.subscriptionActions.menu', { number: subscription.number })}
            loading={reinstate.mutation.isPending}
            data-testid="subscription-actions"
          >
            <IconDots size={18} aria-hidden="true" />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {may('change') ? (
            <Menu.Item
              leftSection={<IconAdjustments size={16} aria-hidden="true" />}
              onClick={() => setDialog('change')}
              data-testid="subscription-change"
            >
              {t('customerDetail.subscriptionActions.change')}
            </Menu.Item>
          ) : null}
          {may('renew') ? (
            <Menu.Item
              leftSection={<IconCalendarRepeat size={16} aria-hidden="true" />}
              onClick={() => setDialog('renew')}
              data-testid="subscription-renew"
            >
              {t('customerDetail.subscriptionActions.renew')}
            </Menu.Item>
          ) : null}
          {may('suspend') ? (
            <Menu.Item
              color="red"
              leftSection={<IconPlayerPause size={16} aria-hidden="true" />}
              onClick={() => setDialog('suspend')}
              data-testid="subscription-suspend"
            >
              {t('customerDetail.subscriptionActions.suspend')}
            </Menu.Item>
          ) : null}
          {may('reinstate') ? (
            <Menu.Item
              leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
              onClick={() =>
                reinstate.mutation.mutate(undefined, {
                  onError: () =>
                    notifications.show({
                      color: 'red',
                      message: reinstate.message ?? t('customerDetail.subscriptionActions.failed'),
                    }),
                })
              }
              data-testid="subscription-reinstate"
            >
              {t('customerDetail.subscriptionActions.reinstate')}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      {dialog === 'change' ? (
        <ChangeDialog customerId={customerId} subscription={subscription} onClose={close} />
      ) : null}
      {dialog === 'renew' ? <RenewDialog customerId={customerId} subscription={subscription} onClose={close} /> : null}
      <SuspendDialog
        customerId={customerId}
        subscription={subscription}
        opened={dialog === 'suspend'}
        onClose={close}
      />
    </>
  );
}

function ChangeDialog({
  customerId,
  subscription,
  onClose,
}: {
  customerId: string;
  subscription: Subscription;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const {
    form,
    field: input,
    errorOf,
    onSubmit,
  } = useContractForm({
    schema: changeSubscriptionRequest,
    initialValues: {
      version: subscription.version,
      services: subscription.services.map((s) => ({ serviceId: s.serviceId, quantity: s.bought as number | '' })),
      autoRenew: subscription.autoRenew,
    },
    validateOnChange: true,
  });
  const { mutation, message, field } = useSubscriptionChange(
    customerId,
    (request: z.output<typeof changeSubscriptionRequest>) => changeSubscription(customerId, subscription.id, request),
    ({ order }) => {
      notifications.show({
        color: 'teal',
        message: order
          ? t('customerDetail.subscriptionActions.changed', { number: subscription.number })
          : t('customerDetail.subscriptionActions.unchanged'),
      });
      onClose();
    },
  );
  const values = form.getValues();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('customerDetail.subscriptionActions.changeTitle', { number: subscription.number })}
      centered
      size="lg"
    >
      <form
        noValidate
        onSubmit={onSubmit((request) => mutation.mutate(request))}
        data-testid="subscription-change-form"
      >
        <Stack gap="md">
          <Text size="sm">{t('customerDetail.subscriptionActions.changeBody')}</Text>
          {subscription.services.map((service, i) => {
            const path = `services.${i}.quantity`;
            const quantity = values.services[i]?.quantity;
            const below = typeof quantity === 'number' && quantity < service.assigned;
            const error = errorOf(path) ?? (field === path ? message : null);
            return (
              <NumberInput
                key={service.serviceId}
                label={product(service.serviceId)}
                description={
                  below
                    ? t('customerDetail.subscriptionActions.belowAssigned', { n: fmt.number(service.assigned) })
                    : t('customerDetail.subscriptionActions.assigned', { n: fmt.number(service.assigned) })
                }
                {...input(path)}
                error={error}
                aria-invalid={error ? true : undefined}
                min={1}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator={false}
                maw={280}
                data-testid={`subscription-quantity-${service.serviceId}`}
              />
            );
          })}
          <Switch
            label={t('customerDetail.subscriptionActions.autoRenew')}
            {...input('autoRenew', { type: 'checkbox' })}
            data-testid="subscription-auto-renew"
          />
          <ChangeError message={field?.startsWith('services') ? null : message} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('customerDetail.subscriptionActions.cancel')}
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={Object.keys(form.errors).length > 0}
              data-testid="subscription-change-save"
            >
              {t('customerDetail.subscriptionActions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RenewDialog({
  customerId,
  subscription,
  onClose,
}: {
  customerId: string;
  subscription: Subscription;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { form, onSubmit, errorOf } = useContractForm({
    schema: renewSubscriptionRequest,
    initialValues: { version: subscription.version, termMonths: subscription.termMonths },
  });
  const { mutation, message } = useSubscriptionChange(
    customerId,
    (request: z.output<typeof renewSubscriptionRequest>) =>
      subscriptionAction(customerId, subscription.id, 'renew', request),
    ({ subscription: after }) => {
      notifications.show({
        color: 'teal',
        message: t('customerDetail.subscriptionActions.renewed', {
          number: subscription.number,
          date: fmt.date(after.endsAt),
        }),
      });
      onClose();
    },
  );
  const { termMonths } = form.getValues();
  // The new term starts at the current end; once that has passed, today (the server decides on its clock).
  const ended = subscription.daysLeft < 0;
  const newEnd = ended ? null : addMonths(new Date(subscription.endsAt), termMonths);
  const terms = [...new Set([...subscriptionTerms, subscription.termMonths])].sort((a, b) => a - b);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('customerDetail.subscriptionActions.renewTitle', { number: subscription.number })}
      centered
      size="lg"
    >
      <form noValidate onSubmit={onSubmit((request) => mutation.mutate(request))}>
        <Stack gap="md">
          <Text size="sm">{t('customerDetail.subscriptionActions.renewBody')}</Text>
          <Radio.Group
            label={t('customerDetail.subscriptionActions.term')}
            value={String(termMonths)}
            onChange={(value) => form.setFieldValue('termMonths', Number(value))}
            error={errorOf('termMonths')}
          >
            <Group gap="md" mt={6}>
              {terms.map((months) => (
                <Radio
                  key={months}
                  value={String(months)}
                  label={t('customerDetail.subscriptionActions.months', { n: months })}
                  data-testid={`subscription-term-${months}`}
                />
              ))}
            </Group>
          </Radio.Group>
          {newEnd ? (
            <Paper withBorder radius="md" p="md" data-testid="renew-preview">
              <Group wrap="nowrap" gap="md">
                <Stack gap={2}>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {t('customerDetail.subscriptionActions.currentEnd')}
                  </Text>
                  <Text fw={600}>{fmt.date(subscription.endsAt)}</Text>
                </Stack>
                <IconArrowRight size={20} aria-hidden="true" color="var(--mantine-color-dimmed)" />
                <Stack gap={2}>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {t('customerDetail.subscriptionActions.newEnd')}
                  </Text>
                  <Text fw={700} c="var(--mantine-color-anchor)" data-testid="renew-new-end">
                    {fmt.date(newEnd.toISOString())}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          ) : (
            <Text size="sm" c="dimmed">
              {t('customerDetail.subscriptionActions.fromToday')}
            </Text>
          )}
          <ChangeError message={message} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('customerDetail.subscriptionActions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="subscription-renew-confirm">
              {t('customerDetail.subscriptionActions.renewConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function SuspendDialog({
  customerId,
  subscription,
  opened,
  onClose,
}: {
  customerId: string;
  subscription: Subscription;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { mutation, message } = useSubscriptionChange(
    customerId,
    () => subscriptionAction(customerId, subscription.id, 'suspend', { version: subscription.version }),
    () => {
      notifications.show({
        color: 'teal',
        message: t('customerDetail.subscriptionActions.suspended', { number: subscription.number }),
      });
      onClose();
    },
  );
  return (
    <ConfirmDialog
      opened={opened}
      title={t('customerDetail.subscriptionActions.suspendTitle', { number: subscription.number })}
      body={t('customerDetail.subscriptionActions.suspendBody')}
      confirmLabel={t('customerDetail.subscriptionActions.suspendConfirm')}
      cancelLabel={t('customerDetail.subscriptionActions.cancel')}
      loading={mutation.isPending}
      error={message}
      onConfirm={() => mutation.mutate(undefined)}
      onClose={() => {
        mutation.reset();
        onClose();
      }}
    />
  );
}
