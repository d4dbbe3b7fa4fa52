/**
 * Adding or editing a resource (RES-1, vendor operators), on the server's contract: title, summary, Markdown
 * text, link, type, products (from the catalogue), language, featured and quick link. A refused field shows on
 * that field. One dialog, kept mounted, so Mantine gives the focus back to the button that opened it.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { locales } from '../../../domain/contracts/common.ts';
import { createResourceRequest } from '../../../domain/contracts/resources.ts';
import { resourceTypes } from '../../../domain/resources.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { languageNames } from '../../i18n/index.ts';
import { useCatalogue } from '../catalogue/api.ts';
import { createResource, type Resource, refreshResources, updateResource } from './api.ts';

/** The whole resource is sent on an edit too: one form, one contract (a PATCH of every field). */
const formSchema = createResourceRequest.required({ body: true, products: true, featured: true, quickLink: true });

export function ResourceDialog({
  opened,
  editing,
  onClose,
}: {
  opened: boolean;
  /** Null: a new resource. */
  editing: Resource | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('resources.form.editTitle', { title: editing.title }) : t('resources.form.addTitle')}
      centered
      size="lg"
      data-testid="resource-dialog"
    >
      <ResourceForm key={editing?.id ?? 'new'} editing={editing} onDone={onClose} />
    </Modal>
  );
}

function ResourceForm({ editing, onDone }: { editing: Resource | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const catalogue = useCatalogue();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: formSchema,
    initialValues: {
      title: editing?.title ?? '',
      summary: editing?.summary ?? '',
      body: editing?.body ?? '',
      url: editing?.url ?? '',
      type: editing?.type ?? 'guide',
      products: editing?.products ?? [],
      language: editing?.language ?? 'en',
      featured: editing?.featured ?? false,
      quickLink: editing?.quickLink ?? false,
    } as Record<string, unknown>,
  });
  const save = useMutation({
    mutationFn: (request: Parameters<typeof createResource>[0]) =>
      editing ? updateResource({ id: editing.id, ...request }) : createResource(request),
    onSuccess: async (saved) => {
      notifications.show({
        color: 'brand',
        message: editing
          ? t('resources.form.saved', { title: saved.title })
          : t('resources.form.created', { title: saved.title }),
      });
      await refreshResources(queryClient);
      onDone();
    },
  });
  const productOptions = (catalogue.data?.services ?? []).map((s) => ({ value: s.id, label: s.name }));
  const generalError = generalErrorOf(save.error, form.getValues(), t('resources.form.failed'));

  return (
    <form
      noValidate
      onSubmit={onSubmit((request) => save.mutate(request, { onError: (error) => placeServerError(error) }))}
    >
      <Stack gap="sm">
        <TextInput
          label={t('resources.form.title')}
          {...field('title')}
          maxLength={200}
          withAsterisk
          data-autofocus
          data-testid="resource-title"
        />
        <Textarea
          label={t('resources.form.summary')}
          description={t('resources.form.summaryHint')}
          {...field('summary')}
          maxLength={500}
          autosize
          minRows={2}
          withAsterisk
          data-testid="resource-summary"
        />
        <Textarea
          label={t('resources.form.body')}
          description={t('resources.form.bodyHint')}
          {...field('body')}
          autosize
          minRows={5}
          maxRows={14}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-testid="resource-body-input"
        />
        <TextInput
          label={t('resources.form.url')}
          description={t('resources.form.urlHint')}
          {...field('url')}
          type="url"
          maxLength={2000}
          data-testid="resource-url"
        />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('resources.form.type')}
            data={resourceTypes.map((type) => ({ value: type, label: t(`resources.types.${type}`) }))}
            {...field('type')}
            allowDeselect={false}
            withAsterisk
            data-testid="resource-type"
          />
          <Select
            label={t('resources.form.language')}
            data={locales.map((l) => ({ value: l, label: languageNames[l] }))}
            {...field('language')}
            allowDeselect={false}
            withAsterisk
            data-testid="resource-language"
          />
        </SimpleGrid>
        <MultiSelect
          label={t('resources.form.products')}
          description={t('resources.form.productsHint')}
          data={productOptions}
          {...field('products')}
          searchable
          clearable
          data-testid="resource-products"
        />
        <Group gap="lg">
          <Checkbox
            label={t('resources.form.featured')}
            {...field('featured', { type: 'checkbox' })}
            data-testid="resource-featured"
          />
          <Checkbox
            label={t('resources.form.quickLink')}
            {...field('quickLink', { type: 'checkbox' })}
            data-testid="resource-quick-link"
          />
        </Group>
        {generalError ? (
          <Alert color="red" variant="light" role="alert">
            {generalError}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('resources.form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="resource-save">
            {editing ? t('resources.form.save') : t('resources.form.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
