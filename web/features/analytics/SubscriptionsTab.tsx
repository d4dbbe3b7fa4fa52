/** Subscription analytics (ANA-1…ANA-7): KPI cards, the licence trend, then one section at a time with its table. */
import { AreaChart } from '@mantine/charts';
import { Alert, Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuilding,
  IconCalendarRepeat,
  IconCalendarTime,
  IconLicense,
  IconTrendingDown,
  IconTrendingUp,
  IconUserOff,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsProduct } from '../../../domain/analytics.ts';
import {
  type SectionResponse,
  type SectionRow,
  type SubscriptionSection,
  sectionColumns,
  subscriptionSections,
} from '../../../domain/contracts/analytics.ts';
import type { analyticsEn } from '../../i18n/analytics/en.ts';
import { AnalyticsTable, type Column } from './AnalyticsTable.tsx';
import { csvUrl, type TableState, useSection, useSubscriptionOverview } from './api.ts';
import { ChartAlternative } from './ChartAlternative.tsx';
import { DataAsOf, type Kpi, KpiCards, LicenceBar, useAnalyticsFormat, Widget } from './widgets.tsx';

export function SubscriptionsTab({ product, partnerId }: { product: AnalyticsProduct; partnerId: string | null }) {
  const { t } = useTranslation();
  const fmt = useAnalyticsFormat();
  const overview = useSubscriptionOverview(product, partnerId);
  const [section, setSection] = useState<SubscriptionSection>('recently-added');
  const k = overview.data?.kpis;
  const value = (n: number | undefined) => (n === undefined ? null : fmt.int(n));
  const kpis: Kpi[] = [
    {
      id: 'totalCustomers',
      label: t('analytics.kpis.totalCustomers'),
      value: value(k?.totalCustomers),
      icon: IconBuilding,
      colour: 'brand',
    },
    {
      id: 'expirationApproaching',
      label: t('analytics.kpis.expirationApproaching'),
      value: value(k?.expirationApproaching),
      hint: t('analytics.kpis.in90Days'),
      icon: IconCalendarTime,
      colour: 'yellow',
    },
    {
      id: 'approachingRenewal',
      label: t('analytics.kpis.approachingRenewal'),
      value: value(k?.approachingRenewal),
      hint: t('analytics.kpis.in90Days'),
      icon: IconCalendarRepeat,
      colour: 'teal',
    },
    {
      id: 'lowAssignment',
      label: t('analytics.kpis.lowAssignment'),
      value: value(k?.lowAssignment),
      icon: IconUserOff,
      colour: 'grape',
    },
    {
      id: 'overLicenceLimit',
      label: t('analytics.kpis.overLicenceLimit'),
      value: value(k?.overLicenceLimit),
      icon: IconLicense,
      colour: 'red',
    },
  ];

  if (overview.isError) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
        {t('analytics.loadFailed')}
      </Alert>
    );
  }

  const trend = overview.data?.trend.map((p) => ({
    week: p.partial ? `${fmt.week(p.weekStart)} *` : fmt.week(p.weekStart),
    [t('analytics.trend.assigned')]: p.assigned,
    [t('analytics.trend.used')]: p.used,
  }));

  return (
    <Stack gap="md">
      <KpiCards kpis={kpis} dataAsOf={overview.data?.dataAsOf} label={t('analytics.kpis.label')} />
      <Widget
        title={t('analytics.trend.title')}
        subtitle={`${t('analytics.trend.subtitle')} · * ${t('analytics.trend.partial')}`}
        dataAsOf={overview.data?.dataAsOf}
        testId="licence-trend"
      >
        {trend ? (
          <ChartAlternative
            title={t('analytics.trend.title')}
            data={trend}
            dataKey="week"
            keyLabel={t('analytics.trend.week')}
            series={[t('analytics.trend.assigned'), t('analytics.trend.used')]}
            format={(v) => fmt.number(v)}
          >
            <AreaChart
              h={230}
              data={trend}
              dataKey="week"
              series={[
                { name: t('analytics.trend.assigned'), color: 'brand.6' },
                { name: t('analytics.trend.used'), color: 'orange.6' },
              ]}
              curveType="monotone"
              withLegend
              legendProps={{ verticalAlign: 'top', height: 36 }}
              xAxisLabel={t('analytics.trend.week')}
              yAxisLabel={t('analytics.trend.licences')}
              valueFormatter={(v) => fmt.number(v)}
              tickLine="y"
              gridAxis="y"
              withGradient
              fillOpacity={0.25}
            />
          </ChartAlternative>
        ) : (
          <Skeleton height={230} />
        )}
      </Widget>
      <Paper withBorder radius="md" p="md">
        <Tabs value={section} onChange={(v) => v && setSection(v as SubscriptionSection)} keepMounted={false}>
          <Tabs.List aria-label={t('analytics.sections.label')} mb="md">
            {subscriptionSections.map((s) => (
              <Tabs.Tab key={s} value={s} data-testid={`section-${s}`}>
                {t(`analytics.sections.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {subscriptionSections.map((s) => (
            <Tabs.Panel key={s} value={s}>
              <SectionPanel section={s} product={product} partnerId={partnerId} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Paper>
    </Stack>
  );
}

type SectionKpiLabel = keyof (typeof analyticsEn)['sectionKpis'];

const sectionKpiIds: Record<
  SubscriptionSection,
  {
    id: string;
    label: SectionKpiLabel;
    pick: (k: SectionResponse['kpis']) => number | null;
    pct?: boolean;
    decimal?: boolean;
  }[]
> = {
  'recently-added': [
    { id: 'customers', label: 'newCustomers', pick: (k) => k.customers },
    { id: 'totalLicences', label: 'totalLicences', pick: (k) => k.totalLicences },
  ],
  expiring: [
    { id: 'customers', label: 'customersExpiring', pick: (k) => k.customers },
    { id: 'assignmentPct', label: 'assignmentPct', pick: (k) => k.assignmentPct, pct: true },
    { id: 'usagePct', label: 'usagePct', pick: (k) => k.usagePct, pct: true },
  ],
  renewing: [
    { id: 'customers', label: 'customersRenewing', pick: (k) => k.customers },
    { id: 'assignmentPct', label: 'assignmentPct', pick: (k) => k.assignmentPct, pct: true },
    { id: 'usagePct', label: 'usagePct', pick: (k) => k.usagePct, pct: true },
  ],
  'low-assignment': [
    { id: 'customers', label: 'customersLow', pick: (k) => k.customers },
    { id: 'assignmentPct', label: 'assignmentPct', pick: (k) => k.assignmentPct, pct: true },
    { id: 'usageWhenAssignedPct', label: 'usageWhenAssignedPct', pick: (k) => k.usageWhenAssignedPct, pct: true },
    { id: 'unassignedLicences', label: 'unassignedLicences', pick: (k) => k.unassignedLicences },
  ],
  'over-limit': [
    { id: 'customers', label: 'customersOver', pick: (k) => k.customersWithOverage },
    { id: 'overageLicences', label: 'overageLicences', pick: (k) => k.overageLicences },
    { id: 'avgOverage', label: 'avgOverage', pick: (k) => k.avgOveragePerCustomer, decimal: true },
  ],
};

function SectionPanel({
  section,
  product,
  partnerId,
}: {
  section: SubscriptionSection;
  product: AnalyticsProduct;
  partnerId: string | null;
}) {
  const { t } = useTranslation();
  const fmt = useAnalyticsFormat();
  const [state, setState] = useState<TableState>({ sort: 'customer', page: 1, pageSize: 10 });
  const result = useSection(section, product, partnerId, state);
  const data = result.data;

  const cells: Record<string, Column<SectionRow>> = {
    customer: {
      id: 'customer',
      label: t('analytics.columns.customer'),
      render: (r) => (
        <Text size="sm" fw={500}>
          {r.customerName}
        </Text>
      ),
    },
    subscription: {
      id: 'subscription',
      label: t('analytics.columns.subscription'),
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" ff="monospace">
            {r.number}
          </Text>
          {r.kind === 'trial' ? (
            <Badge size="sm" variant="light" color="cyan" style={{ flexShrink: 0 }}>
              {t('analytics.table.trial')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    daysSinceAdded: {
      id: 'daysSinceAdded',
      label: t('analytics.columns.daysSinceAdded'),
      numeric: true,
      render: (r) => fmt.int(r.daysSinceAdded),
    },
    daysToEnd: {
      id: 'daysToEnd',
      label: t(section === 'renewing' ? 'analytics.columns.daysToRenewal' : 'analytics.columns.daysToEnd'),
      numeric: true,
      render: (r) => (
        <Text size="sm" span c={r.endsSoon ? 'orange.8' : undefined} fw={r.endsSoon ? 600 : undefined}>
          {fmt.int(r.daysToEnd)}
        </Text>
      ),
    },
    monthsSinceAdded: {
      id: 'monthsSinceAdded',
      label: t('analytics.columns.monthsSinceAdded'),
      numeric: true,
      render: (r) => fmt.int(r.monthsSinceAdded),
    },
    monthsLeft: {
      id: 'monthsLeft',
      label: t('analytics.columns.monthsLeft'),
      numeric: true,
      render: (r) => fmt.int(r.monthsLeft),
    },
    autoRenew: {
      id: 'autoRenew',
      label: t('analytics.columns.autoRenew'),
      render: (r) => (
        <Badge size="sm" variant="light" color={r.autoRenew ? 'teal' : 'gray'}>
          {t(r.autoRenew ? 'analytics.table.yes' : 'analytics.table.no')}
        </Badge>
      ),
    },
    total: { id: 'total', label: t('analytics.columns.total'), numeric: true, render: (r) => fmt.int(r.total) },
    licences: {
      id: 'licences',
      label: t('analytics.columns.licences'),
      render: (r) => <LicenceBar used={r.used} assigned={r.assigned} total={r.total} />,
    },
    assigned: {
      id: 'assigned',
      label: t('analytics.columns.assigned'),
      numeric: true,
      render: (r) => (
        <Text size="sm" span c={r.assigned > r.total ? 'red' : undefined} fw={r.assigned > r.total ? 600 : undefined}>
          {fmt.int(r.assigned)}{' '}
          <Text span size="xs" c="dimmed">
            ({fmt.pct(r.assignedPct)})
          </Text>
        </Text>
      ),
    },
    used: {
      id: 'used',
      label: t('analytics.columns.used'),
      numeric: true,
      render: (r) => (
        <Text size="sm" span>
          {fmt.int(r.used)}{' '}
          <Text span size="xs" c="dimmed">
            ({fmt.pct(r.usedPct)})
          </Text>
        </Text>
      ),
    },
    usedLast90Days: {
      id: 'usedLast90Days',
      label: t('analytics.columns.usedLast90Days'),
      numeric: true,
      render: (r) => fmt.int(r.usedLast90Days),
    },
    assignmentChange: {
      id: 'assignmentChange',
      label: t('analytics.columns.assignmentChange'),
      numeric: true,
      render: (r) => <Change value={r.assignmentChange} />,
    },
    usageChange: {
      id: 'usageChange',
      label: t('analytics.columns.usageChange'),
      numeric: true,
      render: (r) => <Change value={r.usageChange} />,
    },
  };
  const columns = sectionColumns[section].map((c) => cells[c] as Column<SectionRow>);

  return (
    <Stack gap="sm" data-testid={`section-panel-${section}`}>
      <Text size="sm" c="dimmed">
        {t(`analytics.sectionHelp.${section}`)}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {sectionKpiIds[section].map((kpi) => {
          const v = data ? kpi.pick(data.kpis) : undefined;
          return (
            <Paper
              key={kpi.id}
              radius="md"
              p="sm"
              bg="var(--mantine-color-default-hover)"
              data-testid={`section-kpi-${kpi.id}`}
            >
              <Text size="xs" c="dimmed" fw={500}>
                {t(`analytics.sectionKpis.${kpi.label}`)}
              </Text>
              {v === undefined ? (
                <Skeleton height={22} width={60} mt={4} />
              ) : (
                <Text fz={20} fw={700}>
                  {kpi.pct ? fmt.pct(v) : kpi.decimal ? fmt.decimal(v) : fmt.int(v)}
                </Text>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
      <Group justify="flex-end">
        <DataAsOf value={data?.dataAsOf} />
      </Group>
      {result.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t('analytics.loadFailed')}
        </Alert>
      ) : (
        <AnalyticsTable
          name={t(`analytics.sections.${section}`)}
          columns={columns}
          rows={data?.items}
          total={data?.total ?? 0}
          state={state}
          onChange={setState}
          loading={result.isLoading}
          stale={result.isPlaceholderData}
          csvHref={csvUrl(`/api/v1/analytics/subscriptions/${section}`, {
            product,
            partnerId: partnerId ?? undefined,
            sort: state.sort,
          })}
          rowKey={(r) => `${r.kind}-${r.id}`}
        />
      )}
    </Stack>
  );
}

function Change({ value }: { value: number | null }) {
  const fmt = useAnalyticsFormat();
  if (value === null)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap">
      {value > 0 ? <IconTrendingUp size={14} aria-hidden="true" color="var(--mantine-color-teal-7)" /> : null}
      {value < 0 ? <IconTrendingDown size={14} aria-hidden="true" color="var(--mantine-color-red-7)" /> : null}
      <Text span size="sm" c={value > 0 ? 'teal' : value < 0 ? 'red' : 'dimmed'} fw={500}>
        {fmt.signed(value)}
      </Text>
    </Group>
  );
}
