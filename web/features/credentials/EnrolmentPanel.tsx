/**
 * Enrolling an authenticator app: the QR code, the same secret as text (the QR code's alternative, for apps where
 * one types it in), and the code that confirms it. Used in the account's security page and at sign-in.
 */
import { Button, Code, Image, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { confirmTwoFactorRequest, type TwoFactorEnrolment } from '../../../domain/contracts/credentials.ts';
import { isApiError } from '../../api/client.ts';
import { useContractForm } from '../../components/forms/useContractForm.ts';

export function EnrolmentPanel({
  enrolment,
  confirming,
  onConfirm,
  confirmError,
}: {
  enrolment: TwoFactorEnrolment;
  confirming: boolean;
  onConfirm: (code: string) => void;
  confirmError: unknown;
}) {
  const { t } = useTranslation();
  const { field, onSubmit, form } = useContractForm({
    schema: confirmTwoFactorRequest,
    initialValues: { code: '' },
  });
  const wrong = isApiError(confirmError) && confirmError.code === 'invalid_code';
  const groupedSecret = enrolment.secret.match(/.{1,4}/g)?.join(' ') ?? enrolment.secret;
  return (
    <Stack gap="md">
      <Text size="sm">{t('credentials.enrol.scan')}</Text>
      <Image
        src={enrolment.qrCode}
        alt={t('credentials.enrol.qrAlt')}
        w={200}
        h={200}
        bg="white"
        radius="sm"
        data-testid="totp-qr"
      />
      <Stack gap={4}>
        <Text size="sm" id="totp-secret-label">
          {t('credentials.enrol.typeIn')}
        </Text>
        <Code block aria-labelledby="totp-secret-label" data-testid="totp-secret" data-secret={enrolment.secret}>
          {groupedSecret}
        </Code>
      </Stack>
      <form noValidate onSubmit={onSubmit((request) => onConfirm(request.code))}>
        <Stack gap="sm">
          <TextInput
            label={t('credentials.code')}
            description={t('credentials.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            {...field('code')}
            error={field('code').error ?? (wrong ? t('credentials.wrongCode') : undefined)}
            aria-invalid={field('code').error || wrong ? true : undefined}
            data-testid="totp-enrol-code"
            onChange={(event) => form.setFieldValue('code', event.currentTarget.value)}
          />
          {confirmError && !wrong ? (
            <Text size="sm" c="red" role="alert">
              {isApiError(confirmError) ? confirmError.message : t('credentials.unexpected')}
            </Text>
          ) : null}
          <Button type="submit" loading={confirming} data-testid="totp-enrol-confirm">
            {t('credentials.enrol.confirm')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
