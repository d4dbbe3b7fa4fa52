/**
 * Tags of one customer (TAG-1): a small menu on its row to put tags on and take them off. Shown only to those
 * who may manage tags (TAG-2); the server checks anyway. One mutation serves every row (useToggleTag).
 */
import { ActionIcon, ColorSwatch, Menu, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconSettings, IconTag } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../domain/contracts/customers.ts';
import { assignTag, type TagWithCount, tagColour, tagsQueryKey, unassignTag } from '../../tags/api.ts';
import { customersQueryKey } from './api.ts';

type ToggleTag = (row: CustomerRow, tag: TagWithCount, on: boolean) => Promise<void>;

/** Puts a tag on a customer or takes it off, with a toast; a stable function for memoised rows. */
export function useToggleTag(): ToggleTag {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationFn: ({ row, tag, on }: { row: CustomerRow; tag: TagWithCount; on: boolean }) =>
      on ? assignTag({ customerId: row.id, tagId: tag.id }) : unassignTag({ customerId: row.id, tagId: tag.id }),
    onSuccess: async (_, { row, tag, on }) => {
      notifications.show({
        color: 'brand',
        message: t(on ? 'customers.list.row.tagAdded' : 'customers.list.row.tagRemoved', {
          tag: tag.name,
          customer: row.name,
        }),
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customersQueryKey }),
        queryClient.invalidateQueries({ queryKey: tagsQueryKey }),
      ]);
    },
    onError: () => notifications.show({ color: 'red', message: t('customers.list.row.tagFailed') }),
  });
  return useCallback(
    async (row, tag, on) => {
      try {
        await mutateAsync({ row, tag, on });
      } catch {
        // shown by onError
      }
    },
    [mutateAsync],
  );
}

export function RowTagMenu({
  row,
  tags,
  onToggle,
  onManageTags,
}: {
  row: CustomerRow;
  tags: readonly TagWithCount[];
  onToggle: ToggleTag;
  onManageTags: () => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [pending, setPending] = useState(false);
  const has = new Set(row.tags.map((tag) => tag.id));
  const label = t('customers.list.row.tagMenu', { name: row.name });

  const toggle = async (tag: TagWithCount, on: boolean) => {
    setPending(true);
    await onToggle(row, tag, on);
    setPending(false);
  };

  return (
    // Clicks in the menu (its dropdown too: React events bubble through portals) must not open the row.
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: only stops propagation
    <div onClick={(e) => e.stopPropagation()}>
      <Menu
        position="bottom-end"
        shadow="md"
        width={240}
        closeOnItemClick={false}
        withinPortal
        opened={opened}
        onChange={setOpened}
      >
        <Menu.Target>
          <Tooltip label={label} disabled={opened}>
            <ActionIcon variant="subtle" color="gray" aria-label={label} data-testid="row-tag-menu">
              <IconTag size={18} stroke={1.7} />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('customers.list.row.tagsOf', { name: row.name })}</Menu.Label>
          {tags.map((tag) => {
            const on = has.has(tag.id);
            return (
              <Menu.Item
                key={tag.id}
                role="menuitemcheckbox"
                aria-checked={on}
                disabled={pending}
                leftSection={
                  <ColorSwatch color={`var(--mantine-color-${tagColour(tag.colour)}-6)`} size={12} aria-hidden="true" />
                }
                rightSection={on ? <IconCheck size={16} aria-hidden="true" /> : null}
                onClick={() => toggle(tag, !on)}
                data-testid="row-tag-option"
              >
                {tag.name}
              </Menu.Item>
            );
          })}
          {tags.length === 0 ? <Menu.Item disabled>{t('customers.list.filters.noTags')}</Menu.Item> : null}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconSettings size={16} aria-hidden="true" />}
            onClick={onManageTags}
            closeMenuOnClick
          >
            {t('tags.manage')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </div>
  );
}
