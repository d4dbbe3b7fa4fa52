/**
 * RES-1: all resources — a search box and filter chips (type, product, language; operators also see retired
 * ones), mirrored in the URL, above one DataTable paged by the server. Operators edit, retire and restore here.
 */
import { Anchor, Button, Checkbox, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { locales } from '../../../domain/contracts/common.ts';
import { type ResourceType, resourceTypes } from '../../../domain/resources.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { SearchInput, useSearchText } from '../../components/SearchInput.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { languageNames } from '../../i18n/index.ts';
import { useCatalogue, useProductName } from '../catalogue/api.ts';
import { FilterChip } from '../customers/list/FilterChip.tsx';
import {
  type Resource,
  type ResourceFilters,
  type ResourceSummary,
  refreshResources,
  retireResource,
  updateResource,
  useResourceLibrary,
} from './api.ts';

const listParam = (params: URLSearchParams, key: string) => (params.get(key) ?? '').split(',').filter(Boolean);

function readFilters(params: URLSearchParams, mayManage: boolean): ResourceFilters {
  return {
    q: params.get('q') ?? '',
    types: listParam(params, 'type').filter((v): v is ResourceType => (resourceTypes as readonly string[]).includes(v)),
    products: listParam(params, 'product'),
    languages: listParam(params, 'language').filter((v) => (locales as readonly string[]).includes(v)),
    includeRetired: mayManage && params.get('retired') === 'true',
  };
}

export function ResourceLibrary({ mayManage, onEdit }: { mayManage: boolean; onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const productName = useProductName();
  const catalogue = useCatalogue();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params, mayManage), [params, mayManage]);
  const list = useResourceLibrary(filters);
  const [toggling, setToggling] = useState<ResourceSummary | null>(null);

  const update = (patch: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: 'q' in patch },
    );
  const search = useSearchText(filters.q, (q) => update({ q }));
  const filtered =
    filters.q !== '' || filters.types.length > 0 || filters.products.length > 0 || filters.languages.length > 0;
  const clearAll = () => {
    search.reset();
    update({ q: null, type: null, product: null, language: null });
  };

  const toggle = useMutation({
    mutationFn: (item: ResourceSummary): Promise<Resource> =>
      item.retiredAt ? updateResource({ id: item.id, retired: false }) : retireResource(item.id),
    onSuccess: async (saved) => {
      notifications.show({
        color: 'brand',
        message: saved.retiredAt
          ? t('resources.retiredToast', { title: saved.title })
          : t('resources.restoredToast', { title: saved.title }),
      });
      setToggling(null);
      await refreshResources(queryClient);
    },
  });

  const pages = list.data?.pages ?? [];
  const first = pages[0];
  const items = pages.flatMap((page) => page.items);
  const columns: ColumnDef<ResourceSummary>[] = [
    {
      id: 'title',
      header: t('resources.columns.title'),
      accessorFn: (r) => r.title,
      meta: { minWidth: 260, wrap: true },
      cell: ({ row: { original: r } }) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/resources/${r.id}`} size="sm" fw={600} data-testid="resource-link">
            {r.title}
          </Anchor>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {r.summary}
          </Text>
        </Stack>
      ),
    },
    { id: 'type', header: t('resources.columns.type'), accessorFn: (r) => t(`resources.types.${r.type}`) },
    {
      id: 'products',
      header: t('resources.columns.products'),
      accessorFn: (r) => r.products.map(productName).join(', '),
      meta: { minWidth: 120, wrap: true },
      cell: ({ getValue }) => getValue<string>() || t('resources.allProducts'),
    },
    { id: 'language', header: t('resources.columns.language'), accessorFn: (r) => languageNames[r.language] },
    {
      id: 'updated',
      header: t('resources.columns.updated'),
      accessorFn: (r) => r.updatedAt,
      cell: ({ row }) => fmt.date(row.original.updatedAt),
      meta: { exportValue: (r) => new Date(r.updatedAt) },
    },
    ...(mayManage
      ? ([
          {
            id: 'status',
            header: t('resources.columns.status'),
            accessorFn: (r) => (r.retiredAt ? t('resources.retiredBadge') : t('resources.active')),
            cell: ({ row: { original: r } }) => (
              <Group gap={4} wrap="nowrap">
                <ToneBadge colour={r.retiredAt ? 'gray' : 'green'}>
                  {r.retiredAt ? t('resources.retiredBadge') : t('resources.active')}
                </ToneBadge>
                {r.featured ? <ToneBadge colour="indigo">{t('resources.featuredBadge')}</ToneBadge> : null}
                {r.quickLink ? <ToneBadge colour="cyan">{t('resources.quickLinkBadge')}</ToneBadge> : null}
              </Group>
            ),
          },
          {
            id: 'actions',
            header: t('resources.columns.actions'),
            enableSorting: false,
            meta: { width: 96 },
            cell: ({ row: { original: r } }) => (
              <Group gap={2} wrap="nowrap">
                <RowAction
                  label={t('resources.editNamed', { title: r.title })}
                  tooltip={t('resources.edit')}
                  icon={IconPencil}
                  onClick={() => onEdit(r.id)}
                  testId="resource-edit"
                />
                <RowAction
                  label={
                    r.retiredAt
                      ? t('resources.restoreNamed', { title: r.title })
                      : t('resources.retireNamed', { title: r.title })
                  }
                  tooltip={r.retiredAt ? t('resources.restore') : t('resources.retire')}
                  icon={r.retiredAt ? IconArchiveOff : IconArchive}
                  destructive={!r.retiredAt}
                  onClick={() => {
                    toggle.reset();
                    setToggling(r);
                  }}
                  testId={r.retiredAt ? 'resource-restore' : 'resource-retire'}
                />
              </Group>
            ),
          },
        ] satisfies ColumnDef<ResourceSummary>[])
      : []),
  ];

  return (
    <section aria-labelledby="resources-all">
      <Title order={2} fz="lg" mb="sm" id="resources-all">
        {t('resources.all')}
      </Title>
      <Group gap="xs" mb="sm" wrap="wrap" align="center">
        <SearchInput
          label={t('resources.searchLabel')}
          placeholder={t('resources.searchPlaceholder')}
          clearLabel={t('resources.clearSearch')}
          value={search.value}
          onChange={search.onChange}
          onClear={search.onClear}
          width={300}
          testId="resource-search"
        />
        <FilterChip
          label={t('resources.type')}
          options={resourceTypes.map((type) => ({ value: type, label: t(`resources.types.${type}`) }))}
          selected={filters.types}
          onChange={(values) => update({ type: values.join(',') || null })}
          testId="type-filter"
        />
        <FilterChip
          label={t('resources.product')}
          options={(catalogue.data?.services ?? []).map((s) => ({ value: s.id, label: s.name }))}
          selected={filters.products}
          onChange={(values) => update({ product: values.join(',') || null })}
          testId="product-filter"
        />
        <FilterChip
          label={t('resources.language')}
          options={locales.map((l) => ({ value: l, label: languageNames[l] }))}
          selected={filters.languages}
          onChange={(values) => update({ language: values.join(',') || null })}
          testId="language-filter"
        />
        {mayManage ? (
          <Checkbox
            label={t('resources.showRetired')}
            checked={filters.includeRetired}
            onChange={(event) => update({ retired: event.currentTarget.checked ? 'true' : null })}
            size="sm"
            data-testid="show-retired"
          />
        ) : null}
        <Group gap="xs" ml="auto">
          {list.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
          {first ? (
            <Text size="sm" c="dimmed" data-testid="resource-count">
              {t('resources.results', { count: first.total, formatted: fmt.number(first.total) })}
            </Text>
          ) : null}
          {filtered ? (
            <Button variant="subtle" size="xs" onClick={clearAll}>
              {t('resources.clearAll')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {list.isError && !first ? (
        <LoadError
          error={list.error}
          what={t('resources.loadFailed')}
          onRetry={() => list.refetch()}
          back={{ to: '/resources', label: undefined }}
        />
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <DataTable
            label={t('resources.all')}
            columns={columns}
            data={first ? items : undefined}
            getRowId={(r) => r.id}
            loading={!first}
            stale={list.isPlaceholderData}
            sortable={false}
            empty={
              filtered ? (
                <EmptyState
                  title={t('resources.noMatchTitle')}
                  body={t('resources.noMatchBody')}
                  action={
                    <Button variant="default" size="xs" onClick={clearAll}>
                      {t('resources.clearAll')}
                    </Button>
                  }
                />
              ) : (
                <EmptyState
                  title={t('resources.emptyTitle')}
                  body={mayManage ? t('resources.emptyBodyOperator') : t('resources.emptyBody')}
                />
              )
            }
            rowTestId="resource-row"
            rowData={(r) => ({ 'data-id': r.id })}
            testId="resource-table"
            exportName="resources"
          />
          {first && items.length > 0 ? (
            <Group justify="space-between" px="md" py="xs">
              <Text size="sm" c="dimmed">
                {t('resources.showing', { shown: fmt.number(items.length), total: fmt.number(first.total) })}
              </Text>
              {list.hasNextPage ? (
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => list.fetchNextPage()}
                  loading={list.isFetchingNextPage}
                  data-testid="load-more"
                >
                  {t('resources.loadMore')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Paper>
      )}
      <ConfirmDialog
        opened={toggling !== null}
        title={
          toggling?.retiredAt
            ? t('resources.restoreTitle', { title: toggling.title })
            : t('resources.retireTitle', { title: toggling?.title ?? '' })
        }
        body={toggling?.retiredAt ? t('resources.restoreBody') : t('resources.retireBody')}
        confirmLabel={toggling?.retiredAt ? t('resources.restore') : t('resources.retire')}
        cancelLabel={t('resources.form.cancel')}
        loading={toggle.isPending}
        error={toggle.isError ? t('resources.statusFailed') : null}
        onConfirm={() => toggling && toggle.mutate(toggling)}
        onClose={() => setToggling(null)}
      />
    </section>
  );
}
