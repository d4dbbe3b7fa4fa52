/**
 * The KPI strip of the Customers page (UI.md): five counts; clicking one applies the matching filter (and
 * clicking it again, or "Customers", shows everyone).
 */
import { Alert, Group, Paper, SimpleGrid, Skeleton, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuilding,
  IconCalendarTime,
  IconFlask,
  IconLicense,
  type TablerIcon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format.ts';
import { type CustomerSummary, useCustomerSummary } from './api.ts';
import classes from './CustomersList.module.css';
import type { ApiListQuery, Filters } from './urlState.ts';

export type KpiId = keyof CustomerSummary;

/** What each KPI counts, as the list's filter ("Customers": no status filter). */
export const kpiFilters: Record<KpiId, Partial<Filters>> = {
  customers: {},
  trials: { status: ['trial'] },
  expiringIn30Days: { status: ['expiring_soon'] },
  overLicence: { status: ['over_licence'] },
  needsAttention: { needsAttention: ['true'] },
};

const kpis: { id: KpiId; icon: TablerIcon; colour: string }[] = [
  { id: 'customers', icon: IconBuilding, colour: 'brand' },
  { id: 'trials', icon: IconFlask, colour: 'cyan' },
  { id: 'expiringIn30Days', icon: IconCalendarTime, colour: 'yellow' },
  { id: 'overLicence', icon: IconLicense, colour: 'orange' },
  { id: 'needsAttention', icon: IconAlertTriangle, colour: 'red' },
];

export function KpiStrip({
  query,
  active,
  onSelect,
}: {
  query: ApiListQuery;
  active: KpiId | null;
  onSelect: (kpi: KpiId) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const summary = useCustomerSummary(query);

  if (summary.isError) {
    return (
      <Alert color="red" variant="light" mb="md" role="alert">
        {t('customers.list.kpis.failed')}
      </Alert>
    );
  }

  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, md: 5 }}
      spacing="sm"
      mb="md"
      component="section"
      aria-label={t('customers.list.kpis.label')}
      data-testid="customer-kpis"
    >
      {kpis.map(({ id, icon: Icon, colour }) => {
        const value = summary.data?.[id];
        const label = t(`customers.list.kpis.${id}`);
        const pressed = active === id;
        return (
          <UnstyledButton
            key={id}
            onClick={() => onSelect(id)}
            aria-pressed={pressed}
            className={classes.kpi}
            data-active={pressed || undefined}
            data-testid={`kpi-${id}`}
          >
            <Paper withBorder radius="md" px="md" py="sm" className={classes.kpiCard}>
              <Group gap="sm" wrap="nowrap" align="center">
                <ThemeIcon variant="light" color={colour} size={34} radius="md" aria-hidden="true" visibleFrom="lg">
                  <Icon size={20} stroke={1.7} />
                </ThemeIcon>
                <div style={{ minWidth: 0 }}>
                  <Text size="xs" c="dimmed" fw={600} lh={1.25}>
                    {label}
                  </Text>
                  {value === undefined ? (
                    <Skeleton height={22} width={56} mt={4} radius="sm" />
                  ) : (
                    <Text fz={22} fw={700} lh={1.2}>
                      {fmt.number(value)}
                    </Text>
                  )}
                </div>
              </Group>
            </Paper>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
