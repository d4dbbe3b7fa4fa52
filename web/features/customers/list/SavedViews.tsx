/**
 * Saved views (CUS-6, BEY-4): the menu lists my views and those colleagues share; opening one puts its query
 * in the URL. The current view can be saved under a name (optionally shared); my views can be renamed, shared,
 * updated to the current filters, or deleted after a confirmation. Toasts confirm each result.
 */
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBookmark,
  IconBookmarkPlus,
  IconCheck,
  IconChevronDown,
  IconDeviceFloppy,
  IconPencil,
  IconSettings,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { createView, deleteView, type SavedView, updateView, useSavedViews, viewsQueryKey } from './api.ts';
import { normaliseViewQuery } from './urlState.ts';

export function SavedViewsMenu({ currentQuery, onOpen }: { currentQuery: string; onOpen: (query: string) => void }) {
  const { t } = useTranslation();
  const views = useSavedViews();
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const all = views.data ?? [];
  const mine = all.filter((v) => v.ownedByMe);
  const shared = all.filter((v) => !v.ownedByMe);
  const current = all.find((v) => normaliseViewQuery(v.query) === currentQuery);

  const item = (view: SavedView) => (
    <Menu.Item
      key={view.id}
      onClick={() => onOpen(view.query)}
      leftSection={
        view.id === current?.id ? <IconCheck size={16} aria-hidden="true" /> : <span style={{ width: 16 }} />
      }
      rightSection={
        view.shared && view.ownedByMe ? (
          <Tooltip label={t('customers.list.views.sharedHint')}>
            <IconUsers size={14} aria-label={t('customers.list.views.sharedBadge')} />
          </Tooltip>
        ) : null
      }
      aria-current={view.id === current?.id ? 'true' : undefined}
      data-testid="saved-view"
    >
      <Text size="sm" truncate="end" maw={220}>
        {view.name}
      </Text>
    </Menu.Item>
  );

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={300} withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={16} stroke={1.7} aria-hidden="true" />}
            rightSection={<IconChevronDown size={14} stroke={1.7} aria-hidden="true" />}
            data-testid="saved-views-menu"
            styles={{ label: { maxWidth: 220 } }}
          >
            <Text span inherit truncate="end">
              {current ? t('customers.list.views.current', { name: current.name }) : t('customers.list.views.menu')}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('customers.list.views.mine')}</Menu.Label>
          {mine.length > 0 ? (
            mine.map(item)
          ) : (
            <Menu.Item disabled>{views.isPending ? t('common.loading') : t('customers.list.views.noneMine')}</Menu.Item>
          )}
          {shared.length > 0 ? (
            <>
              <Menu.Label>{t('customers.list.views.shared')}</Menu.Label>
              {shared.map(item)}
            </>
          ) : null}
          {views.isError ? <Menu.Item disabled>{t('customers.list.views.loadFailed')}</Menu.Item> : null}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconBookmarkPlus size={16} aria-hidden="true" />}
            onClick={() => setSaving(true)}
            data-testid="save-view"
          >
            {t('customers.list.views.save')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconSettings size={16} aria-hidden="true" />}
            onClick={() => setManaging(true)}
            disabled={mine.length === 0}
            data-testid="manage-views"
          >
            {t('customers.list.views.manage')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SaveViewModal opened={saving} onClose={() => setSaving(false)} query={currentQuery} />
      <ManageViewsModal opened={managing} onClose={() => setManaging(false)} views={mine} currentQuery={currentQuery} />
    </>
  );
}

function useInvalidateViews() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: viewsQueryKey });
}

function SaveViewModal({ opened, onClose, query }: { opened: boolean; onClose: () => void; query: string }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateViews();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: createView,
    onSuccess: async (view) => {
      notifications.show({ color: 'brand', message: t('customers.list.views.saved', { name: view.name }) });
      await invalidate();
      close();
    },
    onError: (error) => {
      if (isApiError(error) && (error.field === 'name' || error.status === 409)) {
        setNameError(error.status === 409 ? t('customers.list.views.nameTaken') : error.message);
      }
    },
  });

  const close = () => {
    setName('');
    setShared(false);
    setNameError(null);
    save.reset();
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('customers.list.views.nameRequired'));
      return;
    }
    save.mutate({ name: trimmed, query, shared });
  };

  const otherError = save.isError && !nameError;
  return (
    <Modal opened={opened} onClose={close} title={t('customers.list.views.saveTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('customers.list.views.name')}
            placeholder={t('customers.list.views.namePlaceholder')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setNameError(null);
            }}
            error={nameError}
            maxLength={80}
            required
            data-autofocus
            data-testid="view-name"
          />
          <Checkbox
            label={t('customers.list.views.shareLabel')}
            description={t('customers.list.views.shareDescription')}
            checked={shared}
            onChange={(e) => setShared(e.currentTarget.checked)}
            data-testid="view-shared"
          />
          {otherError ? (
            <Alert color="red" variant="light" role="alert">
              {t('customers.list.views.saveFailed')}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('customers.list.actions.cancel')}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
            >
              {t('customers.list.actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ManageViewsModal({
  opened,
  onClose,
  views,
  currentQuery,
}: {
  opened: boolean;
  onClose: () => void;
  views: readonly SavedView[];
  currentQuery: string;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidateViews();
  const [renaming, setRenaming] = useState<{ id: string; name: string; error: string | null } | null>(null);
  const [deleting, setDeleting] = useState<SavedView | null>(null);

  const update = useMutation({
    mutationFn: updateView,
    onSuccess: async (view, vars) => {
      const message =
        vars.name !== undefined
          ? t('customers.list.views.renamed', { name: view.name })
          : vars.query !== undefined
            ? t('customers.list.views.updated', { name: view.name })
            : view.shared
              ? t('customers.list.views.nowShared', { name: view.name })
              : t('customers.list.views.nowPrivate', { name: view.name });
      notifications.show({ color: 'brand', message });
      setRenaming(null);
      await invalidate();
    },
    onError: (error, vars) => {
      if (vars.name !== undefined && isApiError(error) && (error.field === 'name' || error.status === 409)) {
        setRenaming(
          (r) => r && { ...r, error: error.status === 409 ? t('customers.list.views.nameTaken') : error.message },
        );
      } else {
        notifications.show({ color: 'red', message: t('customers.list.views.saveFailed') });
      }
    },
  });

  const remove = useMutation({
    mutationFn: (view: SavedView) => deleteView(view.id),
    onSuccess: async (_, view) => {
      notifications.show({ color: 'brand', message: t('customers.list.views.deleted', { name: view.name }) });
      setDeleting(null);
      await invalidate();
    },
  });

  const submitRename = (e: FormEvent) => {
    e.preventDefault();
    if (!renaming) return;
    const name = renaming.name.trim();
    if (!name) {
      setRenaming({ ...renaming, error: t('customers.list.views.nameRequired') });
      return;
    }
    update.mutate({ id: renaming.id, name });
  };

  return (
    <>
      <Modal
        opened={opened && !deleting}
        onClose={onClose}
        title={t('customers.list.views.manageTitle')}
        centered
        size="lg"
      >
        <Table verticalSpacing="xs" data-testid="manage-views-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customers.list.views.name')}</Table.Th>
              <Table.Th w={90}>{t('customers.list.views.sharedColumn')}</Table.Th>
              <Table.Th w={130}>
                <Text span size="sm" fw={700}>
                  {t('customers.list.columns.actions')}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {views.map((view) => (
              <Table.Tr key={view.id}>
                <Table.Td>
                  {renaming?.id === view.id ? (
                    <form onSubmit={submitRename} noValidate>
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <TextInput
                          size="xs"
                          value={renaming.name}
                          onChange={(e) => setRenaming({ ...renaming, name: e.currentTarget.value, error: null })}
                          error={renaming.error}
                          aria-label={t('customers.list.views.newName', { name: view.name })}
                          maxLength={80}
                          data-autofocus
                          autoFocus
                          style={{ flex: 1 }}
                        />
                        <Button type="submit" size="xs" loading={update.isPending}>
                          {t('customers.list.actions.save')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setRenaming(null)}>
                          {t('customers.list.actions.cancel')}
                        </Button>
                      </Group>
                    </form>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {view.name}
                      </Text>
                      {normaliseViewQuery(view.query) === currentQuery ? (
                        <Badge size="xs" variant="light" radius="sm">
                          {t('customers.list.views.open')}
                        </Badge>
                      ) : null}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <Switch
                    checked={view.shared}
                    onChange={(e) => update.mutate({ id: view.id, shared: e.currentTarget.checked })}
                    aria-label={t('customers.list.views.shareNamed', { name: view.name })}
                    size="sm"
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={t('customers.list.views.rename')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('customers.list.views.renameNamed', { name: view.name })}
                        onClick={() => setRenaming({ id: view.id, name: view.name, error: null })}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('customers.list.views.updateQuery')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('customers.list.views.updateQueryNamed', { name: view.name })}
                        onClick={() => update.mutate({ id: view.id, query: currentQuery })}
                        disabled={normaliseViewQuery(view.query) === currentQuery}
                      >
                        <IconDeviceFloppy size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('customers.list.actions.delete')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('customers.list.views.deleteNamed', { name: view.name })}
                        onClick={() => setDeleting(view)}
                        data-testid="delete-view"
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
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('customers.list.views.deleteTitle', { name: deleting?.name ?? '' })}
        body={deleting?.shared ? t('customers.list.views.deleteBodyShared') : t('customers.list.views.deleteBody')}
        confirmLabel={t('customers.list.views.deleteConfirm')}
        cancelLabel={t('customers.list.actions.cancel')}
        loading={remove.isPending}
        error={remove.isError ? t('customers.list.views.deleteFailed') : null}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
      />
    </>
  );
}
