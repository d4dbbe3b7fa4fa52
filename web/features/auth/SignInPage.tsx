/** /sign-in: e-mail and password, errors next to the field or above the form, language picker before sign-in. */
import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconBuilding, IconChartBar, IconServer } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { type SessionInfo, signInRequest } from '../../../domain/contracts/auth.ts';
import type { SignInChallengeResponse } from '../../../domain/contracts/credentials.ts';
import { safeReturnPath } from '../../../domain/single-sign-on.ts';
import { ApiError, NetworkError } from '../../api/client.ts';
import { BrandLogo, BrandMark } from '../../components/BrandMark.tsx';
import { ColorSchemeToggle } from '../../components/ColorSchemeToggle.tsx';
import { useContractForm } from '../../components/forms/useContractForm.ts';
import { LanguageMenu } from '../../components/LanguageMenu.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { switchLocale } from '../../i18n/index.ts';
import { TwoFactorStep } from '../credentials/TwoFactorStep.tsx';
import {
  SingleSignOnChoice,
  SingleSignOnFailure,
  useSingleSignOnStep,
} from '../single-sign-on/SignInWithSingleSignOn.tsx';
import { signIn } from './api.ts';
import { landingPath, sessionQueryKey, useSessionQuery } from './session.ts';

/** Failures no field takes, kept as translation keys (not text), so switching the language also translates them. */
type FormErrorKey =
  | 'invalidCredentials'
  | 'ssoRequired'
  | 'organisationSuspended'
  | 'rateLimited'
  | 'network'
  | 'unexpected';
type FormError = { key: FormErrorKey } | { key: 'rateLimitedSeconds'; count: number } | { message: string };

/** Where the user was going before being sent to sign in (set by the route guard). */
function useReturnTo(): string | undefined {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  // Only a page of this app (not "//other.host"), and never back to sign-in itself: the rule the server applies.
  return safeReturnPath(from) ?? undefined;
}

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.submit'));
  const session = useSessionQuery();
  const returnTo = useReturnTo();

  if (session.isPending) {
    return (
      <Box p="xl">
        <PageSkeleton />
      </Box>
    );
  }
  if (session.data) return <Navigate to={returnTo ?? landingPath(session.data)} replace />;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing={0} mih="100vh">
      <BrandPanel />
      <Box component="main" pos="relative" style={{ display: 'flex', flexDirection: 'column' }}>
        <Group justify="flex-end" gap="xs" p="md">
          <LanguageMenu onChange={(locale) => void switchLocale(locale)} />
          <ColorSchemeToggle />
        </Group>
        <Box style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' }} px="md" pb={64}>
          <SignInForm returnTo={returnTo} />
        </Box>
      </Box>
    </SimpleGrid>
  );
}

function BrandPanel() {
  const { t } = useTranslation();
  const features = [
    { icon: IconBuilding, text: t('signIn.features.customers') },
    { icon: IconChartBar, text: t('signIn.features.analytics') },
    { icon: IconServer, text: t('signIn.features.selfHosted') },
  ];
  return (
    <Box
      visibleFrom="md"
      p={48}
      c="white"
      style={{
        background:
          'linear-gradient(150deg, var(--mantine-color-brand-9) 0%, var(--mantine-color-brand-7) 55%, var(--mantine-color-brand-5) 100%)',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
      }}
    >
      <Group gap={12}>
        <Box
          style={{ background: 'rgba(255,255,255,0.14)', borderRadius: 10, padding: 6, display: 'flex' }}
          aria-hidden="true"
        >
          <BrandLogo size={30} />
        </Box>
        <Text fw={700} fz={22} lh={1}>
          {t('app.name')}
        </Text>
      </Group>
      <Stack gap="xl" maw={460}>
        <Text fz={30} fw={700} lh={1.25} style={{ letterSpacing: '-0.01em' }}>
          {t('app.tagline')}
        </Text>
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {features.map(({ icon: Icon, text }) => (
            <Group component="li" key={text} gap="sm" wrap="nowrap">
              <ThemeIcon size={34} radius="md" color="white" variant="white" aria-hidden="true">
                <Icon size={19} stroke={1.8} color="var(--mantine-color-brand-8)" />
              </ThemeIcon>
              <Text fz="md" c="white">
                {text}
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
      <Text fz="sm" c="rgba(255,255,255,0.85)">
        {t('signIn.footer')}
      </Text>
    </Box>
  );
}

function SignInForm({ returnTo }: { returnTo: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: signInRequest,
    initialValues: { email: '', password: '' },
  });
  const [formError, setFormError] = useState<FormError | null>(null);
  const [challenge, setChallenge] = useState<SignInChallengeResponse['twoFactor'] | null>(null);
  const sso = useSingleSignOnStep(form.getValues().email);

  const enter = async (session: SessionInfo) => {
    await switchLocale(session.user.locale);
    queryClient.setQueryData(sessionQueryKey, session);
    navigate(returnTo ?? landingPath(session), { replace: true });
  };
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async (answer) => {
      if ('twoFactor' in answer) {
        form.setFieldValue('password', '');
        return setChallenge(answer.twoFactor);
      }
      await enter(answer);
    },
    onError: (error) => {
      form.setFieldValue('password', '');
      if (error instanceof NetworkError) return setFormError({ key: 'network' });
      if (!(error instanceof ApiError)) return setFormError({ key: 'unexpected' });
      if (error.status === 401 && error.code === 'sso_required') return setFormError({ key: 'ssoRequired' });
      if (error.status === 401 && error.code === 'organisation_suspended') {
        return setFormError({ key: 'organisationSuspended' });
      }
      if (error.status === 401) return setFormError({ key: 'invalidCredentials' });
      if (error.status === 429) {
        return setFormError(
          error.retryAfterSeconds
            ? { key: 'rateLimitedSeconds', count: error.retryAfterSeconds }
            : { key: 'rateLimited' },
        );
      }
      if (error.status === 400 && placeServerError(error)) return;
      if (error.status === 400) return setFormError({ message: error.message });
      return setFormError({ key: 'unexpected' });
    },
  });

  const submit = onSubmit((request) => mutation.mutate(request));

  return (
    <Stack w="100%" maw={400} gap="lg">
      <Box hiddenFrom="md">
        <BrandMark />
        <Text c="dimmed" size="sm" mt="xs">
          {t('app.tagline')}
        </Text>
      </Box>
      <Stack gap={6}>
        <Title order={1} fz={26}>
          {t('signIn.heading')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('signIn.intro')}
        </Text>
      </Stack>
      <Paper withBorder shadow="sm" radius="md" p="xl">
        {challenge ? (
          <TwoFactorStep
            challenge={challenge}
            onSignedIn={(session) => void enter(session)}
            onRestart={() => setChallenge(null)}
          />
        ) : (
          <form
            onSubmit={(event) => {
              setFormError(null);
              submit(event);
            }}
            noValidate
            aria-label={t('signIn.submit')}
            data-testid="sign-in-form"
          >
            <Stack gap="md">
              {formError ? (
                <Alert
                  color="red"
                  variant="light"
                  icon={<IconAlertCircle size={18} aria-hidden="true" />}
                  title={t('signIn.errorTitle')}
                  role="alert"
                  data-testid="sign-in-error"
                >
                  {'message' in formError
                    ? formError.message
                    : formError.key === 'rateLimitedSeconds'
                      ? t('signIn.errors.rateLimitedSeconds', { count: formError.count })
                      : t(`signIn.errors.${formError.key}`)}
                </Alert>
              ) : null}
              {formError ? null : <SingleSignOnFailure />}
              <TextInput
                id="sign-in-email"
                name="email"
                type="email"
                label={t('signIn.email')}
                placeholder={t('signIn.emailPlaceholder')}
                autoComplete="username"
                inputMode="email"
                autoFocus
                required
                {...field('email')}
                data-testid="sign-in-email"
              />
              {sso.offered && sso.address ? (
                <SingleSignOnChoice address={sso.address} returnTo={returnTo} onUsePassword={sso.usePassword} />
              ) : (
                <>
                  <PasswordInput
                    id="sign-in-password"
                    name="password"
                    label={t('signIn.password')}
                    autoComplete="current-password"
                    required
                    {...field('password')}
                    data-testid="sign-in-password"
                  />
                  <Button
                    type="submit"
                    fullWidth
                    size="md"
                    mt="xs"
                    loading={mutation.isPending}
                    data-testid="sign-in-submit"
                  >
                    {t('signIn.submit')}
                  </Button>
                </>
              )}
              <Anchor component={Link} to="/forgot-password" size="sm" ta="center" data-testid="forgot-password-link">
                {t('credentials.forgot.link')}
              </Anchor>
            </Stack>
          </form>
        )}
      </Paper>
    </Stack>
  );
}
