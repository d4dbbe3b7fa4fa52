/** RES-2: the partner helpdesk's request form (Calling or Contact Center), on the server's contract. */
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createSupportCaseRequest } from '../../../domain/contracts/resources.ts';
import { helpdeskProducts } from '../../../domain/resources.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { createSupportCase, refreshSupportCases, type SupportCase } from './api.ts';

export function HelpdeskDialog({
  opened,
  onClose,
  onSent,
}: {
  opened: boolean;
  onClose: () => void;
  onSent: (created: SupportCase) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('resources.helpdesk.formTitle')}
      centered
      size="lg"
      data-testid="helpdesk-dialog"
    >
      {opened ? <HelpdeskForm onDone={onClose} onSent={onSent} /> : null}
    </Modal>
  );
}

function HelpdeskForm({ onDone, onSent }: { onDone: () => void; onSent: (created: SupportCase) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: createSupportCaseRequest,
    initialValues: { product: 'calling', subject: '', description: '' } as Record<string, unknown>,
  });
  const send = useMutation({
    mutationFn: createSupportCase,
    onSuccess: async (created) => {
      notifications.show({
        color: 'brand',
        message: t('resources.helpdesk.sentToast', { reference: created.reference }),
      });
      await refreshSupportCases(queryClient);
      onSent(created);
      onDone();
    },
  });
  const generalError = generalErrorOf(send.error, form.getValues(), t('resources.helpdesk.failed'));
  return (
    <form noValidate onSubmit={onSubmit((request) => send.mutate(request, { onError: (e) => placeServerError(e) }))}>
      <Stack gap="sm">
        <Select
          label={t('resources.helpdesk.product')}
          data={helpdeskProducts.map((p) => ({ value: p, label: t(`resources.helpdesk.products.${p}`) }))}
          {...field('product')}
          allowDeselect={false}
          withAsterisk
          data-autofocus
          data-testid="helpdesk-product"
        />
        <TextInput
          label={t('resources.helpdesk.subject')}
          {...field('subject')}
          maxLength={200}
          withAsterisk
          data-testid="helpdesk-subject"
        />
        <Textarea
          label={t('resources.helpdesk.description')}
          description={t('resources.helpdesk.descriptionHint')}
          {...field('description')}
          autosize
          minRows={5}
          maxRows={12}
          maxLength={10_000}
          withAsterisk
          data-testid="helpdesk-description"
        />
        {generalError ? (
          <Alert color="red" variant="light" role="alert">
            {generalError}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('resources.helpdesk.cancel')}
          </Button>
          <Button type="submit" loading={send.isPending} data-testid="helpdesk-send">
            {t('resources.helpdesk.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
