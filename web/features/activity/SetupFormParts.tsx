/** What every dialog of the support setup shares: saving its request, and its frame with the buttons. */
import { Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useSetupWrite } from './api.ts';

export type Choice = { value: string; label: string };

/** Saves one form's request at `path` (POST to create, PUT to edit), then says so and closes. */
export function useSave<Schema extends z.ZodType>(customerId: string, onDone: () => void) {
  const { t } = useTranslation();
  const write = useSetupWrite(customerId);
  const save = (
    method: 'POST' | 'PUT',
    path: string,
    body: z.output<Schema>,
    name: string,
    onError: (error: unknown) => void,
  ) =>
    write.mutate(
      { method, path, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'brand', message: t('activity.setup.saved', { name }) });
          onDone();
        },
        onError,
      },
    );
  return { write, save };
}

export function FormFooter({
  error,
  pending,
  onCancel,
  testId,
}: {
  error: string | null;
  pending: boolean;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('activity.setup.cancel')}
        </Button>
        <Button type="submit" loading={pending} data-testid={testId}>
          {t('activity.setup.save')}
        </Button>
      </Group>
    </>
  );
}

export function FormFrame({
  onSubmit,
  children,
}: {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack gap="sm">{children}</Stack>
    </form>
  );
}
