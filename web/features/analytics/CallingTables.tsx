/** The customer tables of calling analytics (CAL-2, CAL-5, CAL-7): sorted and paged by the server. */
import { Alert, Paper, SimpleGrid, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CallingRow,
  type CallingTable,
  callingTableColumns,
  callingTables,
} from '../../../domain/contracts/analytics.ts';
import { AnalyticsTable, type Column } from './AnalyticsTable.tsx';
import { csvUrl, type TableState, useCallingTable } from './api.ts';
import { DataAsOf, useAnalyticsFormat } from './widgets.tsx';

export function CallingTables({ partnerId, lastWeek }: { partnerId: string | null; lastWeek: string | undefined }) {
  const { t } = useTranslation();
  const [table, setTable] = useState<CallingTable>('usage');
  return (
    <Paper withBorder radius="md" p="md">
      <Tabs value={table} onChange={(v) => v && setTable(v as CallingTable)} keepMounted={false}>
        <Tabs.List aria-label={t('analytics.calling.tables.label')} mb="md">
          {callingTables.map((name) => (
            <Tabs.Tab key={name} value={name} data-testid={`calling-table-${name}`}>
              {t(`analytics.calling.tables.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {callingTables.map((name) => (
          <Tabs.Panel key={name} value={name}>
            <CallingTablePanel table={name} partnerId={partnerId} lastWeek={lastWeek} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Paper>
  );
}

function CallingTablePanel({
  table,
  partnerId,
  lastWeek,
}: {
  table: CallingTable;
  partnerId: string | null;
  lastWeek: string | undefined;
}) {
  const { t } = useTranslation();
  const fmt = useAnalyticsFormat();
  const [state, setState] = useState<TableState>({ sort: 'customer', page: 1, pageSize: 10 });
  const result = useCallingTable(table, partnerId, state);
  const data = result.data;
  const seconds = (v: number | null) => (v === null ? '—' : t('analytics.table.seconds', { value: fmt.decimal(v) }));
  const cells: Record<string, Column<CallingRow>> = {
    customer: {
      id: 'customer',
      label: t('analytics.columns.customer'),
      render: (r) => (
        <Text size="sm" fw={500}>
          {r.customerName}
        </Text>
      ),
    },
    calls: { id: 'calls', label: t('analytics.columns.calls'), numeric: true, render: (r) => fmt.int(r.calls) },
    minutes: {
      id: 'minutes',
      label: t('analytics.columns.minutes'),
      numeric: true,
      render: (r) => fmt.decimal(r.minutes),
    },
    activeUsers: {
      id: 'activeUsers',
      label: t('analytics.columns.activeUsers'),
      numeric: true,
      render: (r) => fmt.int(r.activeUsers),
    },
    licences: {
      id: 'licences',
      label: t('analytics.columns.licenceCount'),
      numeric: true,
      render: (r) => fmt.int(r.licences),
    },
    callsChangePct: {
      id: 'callsChangePct',
      label: t('analytics.columns.callsChangePct'),
      numeric: true,
      render: (r) => (
        <Text span size="sm" fw={500} c={r.callsChangePct === null ? 'dimmed' : r.callsChangePct >= 0 ? 'teal' : 'red'}>
          {r.callsChangePct === null ? '—' : `${r.callsChangePct > 0 ? '+' : ''}${fmt.pct(r.callsChangePct)}`}
        </Text>
      ),
    },
    poorCalls: {
      id: 'poorCalls',
      label: t('analytics.columns.poorCalls'),
      numeric: true,
      render: (r) => fmt.int(r.poorCalls),
    },
    poorPct: { id: 'poorPct', label: t('analytics.columns.poorPct'), numeric: true, render: (r) => fmt.pct(r.poorPct) },
    worstEndpoint: {
      id: 'worstEndpoint',
      label: t('analytics.columns.worstEndpoint'),
      render: (r) => (r.worstEndpoint ? t(`analytics.calling.endpoints.${r.worstEndpoint}`) : '—'),
    },
    avgAnswerSeconds: {
      id: 'avgAnswerSeconds',
      label: t('analytics.columns.avgAnswerSeconds'),
      numeric: true,
      render: (r) => seconds(r.avgAnswerSeconds),
    },
    avgAbandonWaitSeconds: {
      id: 'avgAbandonWaitSeconds',
      label: t('analytics.columns.avgAbandonWaitSeconds'),
      numeric: true,
      render: (r) => seconds(r.avgAbandonWaitSeconds),
    },
    abandonedPct: {
      id: 'abandonedPct',
      label: t('analytics.columns.abandonedPct'),
      numeric: true,
      render: (r) => fmt.pct(r.abandonedPct),
    },
  };
  const columns = callingTableColumns[table].map((c) => cells[c] as Column<CallingRow>);
  const q = data?.queueKpis;
  return (
    <Stack gap="sm" data-testid={`calling-panel-${table}`}>
      <Text size="sm" c="dimmed">
        {t(`analytics.calling.tableHelp.${table}`, { week: lastWeek ? fmt.calendarDay(lastWeek) : '' })}
      </Text>
      {table === 'queues' ? (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          {(['calls', 'avgAnswerSeconds', 'avgAbandonWaitSeconds', 'abandonedPct'] as const).map((id) => (
            <Paper key={id} radius="md" p="sm" bg="var(--mantine-color-default-hover)" data-testid={`queue-kpi-${id}`}>
              <Text size="xs" c="dimmed" fw={500}>
                {t(`analytics.calling.queueKpis.${id}`)}
              </Text>
              {!q ? (
                <Skeleton height={22} width={60} mt={4} />
              ) : (
                <Text fz={20} fw={700}>
                  {id === 'calls' ? fmt.int(q.calls) : id === 'abandonedPct' ? fmt.pct(q.abandonedPct) : seconds(q[id])}
                </Text>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      ) : null}
      <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <DataAsOf value={data?.dataAsOf} />
      </div>
      {result.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t('analytics.loadFailed')}
        </Alert>
      ) : (
        <AnalyticsTable
          name={t(`analytics.calling.tables.${table}`)}
          columns={columns}
          rows={data?.items}
          total={data?.total ?? 0}
          state={state}
          onChange={setState}
          loading={result.isLoading}
          stale={result.isPlaceholderData}
          csvHref={csvUrl(`/api/v1/analytics/calling/${table}`, {
            partnerId: partnerId ?? undefined,
            sort: state.sort,
          })}
          rowKey={(r) => r.customerId}
        />
      )}
    </Stack>
  );
}
