/**
 * Manage the partner's tags (TAG-1, TAG-2): add a tag with a name and colour, rename or recolour one, delete one
 * after a confirmation that says how many customers lose it. Errors show next to the field; toasts confirm.
 * Only shown to those who may manage tags (canManageTags); the server checks anyway.
 */
import {
  ActionIcon,
  Alert,
  Button,
  CheckIcon,
  ColorSwatch,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useFormatters } from '../../i18n/format.ts';
import {
  createTag,
  deleteTag,
  type TagColour,
  type TagWithCount,
  tagColour,
  tagColours,
  tagsQueryKey,
  updateTag,
  useTags,
} from './api.ts';

/** A tag as it shows on a customer: a light badge in its colour, text dark enough to read. */
function TagBadge({ name, colour }: { name: string; colour: string }) {
  return <ToneBadge colour={tagColour(colour)}>{name}</ToneBadge>;
}

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

export function TagManager({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const tags = useTags(opened);
  const [name, setName] = useState('');
  const [colour, setColour] = useState<TagColour>('blue');
  const [nameError, setNameError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; name: string; colour: string; error: string | null } | null>(
    null,
  );
  const [deleting, setDeleting] = useState<TagWithCount | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tagsQueryKey }),
      // Rows and filters show tag names.
      queryClient.invalidateQueries({ queryKey: ['customers'] }),
    ]);

  const fieldError = (error: unknown): string | null => {
    if (!isApiError(error)) return null;
    if (error.status === 409) return t('tags.nameTaken');
    if (error.field === 'name') return error.message;
    return null;
  };

  const create = useMutation({
    mutationFn: createTag,
    onSuccess: async (tag) => {
      notifications.show({ color: 'brand', message: t('tags.created', { name: tag.name }) });
      setName('');
      await refresh();
    },
    onError: (error) => setNameError(fieldError(error) ?? t('tags.saveFailed')),
  });

  const update = useMutation({
    mutationFn: updateTag,
    onSuccess: async (tag) => {
      notifications.show({ color: 'brand', message: t('tags.renamed', { name: tag.name }) });
      setEditing(null);
      await refresh();
    },
    onError: (error) => setEditing((e) => e && { ...e, error: fieldError(error) ?? t('tags.saveFailed') }),
  });

  const remove = useMutation({
    mutationFn: (tag: TagWithCount) => deleteTag(tag.id),
    onSuccess: async (_, tag) => {
      notifications.show({ color: 'brand', message: t('tags.deleted', { name: tag.name }) });
      setDeleting(null);
      await refresh();
    },
  });

  const submitCreate = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setNameError(t('tags.nameRequired'));
    create.mutate({ name: trimmed, colour });
  };

  const submitEdit = (e: FormEvent) => {
    e.preventDefault();
    if (!editing) return;
    const trimmed = editing.name.trim();
    if (!trimmed) return setEditing({ ...editing, error: t('tags.nameRequired') });
    update.mutate({ id: editing.id, name: trimmed, colour: editing.colour as TagColour });
  };

  const columns: ColumnDef<TagWithCount>[] = [
    {
      id: 'name',
      header: t('tags.name'),
      accessorFn: (tag) => tag.name,
      cell: ({ row: { original: tag } }) =>
        editing?.id === tag.id ? (
          <form onSubmit={submitEdit} noValidate>
            <Stack gap={6}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  size="xs"
                  value={editing.name}
                  onChange={(e) => setEditing({ ...editing, name: e.currentTarget.value, error: null })}
                  error={editing.error}
                  aria-label={t('tags.renameNamed', { name: tag.name })}
                  maxLength={40}
                  autoFocus
                  style={{ flex: 1 }}
                />
                <Button type="submit" size="xs" loading={update.isPending}>
                  {t('tags.save')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                  {t('tags.cancel')}
                </Button>
              </Group>
              <ColourPicker
                value={editing.colour}
                onChange={(c) => setEditing({ ...editing, colour: c })}
                label={t('tags.colourOf', { name: tag.name })}
              />
            </Stack>
          </form>
        ) : (
          <TagBadge name={tag.name} colour={tag.colour} />
        ),
    },
    {
      id: 'customers',
      header: t('tags.customers'),
      accessorFn: (tag) => tag.customers,
      meta: { numeric: true, width: 110 },
      cell: ({ getValue }) => fmt.number(getValue<number>()),
    },
    {
      id: 'actions',
      header: t('tags.actions'),
      enableSorting: false,
      meta: { width: 96 },
      cell: ({ row: { original: tag } }) => (
        <Group gap={2} wrap="nowrap">
          <Tooltip label={t('tags.rename')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('tags.renameNamed', { name: tag.name })}
              onClick={() => setEditing({ id: tag.id, name: tag.name, colour: tagColour(tag.colour), error: null })}
              data-testid="rename-tag"
            >
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('tags.delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('tags.deleteNamed', { name: tag.name })}
              onClick={() => setDeleting(tag)}
              data-testid="delete-tag"
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    },
  ];

  return (
    <>
      <Modal
        opened={opened && !deleting}
        onClose={onClose}
        title={t('tags.title')}
        centered
        size="lg"
        data-testid="tag-manager"
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('tags.intro')}
          </Text>
          <form onSubmit={submitCreate} noValidate>
            <Stack gap="xs">
              <Group gap="sm" align="flex-start" wrap="nowrap">
                <TextInput
                  label={t('tags.newName')}
                  placeholder={t('tags.namePlaceholder')}
                  value={name}
                  onChange={(e) => {
                    setName(e.currentTarget.value);
                    setNameError(null);
                  }}
                  error={nameError}
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
                  onChange={setColour}
                  label={t('tags.colourOf', { name: name || t('tags.newName') })}
                />
              </Group>
            </Stack>
          </form>

          {tags.isError ? (
            <Alert color="red" variant="light" role="alert">
              {t('tags.loadFailed')}
            </Alert>
          ) : (
            <DataTable
              label={t('tags.title')}
              columns={columns}
              data={tags.data}
              loading={tags.isPending}
              getRowId={(tag) => tag.id}
              empty={<EmptyState title={t('tags.empty')} />}
              rowTestId="tag-row"
              testId="tag-table"
            />
          )}
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('tags.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('tags.deleteBody', { count: deleting?.customers ?? 0, n: fmt.number(deleting?.customers ?? 0) })}
        confirmLabel={t('tags.deleteConfirm')}
        cancelLabel={t('tags.cancel')}
        loading={remove.isPending}
        error={remove.isError ? t('tags.deleteFailed') : null}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
      />
    </>
  );
}
