/**
 * The vendor operators' partner pickers (the customer list's partner filter, analytics' partner): the server is
 * searched by name as one types (`GET /api/v1/partners?q=`, one page), so an installation of any size is
 * reachable, and a chosen partner keeps its name even when it is not among the current matches.
 */
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail, PartnerList } from '../../../domain/contracts/partners.ts';
import { api } from '../../api/client.ts';
import { FilterChip } from '../customers/list/FilterChip.tsx';
import { partnerQueryKey, partnersQueryKey } from './api.ts';

/** Matches shown at once: enough to pick from, bounded however many partners there are. */
const MATCHES = 50;

interface PartnerChoice {
  value: string;
  label: string;
}

/** The partners matching what is typed, and the chosen ones by name; idle unless `enabled` (vendor operators). */
function usePartnerChoices(selected: readonly string[], enabled: boolean) {
  const [search, setSearch] = useState('');
  const [needle] = useDebouncedValue(search.trim(), 250);
  const matches = useQuery({
    queryKey: [...partnersQueryKey, 'picker', needle],
    queryFn: ({ signal }) =>
      api.get<PartnerList>('/api/v1/partners', {
        signal,
        query: { ...(needle ? { q: needle } : {}), limit: MATCHES },
      }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const found = matches.data?.items ?? [];
  const missing = selected.filter((id) => !found.some((p) => p.id === id));
  const named = useQueries({
    queries: missing.map((id) => ({
      queryKey: partnerQueryKey(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<PartnerDetail>(`/api/v1/partners/${encodeURIComponent(id)}`, { signal }),
      enabled,
      staleTime: 5 * 60_000,
    })),
  });
  const choices: PartnerChoice[] = [
    ...missing.map((id, i) => ({ value: id, label: named[i]?.data?.name ?? id })),
    ...found.map((p) => ({ value: p.id, label: p.name })),
  ];
  return { choices, search, setSearch, pending: matches.isPending, failed: matches.isError };
}

/** The customer list's partner filter: a filter chip of several partners. */
export function PartnerFilterChip({
  label,
  selected,
  onChange,
  testId,
}: {
  label: string;
  selected: readonly string[];
  onChange: (partners: string[]) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const partners = usePartnerChoices(selected, true);
  return (
    <FilterChip
      label={label}
      options={partners.choices}
      selected={selected}
      onChange={onChange}
      onSearch={partners.setSearch}
      empty={partners.failed ? t('customers.list.filters.partnersFailed') : t('common.loading')}
      testId={testId}
    />
  );
}

/** One partner or none (analytics): a searchable select asking the server as one types. */
export function PartnerSelect({
  label,
  placeholder,
  value,
  onChange,
  testId,
}: {
  label: string;
  placeholder: string;
  value: string | null;
  onChange: (partner: string | null) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const partners = usePartnerChoices(value ? [value] : [], true);
  return (
    <Select
      aria-label={label}
      placeholder={placeholder}
      data={partners.choices}
      value={value}
      onChange={onChange}
      searchable
      searchValue={partners.search}
      onSearchChange={partners.setSearch}
      // The server matched already; the chosen partner's name typed in full matches it too.
      filter={({ options }) => options}
      clearable
      nothingFoundMessage={partners.failed ? t('customers.list.filters.partnersFailed') : '—'}
      w={240}
      size="sm"
      data-testid={testId}
    />
  );
}
