/** The customer's order history on the Subscriptions tab (DET-2): every order, newest first. */
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { orderSummary } from '../../../../domain/contracts/customer-detail.ts';
import { type ColumnDef, DataTable } from '../../../components/DataTable/DataTable.tsx';
import { useFormatters } from '../../../i18n/format.ts';
import { useProductName } from '../../catalogue/api.ts';

type Order = z.infer<typeof orderSummary>;

const mono = (value: string) => (
  <Text span size="sm" ff="monospace">
    {value}
  </Text>
);

export function OrderHistory({ orders }: { orders: Order[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const columns: ColumnDef<Order>[] = [
    {
      id: 'number',
      header: t('customerDetail.orders.number'),
      accessorFn: (order) => order.number,
      cell: ({ getValue }) => mono(getValue<string>()),
    },
    {
      id: 'date',
      header: t('customerDetail.orders.date'),
      accessorFn: (order) => order.createdAt,
      cell: ({ row }) => fmt.date(row.original.createdAt),
    },
    {
      id: 'kind',
      header: t('customerDetail.orders.kind'),
      accessorFn: (order) => t(`customerDetail.orderKinds.${order.kind}`),
    },
    {
      id: 'subscription',
      header: t('customerDetail.orders.subscription'),
      accessorFn: (order) => order.subscriptionNumber ?? '—',
      cell: ({ getValue }) => mono(getValue<string>()),
    },
    {
      id: 'lines',
      header: t('customerDetail.orders.lines'),
      accessorFn: (order) =>
        order.lines.map((line) => `${fmt.number(line.quantity)} × ${product(line.serviceId)}`).join(', '),
    },
    { id: 'placedBy', header: t('customerDetail.orders.placedBy'), accessorFn: (order) => order.placedBy.name },
    {
      id: 'status',
      header: t('customerDetail.orders.status'),
      accessorFn: (order) => t(`customerDetail.orderStatuses.${order.status}`),
    },
  ];
  return (
    <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
      <DataTable
        label={t('customerDetail.orders.title')}
        columns={columns}
        data={orders}
        getRowId={(order) => order.id}
        columnMenu
        exportName="orders"
        testId="order-history"
      />
    </Paper>
  );
}
