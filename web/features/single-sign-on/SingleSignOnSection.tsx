/**
 * The "Single sign-on" section (issue #10): the organisation's OpenID Connect identity provider — issuer, client id,
 * the write-only client secret, the e-mail domains it covers, on or off — and the redirect URI to register with the
 * provider. The server runs discovery on save and names the field it refuses (single-sign-on routes).
 */
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  PasswordInput,
  Skeleton,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCopy, IconKey } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SaveSingleSignOnRequest, saveSingleSignOnRequest } from '../../../domain/contracts/single-sign-on.ts';
import { isApiError } from '../../api/client.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { removeSingleSignOn, saveSingleSignOn, singleSignOnQueryKey, useSingleSignOn } from './api.ts';

const fields = ['issuer', 'clientId', 'clientSecret', 'domains', 'enabled'] as const;
/** The server names a field as `issuer` or `body.issuer`, a domain as `domains.0`. */
const serverFieldPath = (field: string) => fields.find((f) => field === f || field.endsWith(`.${f}`)) ?? null;

export function SingleSignOnSection() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const query = useSingleSignOn(true);
  const provider = query.data?.provider ?? null;
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: saveSingleSignOnRequest,
    initialValues: { issuer: '', clientId: '', clientSecret: '', domains: [] as string[], enabled: true },
  });
  const { setValues } = form;
  useEffect(() => {
    if (!provider) return;
    const { issuer, clientId, domains, enabled } = provider;
    setValues({ issuer, clientId, clientSecret: '', domains, enabled });
  }, [provider, setValues]);
  const save = useMutation({
    mutationFn: (request: SaveSingleSignOnRequest) =>
      // An empty secret field keeps the stored secret.
      saveSingleSignOn({ ...request, clientSecret: request.clientSecret || undefined }),
    onSuccess: (saved) => {
      queryClient.setQueryData(singleSignOnQueryKey, saved);
      form.setFieldValue('clientSecret', '');
      notifications.show({ color: 'brand', message: t('singleSignOn.saved') });
    },
    onError: (error) => placeServerError(error, serverFieldPath),
  });
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: removeSingleSignOn,
    onSuccess: async () => {
      setConfirming(false);
      form.reset();
      notifications.show({ color: 'brand', message: t('singleSignOn.removed') });
      await queryClient.invalidateQueries({ queryKey: singleSignOnQueryKey });
    },
  });
  const generalError = generalErrorOf(save.error, form.getValues(), t('singleSignOn.failed'), serverFieldPath);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="single-sign-on-title">
      <Stack gap={4} mb="md">
        <Group gap={8}>
          <IconKey size={20} stroke={1.7} aria-hidden="true" />
          <Title order={2} fz="lg" id="single-sign-on-title">
            {t('singleSignOn.title')}
          </Title>
          {provider ? (
            <ToneBadge colour={provider.enabled ? 'green' : 'gray'} data-testid="single-sign-on-status">
              {provider.enabled ? t('singleSignOn.on') : t('singleSignOn.off')}
            </ToneBadge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed" maw={760}>
          {t('singleSignOn.description')}
        </Text>
      </Stack>
      {query.isPending ? <Skeleton height={200} radius="sm" /> : null}
      {query.isError ? (
        <LoadError error={query.error} what={t('singleSignOn.title')} onRetry={() => query.refetch()} />
      ) : null}
      {query.data ? (
        <form noValidate onSubmit={onSubmit((request) => save.mutate(request))} data-testid="single-sign-on-form">
          <Stack gap="md" maw={640}>
            <div>
              <Text size="sm" fw={500} id="sso-redirect-label">
                {t('singleSignOn.redirectUri')}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {t('singleSignOn.redirectUriHint')}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Code aria-labelledby="sso-redirect-label" data-testid="sso-redirect-uri">
                  {query.data.redirectUri}
                </Code>
                <CopyButton value={query.data.redirectUri}>
                  {({ copied, copy }) => (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconCopy size={14} aria-hidden="true" />}
                      onClick={copy}
                    >
                      {copied ? t('singleSignOn.copied') : t('singleSignOn.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </div>
            <TextInput
              label={t('singleSignOn.issuer')}
              description={t('singleSignOn.issuerHint')}
              placeholder="https://login.example.com"
              required
              {...field('issuer')}
              data-testid="sso-issuer"
            />
            <TextInput
              label={t('singleSignOn.clientId')}
              required
              autoComplete="off"
              {...field('clientId')}
              data-testid="sso-client-id"
            />
            <PasswordInput
              label={t('singleSignOn.clientSecret')}
              description={
                provider?.clientSecretSet ? t('singleSignOn.clientSecretSet') : t('singleSignOn.clientSecretHint')
              }
              required={!provider?.clientSecretSet}
              autoComplete="new-password"
              {...field('clientSecret')}
              data-testid="sso-client-secret"
            />
            <TagsInput
              label={t('singleSignOn.domains')}
              description={t('singleSignOn.domainsHint')}
              placeholder={t('singleSignOn.domainsPlaceholder')}
              required
              splitChars={[',', ' ', ';']}
              acceptValueOnBlur
              {...field('domains')}
              data-testid="sso-domains"
            />
            <Switch
              label={t('singleSignOn.enabled')}
              description={t('singleSignOn.enabledHint')}
              {...field('enabled', { type: 'checkbox' })}
              data-testid="sso-enabled"
            />
            {generalError ? (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden="true" />} role="alert">
                {generalError}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" loading={save.isPending} data-testid="save-single-sign-on">
                {t('singleSignOn.save')}
              </Button>
              {provider ? (
                <Button
                  variant="default"
                  color="red"
                  onClick={() => setConfirming(true)}
                  data-testid="remove-single-sign-on"
                >
                  {t('singleSignOn.remove')}
                </Button>
              ) : null}
              {provider ? (
                <Text size="xs" c="dimmed">
                  {t('singleSignOn.updated', { date: fmt.date(provider.updatedAt) })}
                </Text>
              ) : null}
            </Group>
          </Stack>
        </form>
      ) : null}
      <ConfirmDialog
        opened={confirming}
        title={t('singleSignOn.removeTitle')}
        body={t('singleSignOn.removeBody')}
        confirmLabel={t('singleSignOn.remove')}
        cancelLabel={t('singleSignOn.cancel')}
        loading={remove.isPending}
        error={remove.error ? (isApiError(remove.error) ? remove.error.message : t('singleSignOn.failed')) : null}
        onConfirm={() => remove.mutate()}
        onClose={() => {
          setConfirming(false);
          remove.reset();
        }}
      />
    </Paper>
  );
}
