/**
 * Account security: two-factor sign-in with an authenticator app. Turn it on (QR code, confirming code, recovery
 * codes shown once), renew the recovery codes or turn it off (both with the password; not off while the
 * organisation requires it).
 */
import { Alert, Badge, Button, Group, Modal, Paper, PasswordInput, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordConfirmation, type TwoFactorEnrolment } from '../../../domain/contracts/credentials.ts';
import { useContractForm } from '../../components/forms/useContractForm.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { useFormatters } from '../../i18n/format.ts';
import {
  confirmTwoFactor,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
  twoFactorQueryKey,
  useTwoFactorStatus,
} from './api.ts';
import { credentialErrorText, placeCredentialError } from './credentialErrors.ts';
import { EnrolmentPanel } from './EnrolmentPanel.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';

/** `start` was called by the button that opened the dialog (once per opening, never from a render or an effect). */
function EnrolDialog({
  opened,
  start,
  onClose,
}: {
  opened: boolean;
  start: UseMutationResult<TwoFactorEnrolment, Error, void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const enrolment = start.data ?? null;
  const [codes, setCodes] = useState<string[] | null>(null);
  const confirm = useMutation({
    mutationFn: confirmTwoFactor,
    onSuccess: async ({ recoveryCodes }) => {
      setCodes(recoveryCodes);
      await queryClient.invalidateQueries({ queryKey: twoFactorQueryKey });
    },
  });
  const close = () => {
    setCodes(null);
    start.reset();
    confirm.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('credentials.twoFactor.enrolTitle')} size="md" centered>
      {codes ? (
        <Stack gap="md">
          <RecoveryCodes codes={codes} />
          <Group justify="flex-end">
            <Button onClick={close} data-testid="two-factor-done">
              {t('credentials.recovery.saved')}
            </Button>
          </Group>
        </Stack>
      ) : enrolment ? (
        <EnrolmentPanel
          enrolment={enrolment}
          confirming={confirm.isPending}
          confirmError={confirm.error}
          onConfirm={(code) => confirm.mutate(code)}
        />
      ) : start.isError ? (
        <Alert color="red" variant="light" role="alert">
          {credentialErrorText(start.error, t)}
        </Alert>
      ) : (
        <Skeleton height={300} />
      )}
    </Modal>
  );
}

/** A password confirmation in a dialog; `onDone` with what the action answered. */
function PasswordDialog<T>({
  opened,
  title,
  body,
  submitLabel,
  danger,
  action,
  onDone,
  onClose,
  testId,
}: {
  opened: boolean;
  title: string;
  body: string;
  submitLabel: string;
  danger?: boolean;
  action: (password: string) => Promise<T>;
  onDone: (result: T) => void;
  onClose: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { form, field, onSubmit } = useContractForm({ schema: passwordConfirmation, initialValues: { password: '' } });
  const run = useMutation({
    mutationFn: action,
    onSuccess: (result) => {
      form.reset();
      onDone(result);
    },
    onError: (error) => placeCredentialError(form, error, t),
  });
  const close = () => {
    form.reset();
    run.reset();
    onClose();
  };
  const placed = run.error && typeof run.error === 'object' && 'field' in run.error && run.error.field === 'password';
  return (
    <Modal opened={opened} onClose={close} title={title} size="md" centered>
      <form noValidate onSubmit={onSubmit((request) => run.mutate(request.password))} data-testid={testId}>
        <Stack gap="md">
          <Text size="sm">{body}</Text>
          <PasswordInput
            label={t('credentials.currentPassword')}
            autoComplete="current-password"
            required
            data-autofocus
            {...field('password')}
            data-testid={`${testId}-password`}
          />
          {run.error && !placed ? (
            <Alert color="red" variant="light" role="alert">
              {credentialErrorText(run.error, t)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('credentials.cancel')}
            </Button>
            <Button
              type="submit"
              color={danger ? 'red.8' : undefined}
              loading={run.isPending}
              data-testid={`${testId}-submit`}
            >
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function TwoFactorSection() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const status = useTwoFactorStatus();
  const [dialog, setDialog] = useState<'enrol' | 'codes' | 'disable' | null>(null);
  const [renewed, setRenewed] = useState<string[] | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: twoFactorQueryKey });
  const startEnrolment = useMutation({ mutationFn: startTwoFactorEnrolment });
  const data = status.data;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="two-factor-title">
      <Stack gap={4} mb="md">
        <Group gap={8}>
          <IconShieldLock size={20} stroke={1.7} aria-hidden="true" />
          <Title order={2} fz="lg" id="two-factor-title">
            {t('credentials.twoFactor.title')}
          </Title>
          {data ? (
            <Badge color={data.enabled ? 'green' : 'gray'} variant="light" data-testid="two-factor-state">
              {data.enabled ? t('credentials.twoFactor.on') : t('credentials.twoFactor.off')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed" maw={720}>
          {t('credentials.twoFactor.description')}
        </Text>
      </Stack>
      {status.isPending ? <Skeleton height={60} /> : null}
      {status.isError ? (
        <LoadError error={status.error} what={t('credentials.twoFactor.title')} onRetry={() => status.refetch()} />
      ) : null}
      {data ? (
        <Stack gap="sm">
          {data.enabled && data.enabledAt ? (
            <Text size="sm">
              {t('credentials.twoFactor.since', { date: fmt.date(data.enabledAt) })}{' '}
              {t('credentials.twoFactor.codesLeft', { count: data.recoveryCodesLeft })}
            </Text>
          ) : null}
          {data.requiredByOrganisation ? (
            <Text size="sm" data-testid="two-factor-required">
              {t('credentials.twoFactor.required')}
            </Text>
          ) : null}
          <Group gap="sm">
            {data.enabled ? (
              <>
                <Button variant="default" onClick={() => setDialog('codes')} data-testid="renew-recovery-codes">
                  {t('credentials.twoFactor.renewCodes')}
                </Button>
                {data.requiredByOrganisation ? null : (
                  <Button
                    variant="default"
                    color="red"
                    onClick={() => setDialog('disable')}
                    data-testid="disable-two-factor"
                  >
                    {t('credentials.twoFactor.disable')}
                  </Button>
                )}
              </>
            ) : (
              <Button
                onClick={() => {
                  startEnrolment.mutate();
                  setDialog('enrol');
                }}
                data-testid="enable-two-factor"
              >
                {t('credentials.twoFactor.enable')}
              </Button>
            )}
          </Group>
        </Stack>
      ) : null}
      <EnrolDialog opened={dialog === 'enrol'} start={startEnrolment} onClose={() => setDialog(null)} />
      <PasswordDialog
        opened={dialog === 'codes' && !renewed}
        title={t('credentials.twoFactor.renewCodes')}
        body={t('credentials.twoFactor.renewBody')}
        submitLabel={t('credentials.twoFactor.renewSubmit')}
        action={regenerateRecoveryCodes}
        onDone={async ({ recoveryCodes }) => {
          setRenewed(recoveryCodes);
          await refresh();
        }}
        onClose={() => setDialog(null)}
        testId="renew-codes"
      />
      <Modal
        opened={renewed !== null}
        onClose={() => {
          setRenewed(null);
          setDialog(null);
        }}
        title={t('credentials.twoFactor.renewCodes')}
        size="md"
        centered
      >
        <Stack gap="md">
          <RecoveryCodes codes={renewed ?? []} />
          <Group justify="flex-end">
            <Button
              onClick={() => {
                setRenewed(null);
                setDialog(null);
              }}
            >
              {t('credentials.recovery.saved')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <PasswordDialog
        opened={dialog === 'disable'}
        title={t('credentials.twoFactor.disable')}
        body={t('credentials.twoFactor.disableBody')}
        submitLabel={t('credentials.twoFactor.disable')}
        danger
        action={disableTwoFactor}
        onDone={async () => {
          setDialog(null);
          await refresh();
        }}
        onClose={() => setDialog(null)}
        testId="disable-two-factor-dialog"
      />
    </Paper>
  );
}
