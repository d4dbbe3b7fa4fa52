/**
 * /invitations/{token} (issue #10): who invited whom to which organisation; the invitee chooses a password and is
 * signed in. An expired, used or replaced link says so and offers to ask for a new one (once per link).
 */
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconMailForward } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NEW_PASSWORD_MIN_LENGTH } from '../../../domain/contracts/auth.ts';
import {
  type AcceptInvitationRequest,
  type AcceptInvitationResponse,
  acceptInvitationRequest,
  type InvitationResponse,
} from '../../../domain/contracts/invitations.ts';
import { ApiError, isApiError, NetworkError } from '../../api/client.ts';
import { useContractForm } from '../../components/forms/useContractForm.ts';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { PublicPage } from '../../components/PublicPage.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { switchLocale } from '../../i18n/index.ts';
import { landingPath, sessionQueryKey } from '../auth/session.ts';
import { acceptInvitation, fetchInvitation, invitationQueryKey, requestInvitationRenewal } from './api.ts';

const errorText = (error: unknown, t: (key: 'onboarding.errors.network' | 'onboarding.errors.unexpected') => string) =>
  error instanceof ApiError
    ? error.message
    : error instanceof NetworkError
      ? t('onboarding.errors.network')
      : t('onboarding.errors.unexpected');

export default function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const query = useQuery({
    queryKey: invitationQueryKey(token),
    queryFn: ({ signal }) => fetchInvitation(token, signal),
    retry: false,
  });
  const title = query.data
    ? t('onboarding.invitation.title', { organisation: query.data.organisation.name })
    : query.isError && isApiError(query.error) && query.error.status === 404
      ? t('onboarding.invitation.notFound.title')
      : t('onboarding.invitation.title', { organisation: 'Channel Hub' });
  useDocumentTitle(title);
  if (query.isPending) {
    return (
      <PublicPage title={title}>
        <PageSkeleton />
      </PublicPage>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <PublicPage title={title}>
        <Stack gap="md">
          <Alert color="red" variant="light" role="alert" data-testid="invitation-not-found">
            {notFound ? t('onboarding.invitation.notFound.body') : errorText(query.error, t)}
          </Alert>
          <Button component={Link} to="/sign-in" variant="light">
            {t('onboarding.signIn')}
          </Button>
        </Stack>
      </PublicPage>
    );
  }
  const invitation = query.data;
  return (
    <PublicPage title={title} intro={<Invited invitation={invitation} />}>
      {invitation.organisation.suspended ? (
        <Alert
          color="orange"
          variant="light"
          role="alert"
          title={t('onboarding.invitation.suspended.title', { organisation: invitation.organisation.name })}
          data-testid="invitation-suspended"
        >
          {t('onboarding.invitation.suspended.body')}
        </Alert>
      ) : invitation.state === 'valid' ? (
        <AcceptForm token={token} invitation={invitation} />
      ) : (
        <EndedLink token={token} invitation={invitation} />
      )}
    </PublicPage>
  );
}

function Invited({ invitation }: { invitation: InvitationResponse }) {
  const { t } = useTranslation();
  const facts = {
    name: invitation.invitee.name,
    email: invitation.invitee.email,
    organisation: invitation.organisation.name,
  };
  return (
    <span data-testid="invitation-summary">
      {invitation.inviter
        ? t('onboarding.invitation.invitedBy', {
            ...facts,
            inviter: invitation.inviter.name,
            inviterOrganisation: invitation.inviter.organisationName,
          })
        : t('onboarding.invitation.invitedNoInviter', facts)}
    </span>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationResponse }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: acceptInvitationRequest,
    initialValues: { name: invitation.invitee.name, newPassword: '' },
  });
  const mutation = useMutation({
    mutationFn: (body: AcceptInvitationRequest) => acceptInvitation(token, body),
    onSuccess: async ({ session, next }: AcceptInvitationResponse) => {
      await switchLocale(session.user.locale);
      queryClient.setQueryData(sessionQueryKey, session);
      queryClient.removeQueries({ queryKey: invitationQueryKey(token) });
      // In the user's own language: this render's `t` is fixed to the page's language before the switch.
      notifications.show({
        color: 'teal',
        message: i18n.getFixedT(session.user.locale)('onboarding.invitation.welcome', {
          organisation: session.organisation.name,
          name: session.user.name,
        }),
      });
      navigate(next ?? landingPath(session), { replace: true });
    },
    onError: async (error) => {
      form.setFieldValue('newPassword', '');
      if (placeServerError(error)) return;
      // The link ended meanwhile (used in another tab, replaced, expired): show its new state.
      if (isApiError(error) && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: invitationQueryKey(token) });
        return;
      }
      setFormError(errorText(error, t));
    },
  });
  return (
    <form
      noValidate
      aria-label={t('onboarding.invitation.submit')}
      data-testid="invitation-form"
      onSubmit={(event) => {
        setFormError(null);
        onSubmit((request) => mutation.mutate(request))(event);
      }}
    >
      <Stack gap="md">
        {formError ? (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={18} aria-hidden="true" />}>
            {formError}
          </Alert>
        ) : null}
        <Text size="sm">{t('onboarding.invitation.choosePassword')}</Text>
        {/* Lets the browser's password manager store the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={invitation.invitee.email} readOnly hidden />
        <TextInput
          label={t('onboarding.invitation.name')}
          required
          autoComplete="name"
          {...field('name')}
          data-testid="invitation-name"
        />
        <PasswordInput
          label={t('onboarding.invitation.password')}
          description={t('onboarding.passwordHint', { min: NEW_PASSWORD_MIN_LENGTH })}
          required
          autoComplete="new-password"
          {...field('newPassword')}
          data-testid="invitation-password"
        />
        <Text size="xs" c="dimmed">
          {t('onboarding.invitation.validUntil', {
            date: `${fmt.date(invitation.expiresAt)} ${fmt.time(invitation.expiresAt)}`,
          })}
        </Text>
        <Button type="submit" loading={mutation.isPending} data-testid="invitation-submit">
          {t('onboarding.invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function EndedLink({ token, invitation }: { token: string; invitation: InvitationResponse }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const state = invitation.state as Exclude<InvitationResponse['state'], 'valid'>;
  const who = invitation.inviter?.name ?? t('onboarding.invitation.whoFallback');
  const renewal = useMutation({
    mutationFn: () => requestInvitationRenewal(token),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationQueryKey(token) }),
  });
  const asked = invitation.renewalRequested || renewal.isSuccess;
  if (invitation.accepted) {
    return (
      <Stack gap="md" data-testid="invitation-accepted">
        <Alert color="blue" variant="light" title={t('onboarding.invitation.accepted.title')}>
          {t('onboarding.invitation.accepted.body')}
        </Alert>
        <Button component={Link} to="/sign-in">
          {t('onboarding.signIn')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md" data-testid={`invitation-${state}`}>
      <Alert color="yellow" variant="light" title={t(`onboarding.invitation.states.${state}.title`)}>
        {t(`onboarding.invitation.states.${state}.body`, { who })}
      </Alert>
      {asked ? (
        <Alert color="teal" variant="light" role="status" data-testid="renewal-requested">
          {renewal.isSuccess ? t('onboarding.invitation.asked') : t('onboarding.invitation.alreadyAsked')}
        </Alert>
      ) : (
        <Button
          leftSection={<IconMailForward size={18} aria-hidden="true" />}
          onClick={() => renewal.mutate()}
          loading={renewal.isPending}
          data-testid="ask-new-invitation"
        >
          {t('onboarding.invitation.askNew')}
        </Button>
      )}
      {renewal.isError ? (
        <Alert color="red" variant="light" role="alert">
          {isApiError(renewal.error) ? renewal.error.message : t('onboarding.invitation.askFailed')}
        </Alert>
      ) : null}
      <Button component={Link} to="/sign-in" variant="subtle">
        {t('onboarding.signIn')}
      </Button>
    </Stack>
  );
}
