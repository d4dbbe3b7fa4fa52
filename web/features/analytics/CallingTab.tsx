/** Calling engagement analytics (CAL-1…CAL-7): charts over the period, then the customer tables. */
import { BarChart, LineChart } from '@mantine/charts';
import { Alert, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBuilding, IconPhoneCall, IconUsers, IconWaveSine } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCallingOverview } from './api.ts';
import { CallingTables } from './CallingTables.tsx';
import { ChartAlternative } from './ChartAlternative.tsx';
import { type Kpi, KpiCards, useAnalyticsFormat, Widget } from './widgets.tsx';

export function CallingTab({ partnerId }: { partnerId: string | null }) {
  const { t } = useTranslation();
  const fmt = useAnalyticsFormat();
  const overview = useCallingOverview(partnerId);
  const o = overview.data;

  if (overview.isError) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
        {t('analytics.loadFailed')}
      </Alert>
    );
  }

  const last = o?.usageVolume.at(-1);
  const lastQuality = o?.qualityTrend.at(-1);
  const kpis: Kpi[] = [
    {
      id: 'callingCustomers',
      label: t('analytics.calling.customers'),
      value: o ? fmt.int(o.customers) : null,
      icon: IconBuilding,
      colour: 'brand',
    },
    {
      id: 'activeUsers',
      label: t('analytics.calling.activeUsersLastWeek'),
      value: last ? fmt.int(last.calls1to5 + last.calls6to20 + last.over20) : null,
      icon: IconUsers,
      colour: 'teal',
    },
    {
      id: 'calls',
      label: t('analytics.calling.callsLastWeek'),
      value: lastQuality ? fmt.int(lastQuality.legs) : null,
      icon: IconPhoneCall,
      colour: 'cyan',
    },
    {
      id: 'poorShare',
      label: t('analytics.calling.poorShareLastWeek'),
      value: lastQuality ? fmt.pct(lastQuality.poorPct) : null,
      icon: IconWaveSine,
      colour: 'orange',
    },
  ];
  const period =
    o && o.weeks.length > 0
      ? t('analytics.calling.period', {
          from: fmt.calendarDay(o.weeks[0] as string),
          to: fmt.calendarDay(o.weeks.at(-1) as string),
        })
      : '';

  const bucket = (key: 'none' | 'calls1to5' | 'calls6to20' | 'over20') => t(`analytics.calling.volume.${key}`);
  const volume = o?.usageVolume.map((w) => ({
    week: fmt.week(w.weekStart),
    [bucket('none')]: w.none,
    [bucket('calls1to5')]: w.calls1to5,
    [bucket('calls6to20')]: w.calls6to20,
    [bucket('over20')]: w.over20,
  }));
  const poorLabel = t('analytics.calling.quality.poorPct');
  const quality = o?.qualityTrend.map((w) => ({
    week: fmt.week(w.weekStart),
    [poorLabel]: w.poorPct === null ? null : Math.round(w.poorPct * 10) / 10,
  }));
  const legsLabel = t('analytics.calling.endpoints.legs');
  const poorLegsLabel = t('analytics.calling.endpoints.poorLegs');
  const endpoints = o?.qualityByEndpoint.map((e) => ({
    endpoint: t(`analytics.calling.endpoints.${e.endpointType}`),
    [legsLabel]: e.legs - e.poorLegs,
    [poorLegsLabel]: e.poorLegs,
  }));
  const featureCalls = t('analytics.calling.features.calls');
  const features = o?.features.items.map((f) => ({
    feature: t(`analytics.calling.features.${f.feature}`),
    [featureCalls]: f.calls,
  }));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {period}
      </Text>
      <KpiCards kpis={kpis} dataAsOf={o?.dataAsOf} label={t('analytics.kpis.label')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Widget
          title={t('analytics.calling.volume.title')}
          subtitle={t('analytics.calling.volume.subtitle')}
          dataAsOf={o?.dataAsOf}
          testId="chart-volume"
        >
          {volume ? (
            <ChartAlternative
              title={t('analytics.calling.volume.title')}
              data={volume}
              dataKey="week"
              keyLabel={t('analytics.trend.week')}
              series={[bucket('none'), bucket('calls1to5'), bucket('calls6to20'), bucket('over20')]}
              format={(v) => fmt.number(v)}
            >
              <BarChart
                h={240}
                data={volume}
                dataKey="week"
                type="stacked"
                series={[
                  { name: bucket('none'), color: 'gray.5' },
                  { name: bucket('calls1to5'), color: 'blue.4' },
                  { name: bucket('calls6to20'), color: 'blue.7' },
                  { name: bucket('over20'), color: 'orange.6' },
                ]}
                withLegend
                legendProps={{ verticalAlign: 'top', height: 40 }}
                yAxisLabel={t('analytics.calling.volume.users')}
                valueFormatter={(v) => fmt.number(v)}
                tickLine="y"
                gridAxis="y"
              />
            </ChartAlternative>
          ) : (
            <Skeleton height={240} />
          )}
        </Widget>
        <Widget
          title={t('analytics.calling.quality.title')}
          subtitle={t('analytics.calling.quality.subtitle')}
          dataAsOf={o?.dataAsOf}
          testId="chart-quality"
        >
          {quality ? (
            <ChartAlternative
              title={t('analytics.calling.quality.title')}
              data={quality}
              dataKey="week"
              keyLabel={t('analytics.trend.week')}
              series={[poorLabel]}
              format={(v) => `${fmt.number(v, { maximumFractionDigits: 1 })} %`}
            >
              <LineChart
                h={240}
                data={quality}
                dataKey="week"
                series={[{ name: poorLabel, color: 'orange.7' }]}
                withLegend
                legendProps={{ verticalAlign: 'top', height: 40 }}
                yAxisLabel={poorLabel}
                unit=" %"
                connectNulls
                curveType="monotone"
                valueFormatter={(v) => fmt.number(v, { maximumFractionDigits: 1 })}
                tickLine="y"
                gridAxis="y"
              />
            </ChartAlternative>
          ) : (
            <Skeleton height={240} />
          )}
        </Widget>
        <Widget
          title={t('analytics.calling.endpoints.title')}
          subtitle={t('analytics.calling.endpoints.subtitle')}
          dataAsOf={o?.dataAsOf}
          testId="chart-endpoints"
        >
          {endpoints ? (
            <ChartAlternative
              title={t('analytics.calling.endpoints.title')}
              data={endpoints}
              dataKey="endpoint"
              keyLabel={t('analytics.calling.endpoints.title')}
              series={[legsLabel, poorLegsLabel]}
              format={(v) => fmt.number(v)}
            >
              <BarChart
                h={240}
                data={endpoints}
                dataKey="endpoint"
                orientation="vertical"
                yAxisProps={{ width: 100, interval: 0 }}
                type="stacked"
                series={[
                  { name: legsLabel, color: 'brand.5' },
                  { name: poorLegsLabel, color: 'orange.6' },
                ]}
                withLegend
                legendProps={{ verticalAlign: 'top', height: 40 }}
                xAxisLabel={legsLabel}
                valueFormatter={(v) => fmt.number(v)}
                tickLine="x"
                gridAxis="x"
              />
            </ChartAlternative>
          ) : (
            <Skeleton height={240} />
          )}
        </Widget>
        <Widget
          title={t('analytics.calling.features.title')}
          subtitle={o ? t('analytics.calling.features.subtitle', { count: o.features.customers }) : undefined}
          dataAsOf={o?.dataAsOf}
          testId="chart-features"
        >
          {!features ? (
            <Skeleton height={240} />
          ) : o?.features.customers === 0 ? (
            <Text c="dimmed" size="sm" py="xl" ta="center">
              {t('analytics.calling.features.none')}
            </Text>
          ) : (
            <ChartAlternative
              title={t('analytics.calling.features.title')}
              data={features}
              dataKey="feature"
              keyLabel={t('analytics.calling.features.title')}
              series={[featureCalls]}
              format={(v) => fmt.number(v)}
            >
              <BarChart
                h={240}
                data={features}
                dataKey="feature"
                orientation="vertical"
                series={[{ name: featureCalls, color: 'teal.6' }]}
                yAxisProps={{ width: 120, interval: 0 }}
                xAxisLabel={featureCalls}
                valueFormatter={(v) => fmt.number(v)}
                withLegend
                legendProps={{ verticalAlign: 'top', height: 40 }}
                gridAxis="x"
              />
            </ChartAlternative>
          )}
        </Widget>
      </SimpleGrid>
      <CallingTables partnerId={partnerId} lastWeek={o?.weeks.at(-1)} />
    </Stack>
  );
}
