/**
 * The filter bar above the table (UI.md, CUS-5): search on name and admin e-mail (debounced), one chip per
 * filter, the result count and "Clear all". Everything it changes goes into the URL (CUS-6).
 */
import { Button, CloseButton, Group, Loader, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  customerStatusOrder,
  provisioningStatusImportance,
  subscriptionStatusOrder,
} from '../../../../domain/customer-status.ts';
import { useFormatters } from '../../../i18n/format.ts';
import { useProductIds, useProductName } from '../../catalogue/api.ts';
import { PartnerFilterChip } from '../../partners/PartnerPicker.tsx';
import { tagColour, useTags } from '../../tags/api.ts';
import { FilterChip, type FilterOption } from './FilterChip.tsx';
import { useStatusLabels } from './labels.ts';
import { type Filters, type ListState, managedByOptions, subscriptionTypeOptions } from './urlState.ts';

/** The status chip holds four URL filters; its values are prefixed to tell them apart. */
const statusParts = ['needsAttention', 'status', 'provisioning', 'subscriptionStatus'] as const;

export function FilterBar({
  state,
  total,
  fetching,
  isVendor,
  onFilters,
  onSearch,
  onClearAll,
  extra,
}: {
  state: ListState;
  total: number | undefined;
  fetching: boolean;
  isVendor: boolean;
  onFilters: (patch: Partial<Filters>) => void;
  onSearch: (q: string) => void;
  onClearAll: () => void;
  /** Controls at the end of the bar (column menu). */
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const productName = useProductName();
  const productIds = useProductIds();
  const labels = useStatusLabels();
  const tags = useTags();

  const statusOptions: FilterOption[] = [
    {
      value: 'needsAttention:true',
      label: t('customers.list.kpis.needsAttention'),
      group: t('customers.list.filters.groups.attention'),
    },
    ...customerStatusOrder.map((s) => ({
      value: `status:${s}`,
      label: labels.customer(s),
      group: t('customers.list.filters.groups.customer'),
    })),
    ...provisioningStatusImportance.map((s) => ({
      value: `provisioning:${s}`,
      label: labels.provisioning(s),
      group: t('customers.list.filters.groups.provisioning'),
    })),
    ...subscriptionStatusOrder.map((s) => ({
      value: `subscriptionStatus:${s}`,
      label: labels.subscription(s),
      group: t('customers.list.filters.groups.subscription'),
    })),
  ];
  const statusSelected = statusParts.flatMap((part) => state.filters[part].map((v) => `${part}:${v}`));
  const onStatus = (values: string[]) => {
    const patch: Partial<Filters> = { needsAttention: [], status: [], provisioning: [], subscriptionStatus: [] };
    for (const value of values) {
      const [part, status] = value.split(':') as [(typeof statusParts)[number], string];
      patch[part]?.push(status);
    }
    onFilters(patch);
  };

  const tagOptions: FilterOption[] = (tags.data ?? []).map((tag) => ({
    value: tag.id,
    label: tag.name,
    swatch: tagColour(tag.colour),
  }));

  const productOptions: FilterOption[] = [
    ...productIds,
    ...state.filters.product.filter((p) => !productIds.includes(p)),
  ].map((id) => ({ value: id, label: productName(id) }));

  const anyFilter = Object.values(state.filters).some((v) => v.length > 0) || state.q !== '';

  return (
    <Group
      gap="xs"
      wrap="wrap"
      align="center"
      data-testid="customer-filters"
      role="search"
      aria-label={t('customers.list.filters.label')}
    >
      <SearchBox value={state.q} onSearch={onSearch} />
      {isVendor ? (
        <PartnerFilterChip
          label={t('customers.list.filters.partner')}
          selected={state.filters.partner}
          onChange={(partner) => onFilters({ partner })}
          testId="filter-partner"
        />
      ) : (
        <FilterChip
          label={t('customers.list.filters.managedBy')}
          options={managedByOptions.map((v) => ({ value: v, label: t(`customers.list.managedBy.${v}`) }))}
          selected={state.filters.managedBy}
          onChange={(managedBy) => onFilters({ managedBy })}
          testId="filter-managedBy"
        />
      )}
      <FilterChip
        label={t('customers.list.filters.product')}
        options={productOptions}
        selected={state.filters.product}
        onChange={(product) => onFilters({ product })}
        testId="filter-product"
      />
      <FilterChip
        label={t('customers.list.filters.status')}
        options={statusOptions}
        selected={statusSelected}
        onChange={onStatus}
        testId="filter-status"
      />
      <FilterChip
        label={t('customers.list.filters.type')}
        options={subscriptionTypeOptions.map((v) => ({ value: v, label: t(`customers.list.subscriptionTypes.${v}`) }))}
        selected={state.filters.type}
        onChange={(type) => onFilters({ type })}
        testId="filter-type"
      />
      {isVendor && tags.data?.length === 0 ? null : (
        <FilterChip
          label={t('customers.list.filters.tags')}
          options={tagOptions}
          selected={state.filters.tag}
          onChange={(tag) => onFilters({ tag })}
          empty={tags.isError ? t('customers.list.filters.tagsFailed') : t('customers.list.filters.noTags')}
          testId="filter-tag"
        />
      )}
      <Group gap="xs" ml="auto" wrap="nowrap">
        {fetching && total !== undefined ? <Loader size={14} aria-hidden="true" /> : null}
        <Text size="sm" fw={600} aria-live="polite" data-testid="customer-count" style={{ whiteSpace: 'nowrap' }}>
          {total !== undefined
            ? t('customers.list.filters.count', { count: total, n: fmt.number(total) })
            : fetching
              ? t('common.loading')
              : null}
        </Text>
        {anyFilter ? (
          <Button variant="subtle" size="compact-sm" onClick={onClearAll} data-testid="clear-filters">
            {t('customers.list.filters.clearAll')}
          </Button>
        ) : null}
        {extra}
      </Group>
    </Group>
  );
}

/** The search box: typing updates the URL after a pause; the URL (back button, a view) updates the box. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const sent = useRef(value);
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  const send = useDebouncedCallback((next: string) => {
    const q = next.trim();
    if (q === sent.current) return;
    sent.current = q;
    onSearch(q);
  }, 300);

  return (
    <TextInput
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        send(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') send.flush();
      }}
      placeholder={t('customers.list.filters.searchPlaceholder')}
      aria-label={t('customers.list.filters.search')}
      leftSection={<IconSearch size={16} stroke={1.7} aria-hidden="true" />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('customers.list.filters.clearSearch')}
            onClick={() => {
              setText('');
              send.cancel();
              sent.current = '';
              onSearch('');
            }}
          />
        ) : null
      }
      w={{ base: '100%', sm: 220 }}
      size="sm"
      data-testid="customer-search"
    />
  );
}
