/**
 * The sign-in page's single sign-on steps (issue #10), kept here so the page itself changes little: whether the
 * typed address's domain signs in through an identity provider (asked of the server, by domain), the "Continue with
 * single sign-on" choice that replaces the password, and the message of a sign-on that came back without a session.
 */
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle, IconKey } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { signInMethodRequest } from '../../../domain/contracts/single-sign-on.ts';
import { domainOf, SSO_FAILURE_PARAM, type SsoFailure, ssoFailures } from '../../../domain/single-sign-on.ts';
import { fetchSignInMethod, singleSignOnStartUrl } from './api.ts';

/** Whether to offer single sign-on instead of the password for the address typed so far. */
export function useSingleSignOnStep(email: string) {
  const [debounced] = useDebouncedValue(email, 350);
  const parsed = signInMethodRequest.safeParse({ email: debounced });
  const address = parsed.success ? parsed.data.email : null;
  const domain = address ? domainOf(address) : null;
  const [passwordFor, setPasswordFor] = useState<string | null>(null);
  const method = useQuery({
    // The answer depends on the domain only.
    queryKey: ['sign-in-method', domain],
    queryFn: () => fetchSignInMethod(address as string),
    enabled: domain !== null,
    staleTime: 60_000,
    retry: false,
  });
  const offered = domain !== null && method.data?.method === 'sso' && passwordFor !== domain;
  return {
    offered,
    address,
    /** The person asks for the password field anyway (a full administrator keeps one). */
    usePassword: () => setPasswordFor(domain),
  };
}

export function SingleSignOnChoice({
  address,
  returnTo,
  onUsePassword,
}: {
  address: string;
  /** The page the person was going to, to land on after the identity provider. */
  returnTo: string | undefined;
  onUsePassword: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="sso-choice">
      <Text size="sm" c="dimmed">
        {t('singleSignOn.signIn.explanation')}
      </Text>
      <Button
        component="a"
        href={singleSignOnStartUrl(address, returnTo)}
        fullWidth
        size="md"
        leftSection={<IconKey size={18} aria-hidden="true" />}
        data-testid="sso-continue"
      >
        {t('singleSignOn.signIn.continue')}
      </Button>
      <Anchor component="button" type="button" size="sm" onClick={onUsePassword} data-testid="sso-use-password">
        {t('singleSignOn.signIn.usePassword')}
      </Anchor>
    </Stack>
  );
}

/** The reason a single sign-on came back without a session (`/sign-in?sso_error=…`), translated. */
export function SingleSignOnFailure() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const value = params.get(SSO_FAILURE_PARAM);
  const failure = ssoFailures.find((f) => f === value) as SsoFailure | undefined;
  if (!value) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} aria-hidden="true" />}
      title={t('singleSignOn.signIn.errorTitle')}
      role="alert"
      data-testid="sso-error"
    >
      {t(`singleSignOn.signIn.errors.${failure ?? 'provider_error'}`)}
    </Alert>
  );
}
