/**
 * The actions of one trial on the customer's Trials tab (DET-3, TRI-6, TRI-11…TRI-14). The server says which the
 * viewer may take (`actions` of the trial); the others are not shown (the server checks every call anyway).
 */
import { ActionIcon, Button, Group, Skeleton, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCalendarPlus,
  IconMailForward,
  IconPencil,
  IconReceipt,
  IconSettingsCheck,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeSetup, resendConsent, type TrialDetail, useTrial } from '../api.ts';
import { CancelDialog, ConvertDialog, EditDialog, ExtendDialog } from './TrialDialogs.tsx';
import { useTrialChange } from './useTrialChange.ts';

type Dialog = 'extend' | 'convert' | 'edit' | 'cancel' | null;

export function TrialActions({ trialId }: { trialId: string }) {
  const trial = useTrial(trialId);
  if (trial.isPending) return <Skeleton height={26} width={160} radius="sm" />;
  if (trial.isError) return null;
  return <Actions trial={trial.data} />;
}

function Actions({ trial }: { trial: TrialDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const resend = useTrialChange(
    trial,
    () => resendConsent(trial.id, trial.version),
    () => notifications.show({ color: 'teal', message: t('trials.actions.resent', { email: trial.adminEmail }) }),
  );
  const setup = useTrialChange(
    trial,
    () => completeSetup(trial.id, trial.version),
    () => notifications.show({ color: 'teal', message: t('trials.actions.setupDone', { number: trial.number }) }),
  );
  const { actions } = trial;
  const any =
    actions.extend ||
    actions.convert ||
    actions.edit ||
    actions.cancel ||
    actions.resendConsent ||
    actions.completeSetup;
  if (!any) return null;
  return (
    <Group gap={6} wrap="nowrap" justify="flex-end" onClick={(e) => e.stopPropagation()}>
      {trial.hasPendingExtension ? (
        <Text size="xs" c="dimmed">
          {t('trials.extend.pendingApproval')}
        </Text>
      ) : null}
      {trial.pendingConversion ? (
        <Text size="xs" c="dimmed" data-testid="conversion-pending">
          {t('trials.convert.pending', { distributor: trial.pendingConversion.distributor.name })}
        </Text>
      ) : null}
      {actions.resendConsent ? (
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconMailForward size={14} aria-hidden="true" />}
          loading={resend.mutation.isPending}
          onClick={() =>
            resend.mutation.mutate(undefined, {
              onError: () =>
                notifications.show({ color: 'red', message: resend.message ?? t('trials.actions.failed') }),
            })
          }
          data-testid="trial-resend"
        >
          {t('trials.actions.resend')}
        </Button>
      ) : null}
      {actions.completeSetup ? (
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconSettingsCheck size={14} aria-hidden="true" />}
          loading={setup.mutation.isPending}
          onClick={() =>
            setup.mutation.mutate(undefined, {
              onError: () => notifications.show({ color: 'red', message: setup.message ?? t('trials.actions.failed') }),
            })
          }
          data-testid="trial-complete-setup"
        >
          {t('trials.actions.completeSetup')}
        </Button>
      ) : null}
      {actions.extend ? (
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconCalendarPlus size={14} aria-hidden="true" />}
          onClick={() => setDialog('extend')}
          data-testid="trial-extend"
        >
          {t('trials.actions.extend')}
        </Button>
      ) : null}
      {actions.convert ? (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconReceipt size={14} aria-hidden="true" />}
          onClick={() => setDialog('convert')}
          data-testid="trial-convert"
        >
          {t('trials.actions.convert')}
        </Button>
      ) : null}
      {actions.edit ? (
        <Tooltip label={t('trials.actions.edit')}>
          <ActionIcon
            variant="default"
            size={26}
            aria-label={`${t('trials.actions.edit')} ${trial.number}`}
            onClick={() => setDialog('edit')}
            data-testid="trial-edit"
          >
            <IconPencil size={15} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
      ) : null}
      {actions.cancel ? (
        <Tooltip label={t('trials.actions.cancel')}>
          <ActionIcon
            variant="subtle"
            color="red.8"
            size={26}
            aria-label={`${t('trials.actions.cancel')} ${trial.number}`}
            onClick={() => setDialog('cancel')}
            data-testid="trial-cancel"
          >
            <IconTrash size={16} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
      ) : null}
      {dialog === 'extend' ? <ExtendDialog trial={trial} onClose={close} /> : null}
      {dialog === 'convert' ? <ConvertDialog trial={trial} onClose={close} /> : null}
      {dialog === 'edit' ? <EditDialog trial={trial} onClose={close} /> : null}
      {dialog === 'cancel' ? <CancelDialog trial={trial} onClose={close} /> : null}
    </Group>
  );
}
