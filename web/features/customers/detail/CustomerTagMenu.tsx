/** Tags of the customer from its header (TAG-1): put tags on and take them off; shown when TAG-2 allows. */
import { Button, ColorSwatch, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconChevronDown, IconTag } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { assignTag, tagColour, tagsQueryKey, unassignTag, useTags } from '../../tags/api.ts';
import { customersQueryKey } from '../list/api.ts';
import { type CustomerDetail, customerQueryKey } from './api.ts';

export function CustomerTagMenu({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tags = useTags();
  const has = new Set(customer.tags.map((tag) => tag.id));

  const toggle = useMutation({
    mutationFn: ({ tagId, on }: { tagId: string; name: string; on: boolean }) =>
      on ? assignTag({ customerId: customer.id, tagId }) : unassignTag({ customerId: customer.id, tagId }),
    onSuccess: async (_, { name, on }) => {
      notifications.show({
        color: 'brand',
        message: t(on ? 'customers.list.row.tagAdded' : 'customers.list.row.tagRemoved', {
          tag: name,
          customer: customer.name,
        }),
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customerQueryKey(customer.id) }),
        queryClient.invalidateQueries({ queryKey: customersQueryKey }),
        queryClient.invalidateQueries({ queryKey: tagsQueryKey }),
      ]);
    },
    onError: () => notifications.show({ color: 'red', message: t('customers.list.row.tagFailed') }),
  });

  return (
    <Menu position="bottom-end" shadow="md" width={240} closeOnItemClick={false} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconTag size={16} stroke={1.7} aria-hidden="true" />}
          rightSection={<IconChevronDown size={14} stroke={1.7} aria-hidden="true" />}
          data-testid="customer-tag-menu"
        >
          {t('customerDetail.header.tags')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('customers.list.row.tagsOf', { name: customer.name })}</Menu.Label>
        {(tags.data ?? []).map((tag) => {
          const on = has.has(tag.id);
          return (
            <Menu.Item
              key={tag.id}
              role="menuitemcheckbox"
              aria-checked={on}
              disabled={toggle.isPending}
              leftSection={
                <ColorSwatch color={`var(--mantine-color-${tagColour(tag.colour)}-6)`} size={12} aria-hidden="true" />
              }
              rightSection={on ? <IconCheck size={16} aria-hidden="true" /> : null}
              onClick={() => toggle.mutate({ tagId: tag.id, name: tag.name, on: !on })}
            >
              {tag.name}
            </Menu.Item>
          );
        })}
        {tags.data && tags.data.length === 0 ? (
          <Menu.Item disabled>{t('customers.list.filters.noTags')}</Menu.Item>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
