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

/** The two ways through the step: the app's code, or a recovery code (each works once). */
const verifyWith = {
  code: {
    schema: z.object({ code: totpCode }),
    label: 'credentials.code',
    hint: 'credentials.codeHint',
    wrong: 'credentials.wrongCode',
    testId: 'two-factor-code',
    input: { inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 7 },
  },
  recoveryCode: {
    schema: z.object({ recoveryCode }),
    label: 'credentials.recoveryCode',
    hint: 'credentials.recoveryCodeHint',
    wrong: 'credentials.wrongRecoveryCode',
    testId: 'two-factor-recovery-code',
    input: { autoComplete: 'off' },
  },
} as const;
type VerifyWith = keyof typeof verifyWith;

/** One way's form; a wrong code is cleared and said on the field, which gets the focus again. */
function VerifyForm({
  via,
  challenge,
  onSignedIn,
  onRestart,
}: {
  via: VerifyWith;
  challenge: Challenge;
  onSignedIn: (session: SessionInfo) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const way = verifyWith[via];
  const { form, field, onSubmit } = useContractForm({
    schema: way.schema as z.ZodType<Record<string, string>>,
    initialValues: { [via]: '' },
  });
  const submit = useMutation({
    mutationFn: (body: Record<string, string>) =>
      completeTwoFactorSignIn({ challenge: challenge.challenge, [via]: body[via] }),
    onSuccess: (session) => onSignedIn(session),
    onError: (error) => {
      if (!isApiError(error) || error.code !== 'invalid_code') return;
      form.setFieldValue(via, '');
      form.setFieldError(via, t(way.wrong));
      form.getInputNode(via)?.focus();
    },
  });
  return (
    <>
      <StepError error={submit.error} onRestart={onRestart} />
      <form noValidate onSubmit={onSubmit((body) => submit.mutate(body))}>
        <Stack gap="md">
          <TextInput
            label={t(way.label)}
            description={t(way.hint)}
            {...way.input}
            autoFocus
            required
            {...field(via)}
            data-testid={way.testId}
          />
          <Button type="submit" loading={submit.isPending} data-testid="two-factor-submit">
            {t('credentials.signIn.submit')}
          </Button>
        </Stack>
      </form>
    </>
  );
}

function VerifyStep(props: {
  challenge: Challenge;
  onSignedIn: (session: SessionInfo) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const [via, setVia] = useState<VerifyWith>('code');
  return (
    <Stack gap="md">
      <Title order={2} fz="lg">
        {t('credentials.signIn.title')}
      </Title>
      {/* Keyed by the way: switching starts a fresh form and forgets the other way's error. */}
      <VerifyForm key={via} via={via} {...props} />
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => setVia(via === 'code' ? 'recoveryCode' : 'code')}
        data-testid="two-factor-switch"
      >
        {via === 'recoveryCode' ? t('credentials.signIn.useApp') : t('credentials.signIn.useRecovery')}
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
