/**
 * The dialogs of a trial's actions (TRI-11…TRI-14): extend (the new end shown before saving, device trials wait
 * for the vendor and stop at 120 days), convert (provisioning contact; tier-2 partners send it to their
 * distributor), edit (services and licence quantity) and cancel (confirm). Errors stay in the dialog, next to
 * the field the server names; a 409 reloads the trial and says why.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowRight, IconClock, IconDevices } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { useContractForm } from '../../../components/forms/useContractForm.ts';
import { useFormatters } from '../../../i18n/format.ts';
import { useSession } from '../../auth/session.ts';
import { useCatalogue, useProductName } from '../../catalogue/api.ts';
import {
  cancelTrial,
  convertTrial,
  editTrial,
  extendTrial,
  lookupCustomer,
  type TrialDetail,
  useTrialOptions,
} from '../api.ts';
import { convertContact, editServices } from './trialForms.ts';
import { useTrialChange } from './useTrialChange.ts';

function ChangeError({ message }: { message: string | null }) {
  return message ? (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={18} />} data-testid="dialog-error">
      {message}
    </Alert>
  ) : null;
}

export function ExtendDialog({ trial, onClose }: { trial: TrialDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { mutation, message } = useTrialChange(
    trial,
    () => extendTrial(trial.id, trial.version),
    ({ extension, trial: after }) => {
      notifications.show({
        color: 'teal',
        message:
          extension.status === 'pending_approval'
            ? t('trials.extend.requested', { number: after.number })
            : t('trials.extend.done', { number: after.number, date: fmt.date(extension.newEndsAt) }),
      });
      onClose();
    },
  );
  const preview = trial.extensionPreview;
  const hasDevices = trial.services.some((s) => s.isDevice);
  return (
    <Modal opened onClose={onClose} title={t('trials.extend.title', { number: trial.number })} centered size="lg">
      <Stack gap="md">
        <Text size="sm">{t('trials.extend.body')}</Text>
        {trial.endsAt && preview ? (
          <Paper withBorder radius="md" p="md" data-testid="extend-preview">
            <Group justify="space-between" wrap="nowrap" gap="md">
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('trials.extend.currentEnd')}
                </Text>
                <Text fw={600} data-testid="extend-current-end">
                  {fmt.date(trial.endsAt)}
                </Text>
              </Stack>
              <IconArrowRight size={20} aria-hidden="true" color="var(--mantine-color-dimmed)" />
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('trials.extend.newEnd')}
                </Text>
                <Text fw={700} c="var(--mantine-color-anchor)" data-testid="extend-new-end">
                  {fmt.date(preview.newEndsAt)}
                </Text>
              </Stack>
              <Text size="sm" c="dimmed" data-testid="extend-days">
                {t('trials.extend.daysLeft', { before: trial.daysLeft ?? 0, after: preview.newDaysLeft })}
              </Text>
            </Group>
          </Paper>
        ) : null}
        {trial.extensionRefusal ? (
          <Alert color="orange" variant="light" icon={<IconClock size={18} />} data-testid="extend-refusal">
            {trial.extensionRefusal}
          </Alert>
        ) : null}
        {hasDevices ? (
          <Alert color="blue" variant="light" icon={<IconDevices size={18} />}>
            <List size="sm" spacing={4}>
              <List.Item>{t('trials.extend.deviceApproval')}</List.Item>
              {trial.deviceCapEndsAt ? (
                <List.Item>{t('trials.extend.deviceCap', { date: fmt.date(trial.deviceCapEndsAt) })}</List.Item>
              ) : null}
            </List>
          </Alert>
        ) : null}
        <ChangeError message={message} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('trials.wizard.cancel')}
          </Button>
          <Button
            onClick={() => mutation.mutate()}
            loading={mutation.isPending}
            disabled={!preview}
            data-testid="extend-confirm"
          >
            {preview?.needsApproval ? t('trials.extend.request') : t('trials.extend.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function ConvertDialog({ trial, onClose }: { trial: TrialDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const tier2 = session.organisation.partnerTier === 'tier2';
  const {
    field: input,
    errorOf,
    onSubmit,
  } = useContractForm({
    schema: convertContact,
    initialValues: { provisioningContactEmail: trial.adminEmail },
  });
  const { mutation, message, field } = useTrialChange(
    trial,
    (contact: string) => convertTrial(trial.id, { version: trial.version, provisioningContactEmail: contact }),
    ({ order, trial: after }) => {
      notifications.show({
        color: 'teal',
        message:
          order.status === 'pending_distributor'
            ? t('trials.convert.sent', { number: after.number })
            : t('trials.convert.done', { number: after.number, order: order.number }),
      });
      onClose();
    },
  );
  // The server refuses a contact that is not the customer's admin or a partner admin (TRI-13) on this field.
  const fieldMessage = field === 'provisioningContactEmail' ? message : null;
  return (
    <Modal opened onClose={onClose} title={t('trials.convert.title', { number: trial.number })} centered size="lg">
      <form noValidate onSubmit={onSubmit((request) => mutation.mutate(request.provisioningContactEmail))}>
        <Stack gap="md">
          <Text size="sm">{t('trials.convert.body')}</Text>
          {tier2 ? (
            <Alert color="blue" variant="light" data-testid="convert-tier2">
              {trial.pendingConversion
                ? t('trials.convert.bodyTier2', { distributor: trial.pendingConversion.distributor.name })
                : t('trials.convert.bodyTier2Unknown')}
            </Alert>
          ) : null}
          {trial.state === 'expired' && trial.graceEndsAt ? (
            <Text size="sm" c="orange">
              {t('trials.convert.graceNote', { date: fmt.date(trial.graceEndsAt) })}
            </Text>
          ) : null}
          <TextInput
            label={t('trials.convert.contact')}
            description={t('trials.convert.contactHelp')}
            type="email"
            {...input('provisioningContactEmail')}
            error={errorOf('provisioningContactEmail') ?? fieldMessage}
            withAsterisk
            data-autofocus
            data-testid="convert-email"
          />
          <ChangeError message={fieldMessage ? null : message} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('trials.wizard.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="convert-confirm">
              {tier2 ? t('trials.convert.confirmTier2') : t('trials.convert.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function EditDialog({ trial, onClose }: { trial: TrialDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const product = useProductName();
  const options = useTrialOptions();
  // The trial's own services may be retired: the whole catalogue knows whether each is a device.
  const allServices = useCatalogue();
  const {
    form,
    field: input,
    errorOf,
    onSubmit,
  } = useContractForm({
    schema: editServices,
    initialValues: {
      services: trial.services.map((s) => s.serviceId),
      licenceQuantity: trial.licenceQuantity as number | '',
    },
    validateOnChange: true,
  });
  const { services } = form.getValues();
  const { mutation, message, field } = useTrialChange(
    trial,
    (request: z.output<typeof editServices>) => editTrial(trial.id, { version: trial.version, ...request }),
    (after) => {
      notifications.show({ color: 'teal', message: t('trials.edit.done', { number: after.number }) });
      onClose();
    },
  );
  // What the customer may still trial (TRI-4): the look-up by the trial's admin e-mail lists the choosable services.
  const lookup = useQuery({
    queryKey: ['trials', 'lookup', trial.adminEmail],
    queryFn: () => lookupCustomer(trial.adminEmail),
  });
  const isUnavailable = (id: string) => {
    if (trial.services.some((s) => s.serviceId === id) || !lookup.data?.found) return false;
    return !lookup.data.choosableServices.some((s) => s.serviceId === id);
  };
  // The trial's own services stay listed even if the catalogue stopped offering them as trials.
  const catalogue = options.data?.services ?? [];
  const ids = [...new Set([...catalogue.map((s) => s.id), ...trial.services.map((s) => s.serviceId)])];
  const onlyDevices = services.every(
    (id) => (allServices.data?.services ?? catalogue).find((s) => s.id === id)?.isDevice ?? false,
  );
  const servicesError = errorOf('services') ?? (field?.startsWith('services') ? message : null);
  const quantityError = errorOf('licenceQuantity') ?? (field === 'licenceQuantity' ? message : null);
  return (
    <Modal opened onClose={onClose} title={t('trials.edit.title', { number: trial.number })} centered size="lg">
      <form noValidate onSubmit={onSubmit((request) => mutation.mutate(request))}>
        <Stack gap="md">
          <Checkbox.Group
            label={t('trials.edit.services')}
            value={services}
            onChange={(next) => form.setFieldValue('services', next)}
            error={servicesError}
            data-path="services"
            data-testid="edit-services"
          >
            <SimpleGrid cols={2} spacing={8} mt={8}>
              {ids.map((id) => {
                const unavailable = isUnavailable(id);
                return (
                  <Checkbox
                    key={id}
                    value={id}
                    label={product(id)}
                    disabled={unavailable}
                    description={unavailable ? t('trials.wizard.notAvailable') : undefined}
                  />
                );
              })}
            </SimpleGrid>
          </Checkbox.Group>
          <NumberInput
            label={t('trials.edit.quantity')}
            description={t('trials.edit.quantityHelp')}
            {...input('licenceQuantity')}
            min={1}
            max={options.data?.maxLicenceQuantity}
            allowDecimal={false}
            allowNegative={false}
            disabled={onlyDevices}
            error={quantityError}
            aria-invalid={quantityError ? true : undefined}
            maw={240}
            data-testid="edit-quantity"
          />
          <ChangeError message={servicesError || quantityError ? null : message} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('trials.wizard.cancel')}
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={Object.keys(form.errors).length > 0}
              data-testid="edit-save"
            >
              {t('trials.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function CancelDialog({ trial, onClose }: { trial: TrialDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { mutation, message } = useTrialChange(
    trial,
    () => cancelTrial(trial.id, trial.version),
    (after) => {
      notifications.show({ color: 'teal', message: t('trials.cancel.done', { number: after.number }) });
      onClose();
    },
  );
  return (
    <ConfirmDialog
      opened
      title={t('trials.cancel.title', { number: trial.number })}
      body={trial.state === 'pending_consent' ? t('trials.cancel.bodyPending') : t('trials.cancel.body')}
      confirmLabel={t('trials.cancel.confirm')}
      cancelLabel={t('trials.actions.keep')}
      loading={mutation.isPending}
      error={message}
      onConfirm={() => mutation.mutate()}
      onClose={onClose}
    />
  );
}
