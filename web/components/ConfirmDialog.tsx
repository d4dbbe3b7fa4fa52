/**
 * Confirmation before a destructive action (UI.md): says what will happen, the destructive button is red and
 * named after the action, Cancel has the focus first. Errors of the action show inside the dialog.
 */
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, type RefObject, useRef } from 'react';

export function ConfirmDialog({
  opened,
  title,
  body,
  confirmLabel,
  cancelLabel,
  loading,
  error,
  onConfirm,
  onClose,
  returnFocusTo,
}: {
  opened: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  loading?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
  /** Where the focus goes once the dialog has closed, instead of the opener: the action may have removed it. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}) {
  // What had the focus, read as the dialog opens: Cancel takes the focus before Mantine would note it, so the
  // dialog gives the focus back itself once it has closed.
  const opener = useRef<Element | null>(null);
  const wasOpened = useRef(false);
  if (opened && !wasOpened.current) opener.current = document.activeElement;
  wasOpened.current = opened;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      returnFocus={false}
      onExitTransitionEnd={() => {
        const target = returnFocusTo?.current ?? opener.current;
        if (target instanceof HTMLElement) target.focus();
      }}
      title={title}
      centered
      size="md"
      closeButtonProps={{ 'aria-label': cancelLabel }}
    >
      <Stack gap="md">
        <Text size="sm">{body}</Text>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {cancelLabel}
          </Button>
          <Button color="red.8" onClick={onConfirm} loading={loading} data-testid="confirm-delete">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
