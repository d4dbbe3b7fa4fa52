/**
 * The tag forms (TAG-1, TAG-2): a new tag's name and colour, and a tag's rename and recolour, each validated by
 * the server's tag contract. Every failure shows on the name field: a taken name says so in the user's language.
 */
import { Button, CheckIcon, ColorSwatch, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { useContractForm } from '../../components/forms/useContractForm.ts';
import { createTag, type TagColour, type TagWithCount, tagColour, tagColours, updateTag } from './api.ts';
import { newTagForm, renameTagForm } from './tagForms.ts';

function ColourPicker({ value, onChange, label }: { value: string; onChange: (c: TagColour) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} role="radiogroup" aria-label={label} wrap="wrap">
      {tagColours.map((colour) => {
        const checked = value === colour;
        return (
          <Tooltip key={colour} label={t(`tags.colours.${colour}`)}>
            <ColorSwatch
              component="button"
              type="button"
              role="radio"
              aria-checked={checked}
              aria-label={t(`tags.colours.${colour}`)}
              color={`var(--mantine-color-${colour}-6)`}
              size={24}
              onClick={() => onChange(colour)}
              style={{ color: '#fff', cursor: 'pointer' }}
            >
              {checked ? <CheckIcon size={11} /> : null}
            </ColorSwatch>
          </Tooltip>
        );
      })}
    </Group>
  );
}

const isNameTaken = (error: unknown) => isApiError(error) && error.status === 409;

/** The name field's message for a taken name or a failure that named no field. */
const nameErrorOf = (error: unknown, t: TFunction) => (isNameTaken(error) ? t('tags.nameTaken') : t('tags.saveFailed'));

export function NewTagForm({ onSaved }: { onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: newTagForm,
    initialValues: { name: '', colour: 'blue' as TagColour },
  });
  const create = useMutation({
    mutationFn: createTag,
    onSuccess: async (tag) => {
      notifications.show({ color: 'brand', message: t('tags.created', { name: tag.name }) });
      form.setFieldValue('name', '');
      await onSaved();
    },
    onError: (error) => {
      if (isNameTaken(error) || !placeServerError(error)) form.setFieldError('name', nameErrorOf(error, t));
    },
  });
  const { name, colour } = form.getValues();
  return (
    <form onSubmit={onSubmit((request) => create.mutate(request))} noValidate>
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            label={t('tags.newName')}
            placeholder={t('tags.namePlaceholder')}
            {...field('name')}
            maxLength={40}
            style={{ flex: 1 }}
            data-autofocus
            data-testid="new-tag-name"
          />
          <Button
            type="submit"
            mt={25}
            loading={create.isPending}
            leftSection={<IconPlus size={16} aria-hidden="true" />}
          >
            {t('tags.create')}
          </Button>
        </Group>
        <Group gap="sm">
          <Text size="sm" fw={500} id="new-tag-colour">
            {t('tags.colour')}
          </Text>
          <ColourPicker
            value={colour}
            onChange={(c) => form.setFieldValue('colour', c)}
            label={t('tags.colourOf', { name: name || t('tags.newName') })}
          />
        </Group>
      </Stack>
    </form>
  );
}

export function RenameTagForm({
  tag,
  onSaved,
  onCancel,
}: {
  tag: TagWithCount;
  onSaved: () => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: renameTagForm,
    initialValues: { name: tag.name, colour: tagColour(tag.colour) as TagColour },
  });
  const update = useMutation({
    mutationFn: updateTag,
    onSuccess: async (saved) => {
      notifications.show({ color: 'brand', message: t('tags.renamed', { name: saved.name }) });
      await onSaved();
    },
    onError: (error) => {
      if (isNameTaken(error) || !placeServerError(error)) form.setFieldError('name', nameErrorOf(error, t));
    },
  });
  return (
    <form onSubmit={onSubmit((request) => update.mutate({ id: tag.id, ...request }))} noValidate>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            size="xs"
            {...field('name')}
            aria-label={t('tags.renameNamed', { name: tag.name })}
            maxLength={40}
            autoFocus
            style={{ flex: 1 }}
          />
          <Button type="submit" size="xs" loading={update.isPending}>
            {t('tags.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('tags.cancel')}
          </Button>
        </Group>
        <ColourPicker
          value={form.getValues().colour}
          onChange={(c) => form.setFieldValue('colour', c)}
          label={t('tags.colourOf', { name: tag.name })}
        />
      </Stack>
    </form>
  );
}
