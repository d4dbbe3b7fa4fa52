/** The Activity tab: the audit log of this customer (NOT-4) — who did what, when, with before and after. */
import { Button, Code, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ColumnDef, DataTable } from '../../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { useFormatters } from '../../../i18n/format.ts';
import { type ActivityEntry, useCustomerActivity } from './api.ts';

/** A change's before or after as short "key: value" text; objects nested deeper are shown as JSON. */
function summarise(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(summarise).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(
      ([key, v]) =>
        `${key}: ${typeof v === 'object' && v !== null && !Array.isArray(v) ? JSON.stringify(v) : summarise(v)}`,
    )
    .join(' · ');
}

function useActionLabel(): (action: string) => string {
  const { t } = useTranslation();
  const known: Record<string, string> = {
    'customer.launched': t('customerDetail.activity.actions.launched'),
    'customer.admin_assigned': t('customerDetail.activity.actions.adminAssigned'),
    'customer.admin_unassigned': t('customerDetail.activity.actions.adminUnassigned'),
    'organisation.own_started': t('customerDetail.activity.actions.ownStarted'),
    'subscription.changed': t('customerDetail.activity.actions.subscriptionChanged'),
    'subscription.suspended': t('customerDetail.activity.actions.subscriptionSuspended'),
    'subscription.reinstated': t('customerDetail.activity.actions.subscriptionReinstated'),
    'subscription.renewed': t('customerDetail.activity.actions.subscriptionRenewed'),
  };
  return (action) => known[action] ?? action;
}

function Change({ entry }: { entry: ActivityEntry }) {
  const before = summarise(entry.before);
  const after = summarise(entry.after);
  if (!before && !after) return null;
  return (
    <Stack gap={2}>
      {before ? (
        <Code block={false} c="red" style={{ whiteSpace: 'normal' }}>
          − {before}
        </Code>
      ) : null}
      {after ? (
        <Code block={false} c="green" style={{ whiteSpace: 'normal' }}>
          + {after}
        </Code>
      ) : null}
    </Stack>
  );
}

export function ActivityTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useActionLabel();
  const query = useCustomerActivity(customerId);

  if (query.isPending) return <Skeleton height={200} radius="md" />;
  if (query.isError) {
    return <LoadError error={query.error} what={t('customerDetail.tabs.activity')} onRetry={() => query.refetch()} />;
  }
  const entries = query.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) {
    return <EmptyState title={t('customerDetail.activity.emptyTitle')} body={t('customerDetail.activity.emptyBody')} />;
  }
  const columns: ColumnDef<ActivityEntry>[] = [
    {
      id: 'when',
      header: t('customerDetail.activity.when'),
      accessorFn: (entry) => entry.at,
      meta: { width: 170 },
      cell: ({ row: { original: entry } }) => (
        <>
          <Text size="sm">{fmt.date(entry.at)}</Text>
          <Text size="xs" c="dimmed">
            {fmt.time(entry.at)}
          </Text>
        </>
      ),
    },
    {
      id: 'who',
      header: t('customerDetail.activity.who'),
      accessorFn: (entry) => entry.actor?.name ?? t('customerDetail.activity.system'),
      cell: ({ row: { original: entry } }) =>
        entry.actor ? (
          <>
            <Text size="sm">{entry.actor.name}</Text>
            <Text size="xs" c="dimmed">
              {entry.actor.organisation ?? entry.actor.email}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('customerDetail.activity.system')}
          </Text>
        ),
    },
    {
      id: 'what',
      header: t('customerDetail.activity.what'),
      accessorFn: (entry) => label(entry.action),
      cell: ({ getValue }) => (
        <Text size="sm" fw={500}>
          {getValue<string>()}
        </Text>
      ),
    },
    {
      id: 'change',
      header: t('customerDetail.activity.change'),
      accessorFn: (entry) => [summarise(entry.before), summarise(entry.after)].filter(Boolean).join(' → '),
      enableSorting: false,
      meta: { wrap: true },
      cell: ({ row }) => <Change entry={row.original} />,
    },
  ];
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <DataTable
          label={t('customerDetail.tabs.activity')}
          columns={columns}
          data={entries}
          getRowId={(entry) => entry.id}
          initialSorting={[{ id: 'when', desc: true }]}
          columnMenu
          exportName="activity"
          testId="activity"
        />
      </Paper>
      {query.hasNextPage ? (
        <Button variant="default" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage} mx="auto">
          {t('customerDetail.activity.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
