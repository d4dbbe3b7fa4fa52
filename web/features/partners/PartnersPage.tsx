/**
 * The Partners page of vendor operators (ROL-5, issue #10): every partner with its tier, distributor, status and
 * counts, searched and filtered, sorted and paged by the server; "Add partner" opens the form. The URL holds the
 * whole view (search, filters, sort and page), so it can be bookmarked and the back button works.
 */
import { Anchor, Button, Group, Loader, Paper, Select, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PartnerListItem } from '../../../domain/contracts/partners.ts';
import { partnerStatuses } from '../../../domain/partners.ts';
import { partnerTiers } from '../../../domain/roles.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { type ColumnDef, DataTable, type SortingState } from '../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SearchInput, useSearchText } from '../../components/SearchInput.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { countryName, useFormatters } from '../../i18n/format.ts';
import { type PartnerListQuery, useDistributors, usePartnerPage } from './api.ts';
import { AddPartnerDialog } from './PartnerDialogs.tsx';

const pageSize = 25;
const sortable = new Set(['name', 'customers', 'admins']);

export function PartnerStatusBadge({ status }: { status: PartnerListItem['status'] }) {
  const { t } = useTranslation();
  return <ToneBadge colour={status === 'active' ? 'green' : 'red'}>{t(`partners.statuses.${status}`)}</ToneBadge>;
}

export default function PartnersPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const navigate = useNavigate();
  useDocumentTitle(t('areas.partners.title'));
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // The dialog unmounts as it closes, so the focus is given back to its opener here.
  const closeAdd = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const distributors = useDistributors();

  const sort = params.get('sort') ?? 'name';
  const prev = params.getAll('prev');
  const query: PartnerListQuery = useMemo(
    () => ({
      q: params.get('q') || undefined,
      tier: (params.get('tier') as PartnerListQuery['tier']) || undefined,
      distributorId: params.get('distributorId') || undefined,
      status: (params.get('status') as PartnerListQuery['status']) || undefined,
      sort,
      cursor: params.get('cursor') || undefined,
      limit: pageSize,
    }),
    [params, sort],
  );
  const list = usePartnerPage(query);

  /** A change of search, filter or sort starts again at the first page. */
  const update = (patch: Record<string, string | null>, options?: { replace?: boolean }) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('cursor');
      next.delete('prev');
      for (const [key, value] of Object.entries(patch)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    }, options);
  // Typing replaces the history entry; clearing the box is a step of its own.
  const search = useSearchText(params.get('q') ?? '', (q, how) => update({ q }, { replace: how === 'typed' }));
  const filtered = Boolean(query.q || query.tier || query.distributorId || query.status);
  const clearAll = () => {
    search.reset();
    update({ q: null, tier: null, distributorId: null, status: null });
  };

  const data = list.data;
  const pageIndex = prev.length + (query.cursor ? 1 : 0);
  const sorting: SortingState = [{ id: sort.replace(/^-/, ''), desc: sort.startsWith('-') }];
  const columns: ColumnDef<PartnerListItem>[] = [
    {
      id: 'name',
      header: t('partners.columns.name'),
      accessorFn: (p) => p.name,
      cell: ({ row: { original: p } }) => (
        <Anchor
          component={Link}
          to={`/partners/${encodeURIComponent(p.id)}`}
          size="sm"
          fw={600}
          data-testid="partner-link"
        >
          {p.name}
        </Anchor>
      ),
    },
    {
      id: 'tier',
      header: t('partners.columns.tier'),
      enableSorting: false,
      accessorFn: (p) => (p.tier ? t(`partnerTiers.${p.tier}`) : ''),
    },
    {
      id: 'distributor',
      header: t('partners.columns.distributor'),
      enableSorting: false,
      accessorFn: (p) => p.distributor?.name ?? '',
      cell: ({ row: { original: p } }) => p.distributor?.name ?? '—',
    },
    {
      id: 'country',
      header: t('partners.columns.country'),
      enableSorting: false,
      accessorFn: (p) => (p.country ? countryName(i18n.language, p.country) : ''),
      cell: ({ getValue }) => getValue<string>() || '—',
    },
    {
      id: 'customers',
      header: t('partners.columns.customers'),
      accessorFn: (p) => p.customers,
      meta: { numeric: true },
      cell: ({ getValue }) => fmt.number(getValue<number>()),
    },
    {
      id: 'admins',
      header: t('partners.columns.admins'),
      accessorFn: (p) => p.admins,
      meta: { numeric: true },
      cell: ({ getValue }) => fmt.number(getValue<number>()),
    },
    {
      id: 'status',
      header: t('partners.columns.status'),
      enableSorting: false,
      accessorFn: (p) => t(`partners.statuses.${p.status}`),
      cell: ({ row: { original: p } }) => <PartnerStatusBadge status={p.status} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('areas.partners.title')}
        description={t('areas.partners.description')}
        actions={
          <Button
            leftSection={<IconPlus size={16} stroke={1.8} aria-hidden="true" />}
            ref={addButton}
            onClick={() => setAdding(true)}
            data-testid="add-partner"
          >
            {t('partners.add')}
          </Button>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap" align="center">
        <SearchInput
          label={t('partners.searchLabel')}
          placeholder={t('partners.searchPlaceholder')}
          clearLabel={t('partners.clearSearch')}
          value={search.value}
          onChange={search.onChange}
          onClear={search.onClear}
          width={260}
          testId="partner-search"
        />
        <Select
          aria-label={t('partners.columns.tier')}
          placeholder={t('partners.allTiers')}
          data={partnerTiers.map((tier) => ({ value: tier, label: t(`partnerTiers.${tier}`) }))}
          value={query.tier ?? null}
          onChange={(value) => update({ tier: value })}
          clearable
          size="sm"
          w={190}
          comboboxProps={{ withinPortal: true }}
          data-testid="tier-filter"
        />
        <Select
          aria-label={t('partners.columns.distributor')}
          placeholder={t('partners.allDistributors')}
          data={(distributors.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={query.distributorId ?? null}
          onChange={(value) => update({ distributorId: value })}
          clearable
          searchable
          size="sm"
          w={220}
          comboboxProps={{ withinPortal: true }}
          data-testid="distributor-filter"
        />
        <Select
          aria-label={t('partners.columns.status')}
          placeholder={t('partners.allStatuses')}
          data={partnerStatuses.map((s) => ({ value: s, label: t(`partners.statuses.${s}`) }))}
          value={query.status ?? null}
          onChange={(value) => update({ status: value })}
          clearable
          size="sm"
          w={170}
          comboboxProps={{ withinPortal: true }}
          data-testid="status-filter"
        />
        <Group gap="xs" ml="auto">
          {list.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
          {data ? (
            <Text size="sm" c="dimmed" data-testid="result-count">
              {t('partners.results', { count: data.total, formatted: fmt.number(data.total) })}
            </Text>
          ) : null}
          {filtered ? (
            <Button variant="subtle" size="xs" onClick={clearAll}>
              {t('partners.clearAll')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {list.isError && !data ? (
        <LoadError
          error={list.error}
          what={t('areas.partners.title')}
          onRetry={() => list.refetch()}
          back={{ to: '/', label: undefined }}
        />
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <DataTable
            label={t('areas.partners.title')}
            columns={columns}
            data={data?.items}
            getRowId={(p) => p.id}
            loading={list.isPending}
            stale={list.isPlaceholderData}
            onRowClick={(p, event) => {
              if ((event.target as HTMLElement).closest('a')) return;
              navigate(`/partners/${encodeURIComponent(p.id)}`);
            }}
            sorting={sorting}
            onSortingChange={(next) => {
              const first = next[0];
              if (!first || !sortable.has(first.id)) return;
              update({ sort: `${first.desc ? '-' : ''}${first.id}` });
            }}
            paging={{
              range: data?.items.length
                ? t('dataTable.range', {
                    from: fmt.number(pageIndex * pageSize + 1),
                    to: fmt.number(pageIndex * pageSize + data.items.length),
                    total: fmt.number(data.total),
                  })
                : '',
              canPrevious: pageIndex > 0,
              canNext: Boolean(data?.nextCursor) && !list.isPlaceholderData,
              onPrevious: () =>
                setParams((current) => {
                  const next = new URLSearchParams(current);
                  const earlier = next.getAll('prev');
                  const cursor = earlier.pop();
                  next.delete('prev');
                  for (const c of earlier) next.append('prev', c);
                  if (cursor) next.set('cursor', cursor);
                  else next.delete('cursor');
                  return next;
                }),
              onNext: () =>
                setParams((current) => {
                  if (!data?.nextCursor) return current;
                  const next = new URLSearchParams(current);
                  const cursor = next.get('cursor');
                  if (cursor) next.append('prev', cursor);
                  next.set('cursor', data.nextCursor);
                  return next;
                }),
            }}
            exportName="partners"
            rowTestId="partner-row"
            testId="partners"
            empty={
              filtered ? (
                <EmptyState
                  title={t('partners.noMatchTitle')}
                  body={t('partners.noMatchBody')}
                  action={
                    <Button variant="default" size="xs" onClick={clearAll}>
                      {t('partners.clearAll')}
                    </Button>
                  }
                />
              ) : (
                <EmptyState title={t('partners.emptyTitle')} body={t('partners.emptyBody')} />
              )
            }
          />
        </Paper>
      )}
      {adding ? <AddPartnerDialog onClose={closeAdd} /> : null}
    </>
  );
}
