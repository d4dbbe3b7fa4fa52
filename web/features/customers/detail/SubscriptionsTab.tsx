/**
 * The Subscriptions tab (DET-2): per subscription its renewal date, licences per service (bought / assigned /
 * used / available) and invoices; then the order history. A partner sees the subscriptions it sold (INS-3).
 * Vendor operators have a menu of actions on each subscription (SubscriptionActions.tsx).
 */
import { Alert, Group, Paper, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { customerSubscription } from '../../../../domain/contracts/customer-detail.ts';
import { BadgeList, ToneBadge } from '../../../components/Badges.tsx';
import { type ColumnDef, DataTable } from '../../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { useDateWithDays, useFormatters } from '../../../i18n/format.ts';
import { useSession } from '../../auth/session.ts';
import { useProductName } from '../../catalogue/api.ts';
import { useStatusBadges } from '../list/labels.ts';
import { useCustomerSubscriptions } from './api.ts';
import { OrderHistory } from './OrderHistory.tsx';
import { SubscriptionActions } from './SubscriptionActions.tsx';

type Subscription = z.infer<typeof customerSubscription>;

const invoiceColour = { paid: 'green', due: 'yellow', overdue: 'red' } as const;

type Service = Subscription['services'][number];
type Invoice = Subscription['invoices'][number];

function LicenceTable({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const badges = useStatusBadges();
  const figure = (id: 'bought' | 'used' | 'available'): ColumnDef<Service> => ({
    id,
    header: t(`customerDetail.licences.${id}`),
    accessorFn: (s) => s[id],
    meta: { numeric: true },
    cell: ({ getValue }) => (
      <Text span size="sm" fw={id === 'available' ? 600 : undefined}>
        {fmt.number(getValue<number>())}
      </Text>
    ),
  });
  const columns: ColumnDef<Service>[] = [
    { id: 'service', header: t('customerDetail.subscriptions.service'), accessorFn: (s) => product(s.serviceId) },
    figure('bought'),
    {
      id: 'assigned',
      header: t('customerDetail.licences.assigned'),
      accessorFn: (s) => s.assigned,
      meta: { numeric: true },
      cell: ({ row: { original: s } }) =>
        s.assigned > s.bought ? (
          <Tooltip label={t('customerDetail.subscriptions.overLicence', { n: s.assigned - s.bought })}>
            <Text span size="sm" fw={700} c="red">
              {fmt.number(s.assigned)}
            </Text>
          </Tooltip>
        ) : (
          fmt.number(s.assigned)
        ),
    },
    figure('used'),
    figure('available'),
    {
      id: 'provisioning',
      header: t('customerDetail.subscriptions.provisioning'),
      accessorFn: (s) => s.provisioningStatus,
      cell: ({ row: { original: s } }) => (
        <Tooltip label={s.provisioningError} disabled={!s.provisioningError} multiline maw={300}>
          <span>
            <BadgeList items={badges.provisioning(s.provisioningStatus)} />
          </span>
        </Tooltip>
      ),
    },
  ];
  return (
    <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
      <DataTable
        label={`${subscription.number} · ${t('areas.licences.title')}`}
        columns={columns}
        data={subscription.services}
        getRowId={(s) => s.serviceId}
        exportName={`licences-${subscription.number}`}
      />
    </Paper>
  );
}

function Invoices({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (subscription.invoices.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('customerDetail.subscriptions.noInvoices')}
      </Text>
    );
  }
  const columns: ColumnDef<Invoice>[] = [
    {
      id: 'invoice',
      header: t('customerDetail.subscriptions.invoice'),
      accessorFn: (invoice) => invoice.number,
      cell: ({ getValue }) => (
        <Text span size="sm" ff="monospace">
          {getValue<string>()}
        </Text>
      ),
    },
    {
      id: 'period',
      header: t('customerDetail.subscriptions.period'),
      accessorFn: (invoice) => invoice.periodStart,
      meta: { exportValue: (invoice) => `${invoice.periodStart} – ${invoice.periodEnd}` },
      cell: ({ row: { original: invoice } }) => `${fmt.date(invoice.periodStart)} – ${fmt.date(invoice.periodEnd)}`,
    },
    {
      id: 'amount',
      header: t('customerDetail.subscriptions.amount'),
      accessorFn: (invoice) => invoice.amountCents / 100,
      meta: { numeric: true },
      cell: ({ row: { original: invoice } }) =>
        fmt.number(invoice.amountCents / 100, { style: 'currency', currency: invoice.currency }),
    },
    {
      id: 'due',
      header: t('customerDetail.subscriptions.due'),
      accessorFn: (invoice) => invoice.dueAt,
      cell: ({ row }) => fmt.date(row.original.dueAt),
    },
    {
      id: 'status',
      header: t('customerDetail.subscriptions.invoiceStatus'),
      accessorFn: (invoice) => t(`customerDetail.invoiceStatuses.${invoice.status}`),
      cell: ({ row, getValue }) => (
        <ToneBadge colour={invoiceColour[row.original.status]}>{getValue<string>()}</ToneBadge>
      ),
    },
  ];
  return (
    <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
      <DataTable
        label={`${subscription.number} · ${t('customerDetail.subscriptions.invoices')}`}
        columns={columns}
        data={subscription.invoices}
        getRowId={(invoice) => invoice.id}
        exportName={`invoices-${subscription.number}`}
      />
    </Paper>
  );
}

function SubscriptionCard({ customerId, subscription }: { customerId: string; subscription: Subscription }) {
  const { t } = useTranslation();
  const session = useSession();
  const badges = useStatusBadges();
  const withDays = useDateWithDays();
  const renewal = subscription.renewsAt
    ? t('customerDetail.subscriptions.renews', { date: withDays(subscription.renewsAt, subscription.daysLeft) })
    : t('customerDetail.subscriptions.ends', { date: withDays(subscription.endsAt, subscription.daysLeft) });
  return (
    <Paper withBorder radius="md" p="md" data-testid="subscription">
      <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} fz="md" ff="monospace">
              {subscription.number}
            </Title>
            <BadgeList
              items={subscription.status ? badges.subscription([subscription.status]) : []}
              empty={
                <ToneBadge colour="gray">{t(`customerDetail.subscriptionStates.${subscription.state}`)}</ToneBadge>
              }
            />
            {subscription.billingState === 'unpaid' ? (
              <ToneBadge colour="red">{t('customerDetail.subscriptions.unpaid')}</ToneBadge>
            ) : null}
            {!subscription.setupComplete ? (
              <ToneBadge colour="violet">{t('customers.list.statuses.ready_for_order_setup')}</ToneBadge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {t('customerDetail.subscriptions.soldBy', { seller: subscription.seller.name })}
          </Text>
        </Stack>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Stack gap={0} align="flex-end">
            <Text size="sm" fw={600}>
              {renewal}
            </Text>
            <Text size="xs" c="dimmed">
              {subscription.autoRenew
                ? t('customerDetail.subscriptions.autoRenew')
                : t('customerDetail.subscriptions.noAutoRenew')}
              {' · '}
              {t('customerDetail.subscriptionActions.termLength', { n: subscription.termMonths })}
            </Text>
          </Stack>
          {session.permissions.manageSubscriptions ? (
            <SubscriptionActions customerId={customerId} subscription={subscription} />
          ) : null}
        </Group>
      </Group>
      <LicenceTable subscription={subscription} />
      <Text size="sm" fw={600} mt="md" mb={4}>
        {t('customerDetail.subscriptions.invoices')}
      </Text>
      <Invoices subscription={subscription} />
    </Paper>
  );
}

export function SubscriptionsTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const query = useCustomerSubscriptions(customerId);
  if (query.isPending) return <Skeleton height={280} radius="md" />;
  if (query.isError) {
    return (
      <LoadError error={query.error} what={t('customerDetail.tabs.subscriptions')} onRetry={() => query.refetch()} />
    );
  }
  const { items, orders, otherSellersSubscriptions } = query.data;
  return (
    <Stack gap="md">
      {otherSellersSubscriptions > 0 ? (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
          {t('customerDetail.subscriptions.otherSellers', { count: otherSellersSubscriptions })}
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <EmptyState
          title={t('customerDetail.subscriptions.emptyTitle')}
          body={t('customerDetail.subscriptions.emptyBody')}
        />
      ) : (
        items.map((subscription) => (
          <SubscriptionCard key={subscription.id} customerId={customerId} subscription={subscription} />
        ))
      )}
      <Paper withBorder radius="md" p="md">
        <Title order={2} fz="md" mb="sm">
          {t('customerDetail.orders.title')}
        </Title>
        {orders.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('customerDetail.orders.empty')}
          </Text>
        ) : (
          <OrderHistory orders={orders} />
        )}
      </Paper>
    </Stack>
  );
}
