/** Building blocks of the analytics screens: a widget frame with "data as of", KPI cards, the licence bar. */
import { Group, Paper, Progress, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconClockHour4, type TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format.ts';

/** "Data as of 21 Nov 2026, 08:55 UTC" (BEY-2). */
export function DataAsOf({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const text =
    value === undefined
      ? null
      : value === null
        ? t('analytics.noData')
        : t('analytics.dataAsOf', {
            when: `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(value))} UTC`,
          });
  return (
    <Group gap={4} wrap="nowrap" data-testid="data-as-of">
      <IconClockHour4 size={13} stroke={1.8} aria-hidden="true" style={{ opacity: 0.6 }} />
      <Text size="xs" c="dimmed">
        {text ?? <Skeleton component="span" height={10} width={140} display="inline-block" />}
      </Text>
    </Group>
  );
}

/** A titled panel (chart or table) with its "data as of" line. */
export function Widget({
  title,
  subtitle,
  dataAsOf,
  actions,
  children,
  testId,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  dataAsOf: string | null | undefined;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" data-testid={testId}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Stack gap={2}>
          <Title order={3} fz="md">
            {title}
          </Title>
          {subtitle ? (
            <Text size="xs" c="dimmed">
              {subtitle}
            </Text>
          ) : null}
          <DataAsOf value={dataAsOf} />
        </Stack>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}

export interface Kpi {
  id: string;
  label: string;
  value: string | null;
  hint?: string;
  icon: TablerIcon;
  colour: string;
}

export function KpiCards({
  kpis,
  dataAsOf,
  label,
}: {
  kpis: Kpi[];
  dataAsOf: string | null | undefined;
  label: string;
}) {
  return (
    <Stack gap={6} mb="md">
      <SimpleGrid
        cols={{ base: 2, sm: 3, md: kpis.length > 4 ? 5 : kpis.length }}
        spacing="sm"
        aria-label={label}
        component="section"
      >
        {kpis.map(({ id, label: kpiLabel, value, hint, icon: Icon, colour }) => (
          <Paper key={id} withBorder radius="md" p="sm" data-testid={`kpi-${id}`}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" color={colour} size={34} radius="md" aria-hidden="true">
                <Icon size={19} stroke={1.7} />
              </ThemeIcon>
              <Stack gap={0} miw={0}>
                <Text size="xs" c="dimmed" fw={500} lineClamp={2}>
                  {kpiLabel}
                </Text>
                {value === null ? (
                  <Skeleton height={24} width={60} mt={4} />
                ) : (
                  <Text fz={22} fw={700} lh={1.25} data-testid={`kpi-${id}-value`}>
                    {value}
                  </Text>
                )}
                {hint ? (
                  <Text size="xs" c="dimmed">
                    {hint}
                  </Text>
                ) : null}
              </Stack>
            </Group>
          </Paper>
        ))}
      </SimpleGrid>
      <Group justify="flex-end">
        <DataAsOf value={dataAsOf} />
      </Group>
    </Stack>
  );
}

/** Used / assigned / available of a subscription, exact numbers on hover (ANA-3…ANA-5). */
export function LicenceBar({ used, assigned, total }: { used: number; assigned: number; total: number }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const available = Math.max(0, total - assigned);
  const scale = Math.max(total, assigned, 1);
  const over = assigned > total;
  const label = t('analytics.table.licencesTooltip', {
    used: fmt.number(used),
    assigned: fmt.number(assigned),
    available: fmt.number(available),
    total: fmt.number(total),
  });
  return (
    <Tooltip label={label} withArrow>
      <Stack gap={3} w={150} tabIndex={0} role="img" aria-label={label} data-testid="licence-bar">
        <Progress.Root size={9} aria-hidden="true">
          <Progress.Section value={(Math.min(used, assigned) / scale) * 100} color={over ? 'red.7' : 'brand.7'} />
          <Progress.Section value={(Math.max(assigned - used, 0) / scale) * 100} color={over ? 'red.3' : 'brand.3'} />
          <Progress.Section value={(available / scale) * 100} color="gray.3" />
        </Progress.Root>
        <Group gap={4} justify="space-between" wrap="nowrap" aria-hidden="true">
          <Text span size="xs" c="dimmed">
            {fmt.number(used)} / {fmt.number(assigned)}
          </Text>
          <Text span size="xs" fw={500} c={over ? 'red' : 'dimmed'}>
            {fmt.number(available)}
          </Text>
        </Group>
      </Stack>
    </Tooltip>
  );
}

/** Number formatting shared by the analytics screens: percentages with one decimal (UI.md). */
export function useAnalyticsFormat() {
  const fmt = useFormatters();
  return {
    ...fmt,
    pct: (v: number | null | undefined) =>
      v === null || v === undefined
        ? '—'
        : fmt.number(v / 100, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    int: (v: number | null | undefined) => (v === null || v === undefined ? '—' : fmt.number(v)),
    signed: (v: number | null | undefined) =>
      v === null || v === undefined ? '—' : fmt.number(v, { signDisplay: 'exceptZero' }),
    decimal: (v: number | null | undefined) =>
      v === null || v === undefined ? '—' : fmt.number(v, { maximumFractionDigits: 1 }),
    week: (iso: string) =>
      new Intl.DateTimeFormat(fmt.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(iso)),
  };
}
