/**
 * The sign-in step after a correct password for a user with two-factor sign-in: the code from the app, or a
 * recovery code. For a user whose organisation requires two-factor and who has none yet: enrol here (QR code,
 * confirming code), see the recovery codes once, then continue into the app.
 */
import { Alert, Anchor, Button, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { SessionInfo } from '../../../domain/contracts/auth.ts';
import { recoveryCode, totpCode } from '../../../domain/contracts/credentials.ts';
import { isApiError } from '../../api/client.ts';
import { useContractForm } from '../../components/forms/useContractForm.ts';
import {
  completeTwoFactorSignIn,
  enrolAtSignIn,
  type SignInChallengeResponse,
  type TwoFactorSignInResponse,
} from './api.ts';
import { EnrolmentPanel } from './EnrolmentPanel.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';

type Challenge = SignInChallengeResponse['twoFactor'];

function StepError({ error, onRestart }: { error: unknown; onRestart: () => void }) {
  const { t } = useTranslation();
  if (!error || (isApiError(error) && error.code === 'invalid_code')) return null;
  const expired = isApiError(error) && error.code === 'challenge_expired';
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertCircle size={18} aria-hidden="true" />}
      data-testid="two-factor-error"
    >
      {expired
        ? t('credentials.signIn.expired')
        : isApiError(error) && error.status === 429
          ? t('credentials.rateLimited')
          : t('credentials.unexpected')}
      {expired ? (
        <>
          {' '}
          <Anchor component="button" type="button" onClick={onRestart} size="sm">
            {t('credentials.signIn.again')}
          </Anchor>
        </>
      ) : null}
    </Alert>
  );
}

const codeForm = z.object({ code: totpCode });
const recoveryForm = z.object({ recoveryCode });

function VerifyStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: Challenge;
  onSignedIn: (session: SessionInfo) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const [useRecovery, setUseRecovery] = useState(false);
  const codeFields = useContractForm({ schema: codeForm, initialValues: { code: '' } });
  const recoveryFields = useContractForm({ schema: recoveryForm, initialValues: { recoveryCode: '' } });
  const submit = useMutation({
    mutationFn: (body: { code?: string; recoveryCode?: string }) =>
      completeTwoFactorSignIn({ challenge: challenge.challenge, ...body }),
    onSuccess: (session) => onSignedIn(session),
    onError: (error) => {
      if (!isApiError(error) || error.code !== 'invalid_code') return;
      if (useRecovery) {
        recoveryFields.form.setFieldValue('recoveryCode', '');
        recoveryFields.form.setFieldError('recoveryCode', t('credentials.wrongRecoveryCode'));
        recoveryFields.form.getInputNode('recoveryCode')?.focus();
      } else {
        codeFields.form.setFieldValue('code', '');
        codeFields.form.setFieldError('code', t('credentials.wrongCode'));
        codeFields.form.getInputNode('code')?.focus();
      }
    },
  });
  return (
    <Stack gap="md">
      <Title order={2} fz="lg">
        {t('credentials.signIn.title')}
      </Title>
      <StepError error={submit.error} onRestart={onRestart} />
      {useRecovery ? (
        <form noValidate onSubmit={recoveryFields.onSubmit((r) => submit.mutate({ recoveryCode: r.recoveryCode }))}>
          <Stack gap="md">
            <TextInput
              label={t('credentials.recoveryCode')}
              description={t('credentials.recoveryCodeHint')}
              autoComplete="off"
              autoFocus
              required
              {...recoveryFields.field('recoveryCode')}
              data-testid="two-factor-recovery-code"
            />
            <Button type="submit" loading={submit.isPending} data-testid="two-factor-submit">
              {t('credentials.signIn.submit')}
            </Button>
          </Stack>
        </form>
      ) : (
        <form noValidate onSubmit={codeFields.onSubmit((r) => submit.mutate({ code: r.code }))}>
          <Stack gap="md">
            <TextInput
              label={t('credentials.code')}
              description={t('credentials.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              autoFocus
              required
              {...codeFields.field('code')}
              data-testid="two-factor-code"
            />
            <Button type="submit" loading={submit.isPending} data-testid="two-factor-submit">
              {t('credentials.signIn.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => {
          submit.reset();
          setUseRecovery(!useRecovery);
        }}
        data-testid="two-factor-switch"
      >
        {useRecovery ? t('credentials.signIn.useApp') : t('credentials.signIn.useRecovery')}
      </Anchor>
    </Stack>
  );
}

function EnrolStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: Challenge;
  onSignedIn: (session: SessionInfo) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const enrolment = useQuery({
    queryKey: ['sign-in-enrolment', challenge.challenge],
    queryFn: () => enrolAtSignIn(challenge.challenge),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const [signedIn, setSignedIn] = useState<TwoFactorSignInResponse | null>(null);
  const confirm = useMutation({
    mutationFn: (code: string) => completeTwoFactorSignIn({ challenge: challenge.challenge, code }),
    onSuccess: setSignedIn,
  });
  if (signedIn) {
    return (
      <Stack gap="md">
        <Title order={2} fz="lg">
          {t('credentials.enrol.doneTitle')}
        </Title>
        <RecoveryCodes codes={signedIn.recoveryCodes ?? []} />
        <Button onClick={() => onSignedIn(signedIn)} data-testid="two-factor-continue">
          {t('credentials.enrol.continue')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Title order={2} fz="lg">
        {t('credentials.enrol.requiredTitle')}
      </Title>
      <Text size="sm">{t('credentials.enrol.requiredBody')}</Text>
      <StepError error={enrolment.error ?? confirm.error} onRestart={onRestart} />
      {enrolment.isPending ? <Skeleton height={260} /> : null}
      {enrolment.data ? (
        <EnrolmentPanel
          enrolment={enrolment.data}
          confirming={confirm.isPending}
          confirmError={confirm.error}
          onConfirm={(code) => confirm.mutate(code)}
        />
      ) : null}
    </Stack>
  );
}

export function TwoFactorStep(props: {
  challenge: Challenge;
  onSignedIn: (session: SessionInfo) => void;
  onRestart: () => void;
}) {
  return props.challenge.kind === 'enrol' ? <EnrolStep {...props} /> : <VerifyStep {...props} />;
}
