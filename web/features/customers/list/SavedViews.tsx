/**
 * Saved views (CUS-6, BEY-4): the menu lists my views and those colleagues share; opening one puts its query
 * in the URL. The current view can be saved under a name (optionally shared); my views can be renamed, shared,
 * updated to the current filters, or deleted after a confirmation. Toasts confirm each result.
 */
import { Alert, Button, Checkbox, Group, Menu, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBookmark,
  IconBookmarkPlus,
  IconCheck,
  IconChevronDown,
  IconDeviceFloppy,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { useContractForm } from '../../../components/forms/useContractForm.ts';
import { createView, type SavedView, useSavedViews } from './api.ts';
import { ManageViewsModal, useInvalidateViews } from './ManageViewsModal.tsx';
import { normaliseViewQuery } from './urlState.ts';
import { saveViewForm } from './viewForms.ts';

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

function SaveViewModal({ opened, onClose, query }: { opened: boolean; onClose: () => void; query: string }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateViews();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: saveViewForm,
    initialValues: { name: '', shared: false },
  });

  const save = useMutation({
    mutationFn: createView,
    onSuccess: async (view) => {
      notifications.show({ color: 'brand', message: t('customers.list.views.saved', { name: view.name }) });
      await invalidate();
      close();
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) form.setFieldError('name', t('customers.list.views.nameTaken'));
      else placeServerError(error);
    },
  });

  const close = () => {
    form.reset();
    save.reset();
    onClose();
  };

  const otherError = save.isError && !form.errors.name;
  return (
    <Modal opened={opened} onClose={close} title={t('customers.list.views.saveTitle')} centered>
      <form onSubmit={onSubmit((request) => save.mutate({ ...request, query }))} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('customers.list.views.name')}
            placeholder={t('customers.list.views.namePlaceholder')}
            {...field('name')}
            maxLength={80}
            required
            data-autofocus
            data-testid="view-name"
          />
          <Checkbox
            label={t('customers.list.views.shareLabel')}
            description={t('customers.list.views.shareDescription')}
            {...field('shared', { type: 'checkbox' })}
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
