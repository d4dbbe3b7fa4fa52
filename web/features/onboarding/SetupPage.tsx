/**
 * /setup and /setup/{token} (issue #10): the first run. Without a token it says how to get one; with one it
 * creates the vendor organisation (name, country, time zone) and its first operator, then signs them in.
 */
import { Alert, Button, Code, Fieldset, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NEW_PASSWORD_MIN_LENGTH, type SessionInfo } from '../../../domain/contracts/auth.ts';
import { completeSetupRequest, type SetupState } from '../../../domain/contracts/setup.ts';
import { countries } from '../../../domain/reference-data.ts';
import { ApiError, isApiError, NetworkError } from '../../api/client.ts';
import { useContractForm } from '../../components/forms/useContractForm.ts';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { PublicPage } from '../../components/PublicPage.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { countryName, useFormatters } from '../../i18n/format.ts';
import { switchLocale } from '../../i18n/index.ts';
import { landingPath, sessionQueryKey } from '../auth/session.ts';
import { completeSetup, fetchSetup, setupQueryKey } from './api.ts';

const SETUP_COMMAND = 'npx channel-hub setup --email you@company.com --name "Your Name"';
const linkStates = ['link_expired', 'link_used', 'link_revoked'] as const;
type LinkState = (typeof linkStates)[number];

export default function SetupPage() {
  const { t } = useTranslation();
  const { token } = useParams();
  useDocumentTitle(t('onboarding.setup.title'));
  const state = useQuery({
    queryKey: setupQueryKey(token ?? ''),
    queryFn: ({ signal }) => fetchSetup(token ?? '', signal),
    enabled: Boolean(token),
    retry: false,
  });
  if (!token) {
    return (
      <PublicPage title={t('onboarding.setup.title')}>
        <HowToGetALink title={t('onboarding.setup.noToken.title')} />
      </PublicPage>
    );
  }
  if (state.isPending) {
    return (
      <PublicPage title={t('onboarding.setup.title')}>
        <PageSkeleton />
      </PublicPage>
    );
  }
  if (state.isError) {
    return (
      <PublicPage title={t('onboarding.setup.title')}>
        <RefusedLink error={state.error} />
      </PublicPage>
    );
  }
  return (
    <PublicPage title={t('onboarding.setup.title')} intro={t('onboarding.setup.intro')}>
      <SetupForm token={token} state={state.data} />
    </PublicPage>
  );
}

function HowToGetALink({ title }: { title?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="setup-how-to">
      {title ? (
        <Text fw={600} component="h2" fz="md" m={0}>
          {title}
        </Text>
      ) : null}
      <Text size="sm">{t('onboarding.setup.noToken.body')}</Text>
      <Code block>{SETUP_COMMAND}</Code>
    </Stack>
  );
}

function RefusedLink({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = isApiError(error) ? error.code : null;
  const message =
    code === 'already_set_up'
      ? t('onboarding.setup.states.alreadySetUp')
      : code && (linkStates as readonly string[]).includes(code)
        ? t(`onboarding.setup.states.${code as LinkState}`)
        : isApiError(error) && error.status === 404
          ? t('onboarding.setup.states.notFound')
          : error instanceof NetworkError
            ? t('onboarding.errors.network')
            : t('onboarding.errors.unexpected');
  return (
    <Stack gap="md">
      <Alert
        color={code === 'already_set_up' ? 'blue' : 'red'}
        variant="light"
        role="alert"
        data-testid="setup-refused"
      >
        {message}
      </Alert>
      {code === 'already_set_up' ? (
        <Button component={Link} to="/sign-in" variant="light">
          {t('onboarding.signIn')}
        </Button>
      ) : (
        <HowToGetALink />
      )}
    </Stack>
  );
}

function SetupForm({ token, state }: { token: string; state: SetupState }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: completeSetupRequest,
    initialValues: {
      organisationName: '',
      country: '',
      timeZone: '',
      name: state.name,
      email: state.email,
      newPassword: '',
    },
  });
  const countryOptions = useMemo(
    () =>
      countries
        .map((c) => ({ value: c.code, label: countryName(i18n.language, c.code) }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [i18n.language],
  );
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof completeSetup>[1]) => completeSetup(token, body),
    onSuccess: async (session: SessionInfo) => {
      await switchLocale(session.user.locale);
      queryClient.setQueryData(sessionQueryKey, session);
      // In the operator's own language: this render's `t` is fixed to the page's language before the switch.
      const inOwnLanguage = i18n.getFixedT(session.user.locale);
      notifications.show({
        color: 'teal',
        message: inOwnLanguage('onboarding.setup.done', { name: session.user.name }),
      });
      navigate(landingPath(session), { replace: true });
    },
    onError: (error) => {
      form.setFieldValue('newPassword', '');
      if (placeServerError(error)) return;
      setFormError(
        error instanceof ApiError
          ? error.message
          : error instanceof NetworkError
            ? t('onboarding.errors.network')
            : t('onboarding.errors.unexpected'),
      );
    },
  });
  const countryField = field('country');
  return (
    <form
      noValidate
      aria-label={t('onboarding.setup.title')}
      data-testid="setup-form"
      onSubmit={(event) => {
        setFormError(null);
        onSubmit((request) => mutation.mutate(request))(event);
      }}
    >
      <Stack gap="lg">
        {formError ? (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={18} aria-hidden="true" />}>
            {formError}
          </Alert>
        ) : null}
        <Fieldset
          legend={t('onboarding.setup.organisationSection')}
          variant="unstyled"
          styles={{ legend: { fontWeight: 600 } }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('onboarding.setup.organisationName')}
              required
              autoComplete="organization"
              data-autofocus
              {...field('organisationName')}
              data-testid="setup-organisation"
            />
            <Select
              label={t('onboarding.setup.country')}
              data={countryOptions}
              searchable
              required
              nothingFoundMessage="—"
              {...countryField}
              onChange={(code) => {
                form.setFieldValue('country', code ?? '');
                const country = countries.find((c) => c.code === code);
                if (country && !form.getValues().timeZone) form.setFieldValue('timeZone', country.timeZone);
              }}
              data-testid="setup-country"
            />
            <Select
              label={t('onboarding.setup.timeZone')}
              description={t('onboarding.setup.timeZoneHint')}
              data={timeZones}
              searchable
              required
              limit={50}
              nothingFoundMessage="—"
              {...field('timeZone')}
              onChange={(zone) => form.setFieldValue('timeZone', zone ?? '')}
              data-testid="setup-time-zone"
            />
          </Stack>
        </Fieldset>
        <Fieldset
          legend={t('onboarding.setup.operatorSection')}
          variant="unstyled"
          styles={{ legend: { fontWeight: 600 } }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('onboarding.setup.name')}
              required
              autoComplete="name"
              {...field('name')}
              data-testid="setup-name"
            />
            <TextInput
              label={t('onboarding.setup.email')}
              type="email"
              required
              autoComplete="username"
              {...field('email')}
              data-testid="setup-email"
            />
            <PasswordInput
              label={t('onboarding.setup.password')}
              description={t('onboarding.passwordHint', { min: NEW_PASSWORD_MIN_LENGTH })}
              required
              autoComplete="new-password"
              {...field('newPassword')}
              data-testid="setup-password"
            />
          </Stack>
        </Fieldset>
        <Text size="xs" c="dimmed">
          {t('onboarding.setup.validUntil', { date: `${fmt.date(state.expiresAt)} ${fmt.time(state.expiresAt)}` })}
        </Text>
        <Button type="submit" loading={mutation.isPending} data-testid="setup-submit">
          {t('onboarding.setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
