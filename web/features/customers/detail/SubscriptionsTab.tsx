/**
 * The Subscriptions tab (DET-2): per subscription its renewal date, licences per service (bought / assigned /
 * used / available) and invoices; then the order history. A partner sees the subscriptions it sold (INS-3).
 */
import { Alert, Group, Paper, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { customerSubscription } from '../../../../domain/contracts/customer-detail.ts';
import { BadgeList, ToneBadge } from '../../../components/Badges.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { useDateWithDays, useFormatters } from '../../../i18n/format.ts';
import { useProductName, useStatusBadges } from '../list/labels.ts';
import { useCustomerSubscriptions } from './api.ts';
import classes from './detail.module.css';

type Subscription = z.infer<typeof customerSubscription>;

const invoiceColour = { paid: 'green', due: 'yellow', overdue: 'red' } as const;

function LicenceTable({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const badges = useStatusBadges();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} className={classes.dense}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customerDetail.subscriptions.service')}</Table.Th>
            <Table.Th ta="right">{t('customerDetail.licences.bought')}</Table.Th>
            <Table.Th ta="right">{t('customerDetail.licences.assigned')}</Table.Th>
            <Table.Th ta="right">{t('customerDetail.licences.used')}</Table.Th>
            <Table.Th ta="right">{t('customerDetail.licences.available')}</Table.Th>
            <Table.Th>{t('customerDetail.subscriptions.provisioning')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subscription.services.map((s) => {
            const over = s.assigned > s.bought;
            return (
              <Table.Tr key={s.serviceId}>
                <Table.Td>{product(s.serviceId)}</Table.Td>
                <Table.Td ta="right">{fmt.number(s.bought)}</Table.Td>
                <Table.Td ta="right">
                  {over ? (
                    <Tooltip label={t('customerDetail.subscriptions.overLicence', { n: s.assigned - s.bought })}>
                      <Text span size="sm" fw={700} c="red">
                        {fmt.number(s.assigned)}
                      </Text>
                    </Tooltip>
                  ) : (
                    fmt.number(s.assigned)
                  )}
                </Table.Td>
                <Table.Td ta="right">{fmt.number(s.used)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {fmt.number(s.available)}
                </Table.Td>
                <Table.Td>
                  <Tooltip label={s.provisioningError} disabled={!s.provisioningError} multiline maw={300}>
                    <span>
                      <BadgeList items={badges.provisioning(s.provisioningStatus)} />
                    </span>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} className={classes.dense}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customerDetail.subscriptions.invoice')}</Table.Th>
            <Table.Th>{t('customerDetail.subscriptions.period')}</Table.Th>
            <Table.Th ta="right">{t('customerDetail.subscriptions.amount')}</Table.Th>
            <Table.Th>{t('customerDetail.subscriptions.due')}</Table.Th>
            <Table.Th>{t('customerDetail.subscriptions.invoiceStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subscription.invoices.map((invoice) => (
            <Table.Tr key={invoice.id}>
              <Table.Td ff="monospace">{invoice.number}</Table.Td>
              <Table.Td>
                {fmt.date(invoice.periodStart)} – {fmt.date(invoice.periodEnd)}
              </Table.Td>
              <Table.Td ta="right">
                {fmt.number(invoice.amountCents / 100, { style: 'currency', currency: invoice.currency })}
              </Table.Td>
              <Table.Td>{fmt.date(invoice.dueAt)}</Table.Td>
              <Table.Td>
                <ToneBadge colour={invoiceColour[invoice.status]}>
                  {t(`customerDetail.invoiceStatuses.${invoice.status}`)}
                </ToneBadge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SubscriptionCard({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
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
        <Stack gap={0} align="flex-end">
          <Text size="sm" fw={600}>
            {renewal}
          </Text>
          <Text size="xs" c="dimmed">
            {subscription.autoRenew
              ? t('customerDetail.subscriptions.autoRenew')
              : t('customerDetail.subscriptions.noAutoRenew')}
          </Text>
        </Stack>
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
  const fmt = useFormatters();
  const product = useProductName();
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
        items.map((subscription) => <SubscriptionCard key={subscription.id} subscription={subscription} />)
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
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing={6} striped className={classes.dense} data-testid="order-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('customerDetail.orders.number')}</Table.Th>
                  <Table.Th>{t('customerDetail.orders.date')}</Table.Th>
                  <Table.Th>{t('customerDetail.orders.kind')}</Table.Th>
                  <Table.Th>{t('customerDetail.orders.subscription')}</Table.Th>
                  <Table.Th>{t('customerDetail.orders.lines')}</Table.Th>
                  <Table.Th>{t('customerDetail.orders.placedBy')}</Table.Th>
                  <Table.Th>{t('customerDetail.orders.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {orders.map((order) => (
                  <Table.Tr key={order.id}>
                    <Table.Td ff="monospace">{order.number}</Table.Td>
                    <Table.Td>{fmt.date(order.createdAt)}</Table.Td>
                    <Table.Td>{t(`customerDetail.orderKinds.${order.kind}`)}</Table.Td>
                    <Table.Td ff="monospace">{order.subscriptionNumber ?? '—'}</Table.Td>
                    <Table.Td>
                      {order.lines
                        .map((line) => `${fmt.number(line.quantity)} × ${product(line.serviceId)}`)
                        .join(', ')}
                    </Table.Td>
                    <Table.Td>{order.placedBy.name}</Table.Td>
                    <Table.Td>{t(`customerDetail.orderStatuses.${order.status}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
