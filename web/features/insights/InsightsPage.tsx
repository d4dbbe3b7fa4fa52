/**
 * Insights (INS-1…INS-5, ROL-1), the Partner Center view: the portfolio's KPIs, the weekly deployment and usage
 * trend, the customer table (search, product filter, sort, paging) with a drill-down, the portfolio export and
 * the Microsoft-style role names. Every figure and cause comes from the server.
 */
import { LineChart } from '@mantine/charts';
import {
  Badge,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconActivity, IconAlertTriangle, IconBuilding, IconCertificate, IconRocket } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightRow } from '../../../domain/contracts/insights.ts';
import { partnerRoleAliases } from '../../../domain/roles.ts';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { ServerExportMenu } from '../../components/DataTable/TableFooter.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { ChartAlternative } from '../analytics/ChartAlternative.tsx';
import { KpiCards, Widget } from '../analytics/widgets.tsx';
import { useProductName } from '../catalogue/api.ts';
import { type InsightTableState, insightsExportHref, useInsightCustomers, useInsightsOverview } from './api.ts';
import { CustomerInsightDrawer } from './CustomerInsightDrawer.tsx';

const pageSizes = [10, 25, 50, 100] as const;

export default function InsightsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('insights.title'));
  const fmt = useFormatters();
  const productName = useProductName();
  const [product, setProduct] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [table, setTable] = useState<Omit<InsightTableState, 'q'>>({ sort: '-usage', page: 1, pageSize: 25 });
  const [opened, setOpened] = useState<string | null>(null);
  const overview = useInsightsOverview(product);
  const customers = useInsightCustomers(product, { ...table, q });
  const o = overview.data;
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : `${fmt.number(v, { maximumFractionDigits: 1 })} %`;

  const columns = useMemo((): ColumnDef<InsightRow>[] => {
    const pct = (v: number | null) => (v === null ? '—' : `${fmt.number(v, { maximumFractionDigits: 1 })} %`);
    const column = (id: string, header: string, render: (r: InsightRow) => React.ReactNode, numeric = false) => ({
      id,
      header,
      accessorFn: () => id,
      cell: ({ row }: { row: { original: InsightRow } }) => render(row.original),
      meta: { numeric },
    });
    return [
      column('customer', t('insights.table.customer'), (r) => r.customerName),
      column('product', t('insights.table.product'), (r) => productName(r.product)),
      column(
        'sold',
        t('insights.table.sold'),
        (r) => (
          <Stack gap={0} align="flex-end">
            <span>{fmt.number(r.sold)}</span>
            {r.soldByOthers > 0 ? (
              <Text size="xs" c="dimmed">
                {t('insights.table.fromOthers', { count: r.soldByOthers })}
              </Text>
            ) : null}
          </Stack>
        ),
        true,
      ),
      column('entitlements', t('insights.table.entitlements'), (r) => fmt.number(r.entitlements), true),
      column('active', t('insights.table.active'), (r) => fmt.number(r.active), true),
      column('deployment', t('insights.table.deployment'), (r) => pct(r.deploymentPct), true),
      column(
        'usage',
        t('insights.table.usage'),
        (r) =>
          r.causes.length > 0 ? (
            <Badge color="orange" variant="light" data-testid="above-100" title={t('insights.table.above100')}>
              {pct(r.usagePct)}
              <VisuallyHidden>{t('insights.table.above100')}</VisuallyHidden>
            </Badge>
          ) : (
            pct(r.usagePct)
          ),
        true,
      ),
    ];
  }, [t, fmt, productName]);

  if (overview.isError) return <LoadError error={overview.error} what={t('insights.title')} />;
  const trend = o?.trend.map((w) => ({
    week: fmt.date(w.weekStart),
    [t('insights.trend.deployment')]: w.deploymentPct === null ? null : Math.round(w.deploymentPct * 10) / 10,
    [t('insights.trend.usage')]: w.usagePct === null ? null : Math.round(w.usagePct * 10) / 10,
  }));
  const total = customers.data?.total ?? 0;
  const from = total === 0 ? 0 : (table.page - 1) * table.pageSize + 1;
  const to = Math.min(total, table.page * table.pageSize);
  const k = o?.kpis;
  const value = (v: string | undefined) => (o ? (v ?? '—') : null);

  return (
    <>
      <PageHeader
        title={t('insights.title')}
        description={t('insights.description')}
        actions={<ServerExportMenu href={insightsExportHref(product)} label={t('insights.export')} />}
      />
      <Group mb="md" gap="sm" align="flex-end">
        <Select
          label={t('insights.product')}
          data={[
            { value: '', label: t('insights.allProducts') },
            ...(o?.products ?? []).map((id) => ({ value: id, label: productName(id) })),
          ]}
          value={product ?? ''}
          onChange={(v) => {
            setProduct(v ? v : null);
            setTable((s) => ({ ...s, page: 1 }));
          }}
          allowDeselect={false}
          w={240}
          data-testid="insights-product"
        />
        <TextInput
          label={t('insights.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setTable((s) => ({ ...s, page: 1 }));
          }}
          w={260}
          data-testid="insights-search"
        />
      </Group>
      <KpiCards
        label={t('insights.kpis.label')}
        dataAsOf={o?.dataAsOf}
        kpis={[
          {
            id: 'customers',
            label: t('insights.kpis.customers'),
            value: value(k && fmt.number(k.customers)),
            icon: IconBuilding,
            colour: 'blue',
          },
          {
            id: 'sold',
            label: t('insights.kpis.sold'),
            value: value(k && fmt.number(k.sold)),
            hint: k && k.soldByOthers > 0 ? t('insights.kpis.soldByOthers', { count: k.soldByOthers }) : undefined,
            icon: IconCertificate,
            colour: 'grape',
          },
          {
            id: 'deployment',
            label: t('insights.kpis.deployment'),
            value: value(k && pct(k.deploymentPct)),
            hint: k && `${t('insights.kpis.entitlements')}: ${fmt.number(k.entitlements)}`,
            icon: IconRocket,
            colour: 'teal',
          },
          {
            id: 'usage',
            label: t('insights.kpis.usage'),
            value: value(k && pct(k.usagePct)),
            hint: k && `${t('insights.kpis.active')}: ${fmt.number(k.active)}`,
            icon: IconActivity,
            colour: 'cyan',
          },
          {
            id: 'over100',
            label: t('insights.kpis.over100'),
            value: value(k && fmt.number(k.customersOver100)),
            icon: IconAlertTriangle,
            colour: 'orange',
          },
        ]}
      />
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md" mb="md">
        <div style={{ gridColumn: 'span 2' }}>
          <Widget
            title={t('insights.trend.title')}
            subtitle={t('insights.trend.subtitle')}
            dataAsOf={o?.dataAsOf}
            testId="insights-trend"
          >
            {trend ? (
              <ChartAlternative
                title={t('insights.trend.title')}
                data={trend}
                dataKey="week"
                keyLabel={t('insights.trend.week')}
                series={[t('insights.trend.deployment'), t('insights.trend.usage')]}
                format={(v) => `${fmt.number(v, { maximumFractionDigits: 1 })} %`}
              >
                <LineChart
                  h={220}
                  data={trend}
                  dataKey="week"
                  series={[
                    { name: t('insights.trend.deployment'), color: 'teal.7' },
                    { name: t('insights.trend.usage'), color: 'blue.7' },
                  ]}
                  withLegend
                  legendProps={{ verticalAlign: 'top', height: 40 }}
                  unit=" %"
                  connectNulls
                  curveType="monotone"
                  tickLine="y"
                  gridAxis="y"
                />
              </ChartAlternative>
            ) : (
              <Skeleton height={220} />
            )}
          </Widget>
        </div>
        <Paper withBorder radius="md" p="md" component="section" data-testid="role-aliases">
          <Title order={3} fz="md">
            {t('insights.roles.title')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('insights.roles.subtitle')}
          </Text>
          <Stack gap={6} component="dl" m={0}>
            {partnerRoleAliases.map(({ alias, role }) => (
              <Group key={alias} justify="space-between" wrap="nowrap" gap="xs">
                <Text component="dt" size="sm" fw={600}>
                  {t(`insights.roles.${alias}`)}
                </Text>
                <Text component="dd" size="sm" m={0} c="dimmed">
                  {t(`roles.${role}`)}
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <DataTable
          label={t('insights.table.label')}
          columns={columns}
          data={customers.data?.items}
          getRowId={(r) => `${r.customerId}|${r.product}`}
          loading={customers.isLoading}
          stale={customers.isPlaceholderData}
          testId="insights-table"
          rowTestId="insights-row"
          onRowClick={(r) => setOpened(r.customerId)}
          empty={<EmptyState title={t('insights.table.empty')} body={t('insights.table.emptyHint')} />}
          sorting={[{ id: table.sort.replace(/^-/, ''), desc: table.sort.startsWith('-') }]}
          onSortingChange={(next) => {
            const first = next[0];
            if (first) setTable((s) => ({ ...s, page: 1, sort: first.desc ? `-${first.id}` : first.id }));
          }}
          paging={{
            range: t('dataTable.range', { from: fmt.number(from), to: fmt.number(to), total: fmt.number(total) }),
            pageSize: table.pageSize,
            pageSizes,
            onPageSize: (pageSize) => setTable((s) => ({ ...s, page: 1, pageSize })),
            canPrevious: table.page > 1,
            canNext: to < total,
            onPrevious: () => setTable((s) => ({ ...s, page: s.page - 1 })),
            onNext: () => setTable((s) => ({ ...s, page: s.page + 1 })),
          }}
        />
      </Paper>
      <CustomerInsightDrawer customerId={opened} onClose={() => setOpened(null)} />
    </>
  );
}
