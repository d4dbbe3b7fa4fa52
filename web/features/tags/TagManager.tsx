/**
 * Manage the partner's tags (TAG-1, TAG-2): add a tag with a name and colour, rename or recolour one, delete one
 * after a confirmation that says how many customers lose it. Errors show next to the field; toasts confirm.
 * Only shown to those who may manage tags (canManageTags); the server checks anyway.
 */
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { RowAction, RowActions } from '../../components/RowAction.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { deleteTag, type TagWithCount, tagColour, tagsQueryKey, useTags } from './api.ts';
import { NewTagForm, RenameTagForm } from './TagForms.tsx';

/** A tag as it shows on a customer: a light badge in its colour, text dark enough to read. */
function TagBadge({ name, colour }: { name: string; colour: string }) {
  return <ToneBadge colour={tagColour(colour)}>{name}</ToneBadge>;
}

export function TagManager({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const tags = useTags(opened);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TagWithCount | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tagsQueryKey }),
      // Rows and filters show tag names.
      queryClient.invalidateQueries({ queryKey: ['customers'] }),
    ]);

  const remove = useMutation({
    mutationFn: (tag: TagWithCount) => deleteTag(tag.id),
    onSuccess: async (_, tag) => {
      notifications.show({ color: 'brand', message: t('tags.deleted', { name: tag.name }) });
      setDeleting(null);
      await refresh();
    },
  });

  const columns: ColumnDef<TagWithCount>[] = [
    {
      id: 'name',
      header: t('tags.name'),
      accessorFn: (tag) => tag.name,
      cell: ({ row: { original: tag } }) =>
        editing === tag.id ? (
          <RenameTagForm
            tag={tag}
            onSaved={() => {
              setEditing(null);
              return refresh();
            }}
            onCancel={() => setEditing(null)}
          />
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
        <RowActions>
          <RowAction
            label={t('tags.renameNamed', { name: tag.name })}
            tooltip={t('tags.rename')}
            icon={IconPencil}
            onClick={() => setEditing(tag.id)}
            testId="rename-tag"
          />
          <RowAction
            label={t('tags.deleteNamed', { name: tag.name })}
            tooltip={t('tags.delete')}
            icon={IconTrash}
            destructive
            onClick={() => setDeleting(tag)}
            testId="delete-tag"
          />
        </RowActions>
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
          <NewTagForm onSaved={refresh} />

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
