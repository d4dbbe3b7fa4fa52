/**
 * The helpdesk queue (RES-2, vendor operators): every partner's cases, newest first, filtered by status (open
 * ones by default) and product, mirrored in the URL; a case opens in a drawer to answer or close it.
 */
import { Button, Group, Paper } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type HelpdeskProduct,
  helpdeskProducts,
  type SupportCaseStatus,
  supportCaseStatuses,
} from '../../../domain/resources.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { FilterChip } from '../customers/list/FilterChip.tsx';
import { type SupportCaseFilters, useSupportCases } from './api.ts';
import { SupportCaseDrawer } from './SupportCaseDrawer.tsx';
import { SupportCaseTable } from './SupportCaseParts.tsx';

function readFilters(params: URLSearchParams): SupportCaseFilters {
  const status = params.get('status');
  return {
    // Without a choice in the URL, the queue shows what waits for the helpdesk.
    statuses: (status === null ? ['open'] : status.split(',')).filter((v): v is SupportCaseStatus =>
      (supportCaseStatuses as readonly string[]).includes(v),
    ),
    products: (params.get('product') ?? '')
      .split(',')
      .filter((v): v is HelpdeskProduct => (helpdeskProducts as readonly string[]).includes(v)),
  };
}

export default function HelpdeskQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('areas.helpdesk.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const openId = params.get('case');
  const cases = useSupportCases(filters);
  const first = cases.data?.pages[0];
  const items = cases.data?.pages.flatMap((p) => p.items);
  const update = (patch: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  const filtered = filters.statuses.length > 0 || filters.products.length > 0;

  return (
    <>
      <PageHeader title={t('areas.helpdesk.title')} description={t('areas.helpdesk.description')} />
      <Group gap="xs" mb="sm">
        <FilterChip
          label={t('resources.queue.status')}
          options={supportCaseStatuses.map((s) => ({ value: s, label: t(`resources.helpdesk.statuses.${s}`) }))}
          selected={filters.statuses}
          onChange={(values) => update({ status: values.join(',') })}
          testId="case-status-filter"
        />
        <FilterChip
          label={t('resources.queue.product')}
          options={helpdeskProducts.map((p) => ({ value: p, label: t(`resources.helpdesk.products.${p}`) }))}
          selected={filters.products}
          onChange={(values) => update({ product: values.join(',') || null })}
          testId="case-product-filter"
        />
        {filtered ? (
          <Button variant="subtle" size="xs" ml="auto" onClick={() => update({ status: '', product: null })}>
            {t('resources.queue.clearAll')}
          </Button>
        ) : null}
      </Group>
      {cases.isError && !first ? (
        <LoadError error={cases.error} what={t('areas.helpdesk.title')} onRetry={() => cases.refetch()} />
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <SupportCaseTable
            label={t('areas.helpdesk.title')}
            items={first ? items : undefined}
            onOpen={(id) => update({ case: id })}
            empty={
              filtered ? (
                <EmptyState title={t('resources.queue.noMatchTitle')} body={t('resources.queue.noMatchBody')} />
              ) : (
                <EmptyState title={t('resources.queue.emptyTitle')} body={t('resources.queue.emptyBody')} />
              )
            }
            forOperators
            testId="helpdesk-queue"
          />
          {first && cases.hasNextPage ? (
            <Group justify="flex-end" px="md" py="xs">
              <Button
                variant="default"
                size="xs"
                onClick={() => cases.fetchNextPage()}
                loading={cases.isFetchingNextPage}
              >
                {t('resources.queue.loadMore')}
              </Button>
            </Group>
          ) : null}
        </Paper>
      )}
      <SupportCaseDrawer id={openId} mayAnswer onClose={() => update({ case: null })} />
    </>
  );
}
