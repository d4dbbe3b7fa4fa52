/**
 * The Customers page (UI.md "Customers", CUS-1…CUS-7, TAG): KPI strip → filter bar → table → paging, with saved
 * views, CSV export and tag management in the header. The URL holds the whole view (CUS-6).
 */
import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconBuilding, IconFilterOff, IconFlask, IconTags } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CustomerRow } from '../../../../domain/contracts/customers.ts';
import { isApiError } from '../../../api/client.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useFormatters } from '../../../i18n/format.ts';
import { useSession } from '../../auth/session.ts';
import { launchCustomer } from '../../console/api.ts';
import { TagManager } from '../../tags/TagManager.tsx';
import { StartTrialButton } from '../../trials/StartTrialButton.tsx';
import { customersCsvUrl, useCustomerList } from './api.ts';
import { EmptyState } from './CustomersEmpty.tsx';
import { CustomersTable } from './CustomersTable.tsx';
import { FilterBar } from './FilterBar.tsx';
import { type KpiId, KpiStrip, kpiFilters } from './KpiStrip.tsx';
import { SavedViewsMenu } from './SavedViews.tsx';
import {
  activeFilterCount,
  apiQueryOf,
  emptyFilters,
  type Filters,
  type ListState,
  pageSizes,
  readState,
  sameFilters,
  toSearchParams,
  viewQueryOf,
} from './urlState.ts';

export default function CustomersPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const fmt = useFormatters();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readState(params), [params]);
  const query = useMemo(() => apiQueryOf(state), [state]);
  const list = useCustomerList(query);
  const [tagManagerOpen, setTagManagerOpen] = useState(false);
  const openTagManager = useCallback(() => setTagManagerOpen(true), []);
  const mayManageTags = session.permissions.manageTags;
  const isVendor = session.permissions.operateVendor;
  // Below 1200 px the header's buttons show only their icons, so the title keeps its room.
  const compactHeader = !useMediaQuery('(min-width: 75em)', true, { getInitialValueInEffect: false });
  useDocumentTitle(t('areas.customers.title'));

  /** Any change of filters, search or sort starts again at the first page. */
  const go = (next: Partial<ListState>, options?: { replace?: boolean }) =>
    setParams(toSearchParams({ ...state, cursor: undefined, prev: [], ...next }), options);
  const setFilters = (patch: Partial<Filters>) => go({ filters: { ...state.filters, ...patch } });
  const clearAll = () => go({ filters: emptyFilters(), q: '' });

  /** The KPI whose status filter is the list's (other filters and the search stay as they are). */
  const activeKpi = useMemo<KpiId | null>(() => {
    const statusOnly = (f: Partial<Filters>): Partial<Filters> => ({
      needsAttention: f.needsAttention ?? [],
      status: f.status ?? [],
      provisioning: f.provisioning ?? [],
      subscriptionStatus: f.subscriptionStatus ?? [],
    });
    const current = { ...emptyFilters(), ...statusOnly(state.filters) };
    const found = (Object.keys(kpiFilters) as KpiId[]).find((id) => sameFilters(current, statusOnly(kpiFilters[id])));
    return found ?? null;
  }, [state.filters]);

  const onKpi = (id: KpiId) => {
    const next = activeKpi === id ? kpiFilters.customers : kpiFilters[id];
    setFilters({ needsAttention: [], status: [], provisioning: [], subscriptionStatus: [], ...next });
  };

  const launch = useMutation({
    mutationFn: (row: CustomerRow) => launchCustomer(row.id),
    // The console page logs a launch itself unless told this one already did (CUS-7: one audit row per launch).
    onSuccess: (_, row) => navigate(`/customers/${encodeURIComponent(row.id)}/console`, { state: { launched: true } }),
    onError: (error, row) =>
      notifications.show({
        color: 'red',
        title: t('customers.list.row.launchFailed', { name: row.name }),
        message: isApiError(error) ? error.message : t('customers.list.error.network'),
      }),
  });

  const data = list.data;
  const rows = list.isError && !data ? undefined : data?.items;
  const pageIndex = state.prev.length + (state.cursor ? 1 : 0);
  const from = pageIndex * state.limit + 1;
  const to = pageIndex * state.limit + (data?.items.length ?? 0);
  const filtered = activeFilterCount(state) > 0;

  const nextPage = () => {
    if (!data?.nextCursor) return;
    setParams(
      toSearchParams({
        ...state,
        prev: state.cursor ? [...state.prev, state.cursor] : state.prev,
        cursor: data.nextCursor,
      }),
    );
  };
  const previousPage = () => {
    const prev = [...state.prev];
    const cursor = state.cursor ? prev.pop() : undefined;
    setParams(toSearchParams({ ...state, prev, cursor }));
  };

  const empty = filtered ? (
    <EmptyState
      icon={<IconFilterOff size={26} stroke={1.6} />}
      title={t('customers.list.empty.filteredTitle')}
      body={t('customers.list.empty.filteredBody')}
      action={
        <Button variant="light" onClick={clearAll} data-testid="empty-clear-filters">
          {t('customers.list.empty.clearFilters')}
        </Button>
      }
    />
  ) : (
    <EmptyState
      icon={<IconBuilding size={26} stroke={1.6} />}
      title={t('customers.list.empty.noneTitle')}
      body={
        session.permissions.startTrials
          ? t('customers.list.empty.noneBody')
          : t('customers.list.empty.noneBodyReadOnly')
      }
      action={
        session.permissions.startTrials ? (
          <Button component={Link} to="/trials" leftSection={<IconFlask size={16} aria-hidden="true" />}>
            {t('customers.list.empty.startTrial')}
          </Button>
        ) : null
      }
    />
  );

  return (
    <>
      <PageHeader
        title={t('areas.customers.title')}
        description={t('areas.customers.description')}
        actions={
          <Group gap="xs" wrap="nowrap">
            <SavedViewsMenu
              currentQuery={viewQueryOf(state)}
              onOpen={(viewQuery) =>
                setParams(toSearchParams(readState(new URLSearchParams(viewQuery)), { paging: false }))
              }
            />
            {mayManageTags ? (
              <HeaderAction
                compact={compactHeader}
                label={t('tags.manage')}
                icon={<IconTags size={16} stroke={1.7} aria-hidden="true" />}
                onClick={() => setTagManagerOpen(true)}
                testId="manage-tags"
              />
            ) : null}
            <StartTrialButton />
          </Group>
        }
      />

      <KpiStrip query={query} active={activeKpi} onSelect={onKpi} />

      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Stack gap={0}>
          <div style={{ padding: 'var(--mantine-spacing-sm) var(--mantine-spacing-md)' }}>
            <FilterBar
              state={state}
              total={data?.total}
              fetching={list.isFetching}
              isVendor={isVendor}
              onFilters={setFilters}
              // Starting or clearing a search is a step back can undo; refining it replaces that step.
              onSearch={(q) => go({ q }, { replace: state.q !== '' && q !== '' })}
              onClearAll={clearAll}
            />
          </div>
          {list.isError ? (
            <Alert
              color="red"
              variant="light"
              radius={0}
              icon={<IconAlertTriangle size={18} aria-hidden="true" />}
              title={t('customers.list.error.title')}
              role="alert"
              data-testid="customer-list-error"
            >
              <Group gap="sm">
                <Text size="sm">
                  {isApiError(list.error) && list.error.status === 400
                    ? t('customers.list.error.badQuery', { message: list.error.message })
                    : isApiError(list.error)
                      ? list.error.message
                      : t('customers.list.error.network')}
                </Text>
                <Button size="compact-sm" variant="light" color="red" onClick={() => list.refetch()}>
                  {t('customers.list.error.retry')}
                </Button>
                {isApiError(list.error) && list.error.status === 400 ? (
                  <Button size="compact-sm" variant="subtle" color="red" onClick={clearAll}>
                    {t('customers.list.empty.clearFilters')}
                  </Button>
                ) : null}
              </Group>
            </Alert>
          ) : null}
          <CustomersTable
            rows={rows}
            sort={state.sort}
            onSort={(sort) => go({ sort })}
            paging={{
              range:
                data && data.items.length > 0
                  ? t('dataTable.range', {
                      from: fmt.number(from),
                      to: fmt.number(to),
                      total: fmt.number(data.total),
                    })
                  : '',
              pageSize: state.limit,
              pageSizes,
              onPageSize: (limit) => go({ limit }),
              canPrevious: pageIndex > 0,
              canNext: Boolean(data?.nextCursor) && !list.isPlaceholderData,
              onPrevious: previousPage,
              onNext: nextPage,
            }}
            exportHref={customersCsvUrl(query)}
            loading={list.isPending}
            stale={list.isPlaceholderData}
            canManageTags={mayManageTags}
            onManageTags={openTagManager}
            onLaunch={launch.mutate}
            launchingId={launch.isPending ? (launch.variables?.id ?? null) : null}
            empty={empty}
          />
        </Stack>
      </Paper>

      {mayManageTags ? <TagManager opened={tagManagerOpen} onClose={() => setTagManagerOpen(false)} /> : null}
    </>
  );
}

/** A header button; compact: an icon button with the label as its name and tooltip. */
function HeaderAction({
  compact,
  label,
  icon,
  href,
  onClick,
  testId,
}: {
  compact: boolean;
  label: string;
  icon: ReactNode;
  href?: string;
  onClick?: () => void;
  testId: string;
}) {
  const link = href ? ({ component: 'a', href, download: true } as const) : {};
  if (compact) {
    return (
      <Tooltip label={label}>
        <ActionIcon variant="default" size={36} aria-label={label} onClick={onClick} data-testid={testId} {...link}>
          {icon}
        </ActionIcon>
      </Tooltip>
    );
  }
  return (
    <Button variant="default" leftSection={icon} onClick={onClick} data-testid={testId} {...link}>
      {label}
    </Button>
  );
}
