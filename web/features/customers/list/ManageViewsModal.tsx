/** Managing the saved views (CUS-6): rename, share, save the current filters into one, delete. */
import { Badge, Button, Group, Modal, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../../components/DataTable/DataTable.tsx';
import { useContractForm } from '../../../components/forms/useContractForm.ts';
import { RowAction, RowActions } from '../../../components/RowAction.tsx';
import { deleteView, type SavedView, updateView, viewsQueryKey } from './api.ts';
import { normaliseViewQuery } from './urlState.ts';
import { renameViewForm } from './viewForms.ts';

export function useInvalidateViews() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: viewsQueryKey });
}

export function ManageViewsModal({
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
  const [renaming, setRenaming] = useState<string | null>(null);
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
    // A rename's failure is shown by its form.
    onError: (_, vars) => {
      if (vars.name === undefined) notifications.show({ color: 'red', message: t('customers.list.views.saveFailed') });
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

  const columns: ColumnDef<SavedView>[] = [
    {
      id: 'name',
      header: t('customers.list.views.name'),
      accessorFn: (view) => view.name,
      cell: ({ row: { original: view } }) =>
        renaming === view.id ? (
          <RenameViewForm
            view={view}
            saving={update.isPending}
            onSave={(name, onFailed) => update.mutate({ id: view.id, name }, { onError: onFailed })}
            onCancel={() => setRenaming(null)}
          />
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
        ),
    },
    {
      id: 'shared',
      header: t('customers.list.views.sharedColumn'),
      accessorFn: (view) => view.shared,
      meta: { width: 90 },
      cell: ({ row: { original: view } }) => (
        <Switch
          checked={view.shared}
          onChange={(e) => update.mutate({ id: view.id, shared: e.currentTarget.checked })}
          aria-label={t('customers.list.views.shareNamed', { name: view.name })}
          size="sm"
        />
      ),
    },
    {
      id: 'actions',
      header: t('customers.list.columns.actions'),
      meta: { width: 130 },
      cell: ({ row: { original: view } }) => (
        <RowActions>
          <RowAction
            label={t('customers.list.views.renameNamed', { name: view.name })}
            tooltip={t('customers.list.views.rename')}
            icon={IconPencil}
            onClick={() => setRenaming(view.id)}
          />
          <RowAction
            label={t('customers.list.views.updateQueryNamed', { name: view.name })}
            tooltip={t('customers.list.views.updateQuery')}
            icon={IconDeviceFloppy}
            onClick={() => update.mutate({ id: view.id, query: currentQuery })}
            disabled={normaliseViewQuery(view.query) === currentQuery}
          />
          <RowAction
            label={t('customers.list.views.deleteNamed', { name: view.name })}
            tooltip={t('customers.list.actions.delete')}
            icon={IconTrash}
            destructive
            onClick={() => setDeleting(view)}
            testId="delete-view"
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
        title={t('customers.list.views.manageTitle')}
        centered
        size="lg"
      >
        <DataTable
          label={t('customers.list.views.manageTitle')}
          columns={columns}
          data={views}
          getRowId={(view) => view.id}
          testId="manage-views-table"
        />
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

function RenameViewForm({
  view,
  saving,
  onSave,
  onCancel,
}: {
  view: SavedView;
  saving: boolean;
  onSave: (name: string, onFailed: (error: unknown) => void) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: renameViewForm,
    initialValues: { name: view.name },
  });
  const failed = (error: unknown) => {
    if (isApiError(error) && error.status === 409) form.setFieldError('name', t('customers.list.views.nameTaken'));
    else if (!placeServerError(error))
      notifications.show({ color: 'red', message: t('customers.list.views.saveFailed') });
  };
  return (
    <form onSubmit={onSubmit((request) => onSave(request.name, failed))} noValidate>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TextInput
          size="xs"
          {...field('name')}
          aria-label={t('customers.list.views.newName', { name: view.name })}
          maxLength={80}
          data-autofocus
          autoFocus
          style={{ flex: 1 }}
        />
        <Button type="submit" size="xs" loading={saving}>
          {t('customers.list.actions.save')}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('customers.list.actions.cancel')}
        </Button>
      </Group>
    </form>
  );
}
