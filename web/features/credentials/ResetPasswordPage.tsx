/** /reset-password/:token: the link from the e-mail; choose a new password, then sign in. */
import { Alert, Anchor, Button, PasswordInput, Skeleton, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { completePasswordResetRequest } from '../../../domain/contracts/credentials.ts';
import { ApiError } from '../../api/client.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { PublicPage } from '../../components/PublicPage.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { completePasswordReset, fetchPasswordReset } from './api.ts';
import { placeCredentialError } from './credentialErrors.ts';

type LinkProblem = 'expired' | 'used' | 'revoked' | 'unknown';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('credentials.reset.title'));
  const token = useParams().token ?? '';
  const link = useQuery({
    queryKey: ['password-reset', token],
    queryFn: ({ signal }) => fetchPasswordReset(token, signal),
    retry: false,
  });
  const { form, field, onSubmit } = useContractForm({
    schema: completePasswordResetRequest,
    initialValues: { newPassword: '' },
  });
  const save = useMutation({
    mutationFn: (newPassword: string) => completePasswordReset(token, newPassword),
    onError: (error) => placeCredentialError(form, error, t),
  });

  const lateProblem: LinkProblem | null =
    save.error instanceof ApiError && save.error.status === 409
      ? save.error.code === 'link_expired'
        ? 'expired'
        : 'used'
      : null;
  const problem: LinkProblem | null =
    lateProblem ??
    (link.error instanceof ApiError && (link.error.status === 404 || link.error.status === 400)
      ? 'unknown'
      : link.data && link.data.state !== 'valid'
        ? link.data.state
        : null);

  return (
    <PublicPage title={t('credentials.reset.title')} intro={link.data?.email ?? undefined}>
      {link.isPending ? <Skeleton height={120} /> : null}
      {problem ? (
        <Stack gap="md" data-testid="reset-link-problem">
          <Alert color="orange" variant="light" role="alert" title={t(`credentials.reset.problem.${problem}.title`)}>
            {t(`credentials.reset.problem.${problem}.body`)}
          </Alert>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('credentials.reset.askAgain')}
          </Anchor>
        </Stack>
      ) : save.isSuccess ? (
        <Stack gap="md">
          <Alert
            color="green"
            variant="light"
            role="status"
            icon={<IconCircleCheck size={18} aria-hidden="true" />}
            data-testid="reset-done"
          >
            {t('credentials.reset.done')}
          </Alert>
          <Button component={Link} to="/sign-in" data-testid="reset-sign-in">
            {t('signIn.submit')}
          </Button>
        </Stack>
      ) : link.data ? (
        <form noValidate onSubmit={onSubmit((request) => save.mutate(request.newPassword))}>
          <Stack gap="md">
            <input type="hidden" name="username" autoComplete="username" value={link.data.email ?? ''} readOnly />
            <PasswordInput
              label={t('credentials.newPassword')}
              description={t('credentials.passwordRules')}
              autoComplete="new-password"
              required
              autoFocus
              {...field('newPassword')}
              data-testid="reset-new-password"
            />
            {generalErrorOf(save.error, form.getValues(), t('credentials.unexpected')) ? (
              <Text size="sm" c="red" role="alert">
                {generalErrorOf(save.error, form.getValues(), t('credentials.unexpected'))}
              </Text>
            ) : null}
            <Button type="submit" loading={save.isPending} data-testid="reset-submit">
              {t('credentials.reset.submit')}
            </Button>
          </Stack>
        </form>
      ) : link.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t('credentials.unexpected')}
        </Alert>
      ) : null}
    </PublicPage>
  );
}
