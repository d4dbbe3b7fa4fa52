/**
 * Creating an API token: a name, then the secret — shown this once, with a copy button and how to send it.
 * A server error on `name` shows next to the field.
 */
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiTokenRequest } from '../../../domain/contracts/api-tokens.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { apiTokensQueryKey, type CreatedApiToken, createApiToken } from './api.ts';

/**
 * One dialog for both steps, kept mounted: Mantine gives focus back to the opener when `opened` turns false, which a
 * dialog that is unmounted or swapped for another cannot do. It starts afresh once it has faded out.
 */
export function CreateTokenDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: createApiTokenRequest,
    initialValues: { name: '' },
  });
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const create = useMutation({
    mutationFn: createApiToken,
    onSuccess: async (result) => {
      setCreated(result);
      notifications.show({ color: 'brand', message: t('apiTokens.createdToast', { name: result.token.name }) });
      await queryClient.invalidateQueries({ queryKey: apiTokensQueryKey });
    },
    onError: (error) => placeServerError(error),
  });
  const generalError = generalErrorOf(create.error, form.getValues(), t('apiTokens.failed'));
  const startAfresh = () => {
    setCreated(null);
    create.reset();
    form.reset();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={startAfresh}
      title={created ? t('apiTokens.createdTitle') : t('apiTokens.createTitle')}
      centered
      size={created ? 'lg' : 'md'}
    >
      {created ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden="true" />}>
            {t('apiTokens.createdWarning')}
          </Alert>
          <div>
            <Text size="sm" fw={600} mb={6} id="new-token-label">
              {t('apiTokens.secretLabel')} — {created.token.name}
            </Text>
            <Group gap="xs" wrap="nowrap" align="stretch">
              <Code
                block
                fz="sm"
                style={{ flex: 1, wordBreak: 'break-all' }}
                aria-labelledby="new-token-label"
                data-testid="new-token-secret"
              >
                {created.secret}
              </Code>
              <CopyButton value={created.secret}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('apiTokens.copied') : t('apiTokens.copy')}>
                    <Button
                      variant={copied ? 'filled' : 'light'}
                      color={copied ? 'teal' : 'brand'}
                      onClick={copy}
                      leftSection={
                        copied ? <IconCheck size={16} aria-hidden="true" /> : <IconCopy size={16} aria-hidden="true" />
                      }
                      data-testid="copy-token"
                    >
                      {copied ? t('apiTokens.copied') : t('apiTokens.copy')}
                    </Button>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          </div>
          <div>
            <Text size="sm" c="dimmed" mb={6}>
              {t('apiTokens.usage')}
            </Text>
            <Code block fz="xs">
              Authorization: Bearer {created.secret.slice(0, 10)}…
            </Code>
          </div>
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="token-done">
              {t('apiTokens.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={onSubmit((request) => create.mutate(request.name))}>
          <Stack gap="md">
            <TextInput
              label={t('apiTokens.name')}
              description={t('apiTokens.nameHint')}
              {...field('name')}
              maxLength={100}
              withAsterisk
              data-autofocus
              data-testid="token-name"
            />
            {generalError ? (
              <Alert color="red" variant="light" role="alert">
                {generalError}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('apiTokens.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} data-testid="token-create-submit">
                {t('apiTokens.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
