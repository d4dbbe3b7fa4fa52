/**
 * Manage the partner's tags (TAG-1, TAG-2): add a tag with a name and colour, rename or recolour one, delete one
 * after a confirmation that says how many customers lose it. Errors show next to the field; toasts confirm.
 * Only shown to those who may manage tags (canManageTags); the server checks anyway.
 */
import { ActionIcon, Alert, Group, Modal, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { deleteTag, type TagWithCount, tagColour, tagsQueryKey, useTags } from './api.ts';
import { NewTagForm, RenameTagForm } from './TagForms.tsx';

/** A tag as it shows on a customer: a light badge in its colour, text dark enough to read. */
export function TagBadge({ name, colour }: { name: string; colour: string }) {
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

  const list = tags.data ?? [];
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
          ) : tags.isPending ? (
            <Stack gap="xs" aria-busy="true">
              <Skeleton height={30} />
              <Skeleton height={30} />
              <Skeleton height={30} />
            </Stack>
          ) : list.length === 0 ? (
            <Text size="sm" c="dimmed" ta="center" py="md">
              {t('tags.empty')}
            </Text>
          ) : (
            <Table verticalSpacing={6} data-testid="tag-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tags.name')}</Table.Th>
                  <Table.Th w={110} ta="right">
                    {t('tags.customers')}
                  </Table.Th>
                  <Table.Th w={96}>{t('tags.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((tag) => (
                  <Table.Tr key={tag.id} data-testid="tag-row">
                    <Table.Td>
                      {editing === tag.id ? (
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
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm">{fmt.number(tag.customers)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={2} wrap="nowrap">
                        <Tooltip label={t('tags.rename')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('tags.renameNamed', { name: tag.name })}
                            onClick={() => setEditing(tag.id)}
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
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
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
