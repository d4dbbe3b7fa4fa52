/**
 * Registering or changing a webhook endpoint (URL, description, event types, enabled) — one form for both — and the
 * dialog that shows its signing secret, once, after creating or rotating. Both stay mounted so Mantine returns the
 * focus to their opener.
 */
import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { createWebhookEndpointRequest } from '../../../domain/contracts/webhooks.ts';
import { subscribableEventTypes } from '../../../domain/webhook-events.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import {
  createWebhookEndpoint,
  updateWebhookEndpoint,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
  webhooksQueryKey,
} from './api.ts';

const blank = { url: '', description: '', eventTypes: [] as string[], enabled: true };

/**
 * Adds an endpoint (`editing` null) or changes one: the same fields, validated by the creation contract (a change
 * sends every field, which the update contract accepts). Enabling an endpoint the hub disabled ends that state.
 */
export function EndpointDialog({
  opened,
  editing,
  onClose,
  onCreated,
}: {
  opened: boolean;
  editing: WebhookEndpoint | null;
  onClose: () => void;
  onCreated: (created: WebhookEndpointWithSecret) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: createWebhookEndpointRequest,
    initialValues: blank,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form is filled once per opening, not on each render.
  useEffect(() => {
    if (opened && editing) {
      const { url, description, eventTypes, enabled } = editing;
      form.setValues({ url, description, eventTypes, enabled });
    }
  }, [opened, editing]);
  const save = useMutation({
    mutationFn: async (request: z.output<typeof createWebhookEndpointRequest>) =>
      editing ? { changed: await updateWebhookEndpoint(editing.id, request) } : await createWebhookEndpoint(request),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: webhooksQueryKey });
      if ('secret' in result) onCreated(result);
      else onClose();
    },
    onError: (error) => placeServerError(error),
  });
  const generalError = generalErrorOf(save.error, form.getValues(), t('webhooks.failed'));
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={() => {
        save.reset();
        form.setValues(blank);
        form.resetDirty(blank);
        form.clearErrors();
      }}
      title={editing ? t('webhooks.editTitle', { url: editing.url }) : t('webhooks.createTitle')}
      centered
      size="lg"
    >
      <form noValidate onSubmit={onSubmit((request) => save.mutate(request))}>
        <Stack gap="md">
          <TextInput
            label={t('webhooks.url')}
            description={t('webhooks.urlHint')}
            {...field('url')}
            withAsterisk
            data-autofocus
            data-testid="webhook-url"
          />
          <Textarea
            label={t('webhooks.descriptionLabel')}
            {...field('description')}
            autosize
            minRows={2}
            data-testid="webhook-description"
          />
          <Checkbox.Group label={t('webhooks.eventTypes')} withAsterisk {...field('eventTypes')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {subscribableEventTypes.map((type) => (
                <Checkbox key={type} value={type} label={<Code>{type}</Code>} data-testid={`event-${type}`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Switch
            label={t('webhooks.enabled')}
            description={editing?.disabledReason ? t('webhooks.enableAgainHint') : undefined}
            {...field('enabled', { type: 'checkbox' })}
            data-testid="webhook-form-enabled"
          />
          {generalError ? (
            <Alert color="red" variant="light" role="alert">
              {generalError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('webhooks.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="webhook-save">
              {editing ? t('webhooks.save') : t('webhooks.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function SecretDialog({ shown, onClose }: { shown: WebhookEndpointWithSecret | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={shown !== null} onClose={onClose} title={t('webhooks.secretTitle')} centered size="lg">
      {shown ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden="true" />}>
            {t('webhooks.secretWarning')}
          </Alert>
          <Text size="sm" fw={600} id="webhook-secret-label">
            {t('webhooks.secretLabel')} — {shown.endpoint.url}
          </Text>
          <Group gap="xs" wrap="nowrap" align="stretch">
            <Code
              block
              fz="sm"
              style={{ flex: 1, wordBreak: 'break-all' }}
              aria-labelledby="webhook-secret-label"
              data-testid="webhook-secret"
            >
              {shown.secret}
            </Code>
            <CopyButton value={shown.secret}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'filled' : 'light'}
                  color={copied ? 'teal' : 'brand'}
                  onClick={copy}
                  leftSection={
                    copied ? <IconCheck size={16} aria-hidden="true" /> : <IconCopy size={16} aria-hidden="true" />
                  }
                >
                  {copied ? t('webhooks.copied') : t('webhooks.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm" c="dimmed">
            {t('webhooks.secretUsage')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="webhook-secret-done">
              {t('webhooks.done')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
