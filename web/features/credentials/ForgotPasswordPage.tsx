/** /forgot-password: asks for the e-mail address; the same confirmation whether or not it has an account. */
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { passwordResetRequest } from '../../../domain/contracts/credentials.ts';
import { ApiError } from '../../api/client.ts';
import { useContractForm } from '../../components/forms/useContractForm.ts';
import { PublicPage } from '../../components/PublicPage.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { requestPasswordReset } from './api.ts';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('credentials.forgot.title'));
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: passwordResetRequest,
    initialValues: { email: '' },
  });
  const send = useMutation({
    mutationFn: (email: string) => requestPasswordReset(email),
    onError: (error) => placeServerError(error),
  });

  return (
    <PublicPage title={t('credentials.forgot.title')} intro={t('credentials.forgot.intro')}>
      {send.isSuccess ? (
        <Stack gap="md">
          <Alert
            color="brand"
            variant="light"
            icon={<IconMailCheck size={18} aria-hidden="true" />}
            title={t('credentials.forgot.sentTitle')}
            role="status"
            data-testid="reset-requested"
          >
            {t('credentials.forgot.sent', { email: form.getValues().email })}
          </Alert>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('credentials.backToSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <form noValidate onSubmit={onSubmit((request) => send.mutate(request.email))}>
          <Stack gap="md">
            {send.error && !(send.error instanceof ApiError && send.error.field) ? (
              <Alert color="red" variant="light" role="alert">
                {send.error instanceof ApiError && send.error.status === 429
                  ? t('credentials.rateLimited')
                  : t('credentials.unexpected')}
              </Alert>
            ) : null}
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              autoFocus
              {...field('email')}
              data-testid="forgot-email"
            />
            <Button type="submit" loading={send.isPending} data-testid="forgot-submit">
              {t('credentials.forgot.submit')}
            </Button>
            <Text size="sm">
              <Anchor component={Link} to="/sign-in">
                {t('credentials.backToSignIn')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      )}
    </PublicPage>
  );
}
