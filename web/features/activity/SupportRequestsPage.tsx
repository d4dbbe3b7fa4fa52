/**
 * Support requests: a customer's people follow the requests they may see (ACT-2) with their status and history;
 * vendor operators work the queue across customers and log the work delivered, which consumes the entitlement.
 */
import { Button, Drawer, Group, NumberInput, Select, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { supportRequestStatuses } from '../../../domain/activity.ts';
import { logWorkRequest, type SupportRequest, type SupportRequestDetail } from '../../../domain/contracts/activity.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useContractForm } from '../../components/forms/useContractForm.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { useLogWork, useSupportRequest, useSupportRequests } from './api.ts';
import { SupportRequestSharing } from './SupportRequestSharing.tsx';

const statusColour = { open: 'blue', in_progress: 'orange', closed: 'gray' } as const;

export function RequestStatusBadge({ status }: { status: SupportRequest['status'] }) {
  const { t } = useTranslation();
  return <ToneBadge colour={statusColour[status]}>{t(`activity.statuses.${status}`)}</ToneBadge>;
}

export default function SupportRequestsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  useDocumentTitle(t('activity.requests.title'));
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const requests = useSupportRequests(status);
  const [selected, setSelected] = useState<SupportRequest | null>(null);
  const isQueue = requests.data?.mayLogWork ?? false;
  const columns: ColumnDef<SupportRequest>[] = [
    { id: 'number', header: t('activity.columns.number'), accessorKey: 'number' },
    { id: 'title', header: t('activity.columns.title'), accessorKey: 'title' },
    ...(isQueue ? [{ id: 'customerName', header: t('activity.columns.customer'), accessorKey: 'customerName' }] : []),
    { id: 'severity', header: t('activity.columns.severity'), accessorKey: 'severity' },
    { id: 'entitlement', header: t('activity.columns.entitlement'), accessorKey: 'entitlement' },
    { id: 'primaryContact', header: t('activity.columns.contact'), accessorKey: 'primaryContact' },
    {
      id: 'status',
      header: t('activity.status'),
      accessorKey: 'status',
      cell: ({ row }) => <RequestStatusBadge status={row.original.status} />,
    },
    {
      id: 'openedAt',
      header: t('activity.columns.opened'),
      accessorKey: 'openedAt',
      cell: ({ row }) => fmt.date(row.original.openedAt),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('activity.requests.title')}
        description={isQueue ? t('activity.requests.queueDescription') : t('activity.requests.description')}
        actions={
          <Select
            label={t('activity.requests.statusFilter')}
            placeholder={isQueue ? t('activity.requests.unclosed') : t('activity.requests.all')}
            data={supportRequestStatuses.map((s) => ({ value: s, label: t(`activity.statuses.${s}`) }))}
            value={status}
            onChange={(value) =>
              setParams((p) => {
                if (value) p.set('status', value);
                else p.delete('status');
                return p;
              })
            }
            clearable
            w={200}
          />
        }
      />
      {requests.isError ? (
        <LoadError error={requests.error} what={t('activity.requests.loadFailed')} onRetry={requests.refetch} />
      ) : (
        <DataTable
          label={t('activity.requests.title')}
          columns={columns}
          data={requests.data?.items}
          getRowId={(r) => r.id}
          rowData={(r) => ({ 'data-number': r.number })}
          onRowClick={(r) => setSelected(r)}
          sortable
          exportName="support-requests"
          empty={<EmptyState title={t('activity.requests.empty')} body={t('activity.requests.emptyBody')} />}
        />
      )}
      <RequestDrawer request={selected} onClose={() => setSelected(null)} />
    </>
  );
}

function RequestDrawer({ request, onClose }: { request: SupportRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const detail = useSupportRequest(request?.customerId ?? null, request?.id ?? null);
  const data = detail.data;
  return (
    <Drawer
      opened={request !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={request ? `${request.number} · ${request.title}` : ''}
    >
      {detail.isError ? (
        <LoadError error={detail.error} what={t('activity.requests.loadFailed')} onRetry={detail.refetch} />
      ) : null}
      {data ? (
        <Stack gap="md" data-testid="request-detail">
          <Group gap="xs">
            <RequestStatusBadge status={data.status} />
            <Text size="sm">{data.customerName}</Text>
            {data.entitlement ? <Text size="sm">· {data.entitlement}</Text> : null}
          </Group>
          <Text size="sm">
            {t('activity.requests.consumed', { consumed: fmt.number(data.consumed), unit: data.unit ?? '' })}
          </Text>
          <Text fw={600}>{t('activity.requests.history')}</Text>
          <Timeline bulletSize={14} lineWidth={2}>
            {data.history.map((h) => (
              <Timeline.Item key={h.id} title={t(`activity.requests.events.${h.kind}`)}>
                <Text size="xs" c="dimmed">
                  {fmt.date(h.at)} {fmt.time(h.at)} {h.by ? `· ${h.by}` : ''}
                </Text>
                {h.note ? <Text size="sm">{h.note}</Text> : null}
                {h.status ? <Text size="sm">{t(`activity.statuses.${h.status}`)}</Text> : null}
                {h.kind === 'work_logged' && h.quantity !== null ? (
                  <Text size="sm">
                    {fmt.number(h.quantity)} {data.unit ?? ''}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
          {data.mayShare ? <SupportRequestSharing request={data} /> : null}
          {data.mayLogWork ? <LogWorkForm request={data} /> : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}

function LogWorkForm({ request }: { request: SupportRequestDetail }) {
  const { t } = useTranslation();
  const logWork = useLogWork(request.customerId, request.id);
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: logWorkRequest,
    initialValues: {
      quantity: 0,
      consumedOn: new Date().toISOString().slice(0, 10),
      description: '',
      status: request.status === 'open' ? 'in_progress' : request.status,
    },
  });
  return (
    <form
      onSubmit={onSubmit((body) =>
        logWork.mutate(body, {
          onSuccess: () => {
            notifications.show({ color: 'brand', message: t('activity.requests.logged', { number: request.number }) });
            form.reset();
          },
          onError: (error) => placeServerError(error),
        }),
      )}
    >
      <Stack gap="sm">
        <Text fw={600}>{t('activity.requests.logWork')}</Text>
        <NumberInput
          label={t('activity.requests.quantity', { unit: request.unit ?? '' })}
          min={0}
          {...field('quantity')}
        />
        <TextInput label={t('activity.requests.consumedOn')} type="date" {...field('consumedOn')} />
        <Textarea label={t('activity.requests.workDescription')} {...field('description')} />
        <Select
          label={t('activity.requests.newStatus')}
          data={supportRequestStatuses.map((s) => ({ value: s, label: t(`activity.statuses.${s}`) }))}
          allowDeselect={false}
          {...field('status')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={logWork.isPending}>
            {t('activity.requests.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
