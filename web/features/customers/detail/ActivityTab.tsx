/** The Activity tab: the audit log of this customer (NOT-4) — who did what, when, with before and after. */
import { Button, Code, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { useFormatters } from '../../../i18n/format.ts';
import { type ActivityEntry, useCustomerActivity } from './api.ts';
import classes from './detail.module.css';

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
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={8} horizontalSpacing="md" className={classes.dense} data-testid="activity">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('customerDetail.activity.when')}</Table.Th>
                <Table.Th>{t('customerDetail.activity.who')}</Table.Th>
                <Table.Th>{t('customerDetail.activity.what')}</Table.Th>
                <Table.Th>{t('customerDetail.activity.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    <Text size="sm">{fmt.date(entry.at)}</Text>
                    <Text size="xs" c="dimmed">
                      {fmt.time(entry.at)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {entry.actor ? (
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
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {label(entry.action)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Change entry={entry} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {query.hasNextPage ? (
        <Button variant="default" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage} mx="auto">
          {t('customerDetail.activity.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
