/**
 * Device returns (vendor operators, TRI-16): every shipment of a trial with its serial numbers, when they are
 * due back (two weeks after the device due date) and how many came back; overdue shipments are tinted and can
 * be shown alone. A return is recorded per shipment: the serial numbers that came back and the RMA number.
 */
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  ThemeIcon,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconTruckReturn } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { recordReturnsRequest } from '../../../domain/contracts/trial-requests.ts';
import type { ShipmentListItem } from '../../../domain/contracts/trials.ts';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { customerPath } from '../customers/detail/paths.ts';
import { recordReturns, trialsQueryKey, useShipments } from './api.ts';
import { cursorPaging, useCursorPages } from './cursorPages.ts';
import classes from './trials.module.css';

const capitalised = { returned: 'Returned', overdue: 'Overdue', outstanding: 'Outstanding' } as const;
const statusColour = { returned: 'teal', overdue: 'red', outstanding: 'gray' } as const;

export default function DeviceReturnsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [params, setParams] = useSearchParams();
  const overdueOnly = params.get('overdue') === 'true';
  const pages = useCursorPages();
  const shipments = useShipments(overdueOnly, pages.cursor);
  const overdue = useShipments(true, undefined);
  const [recording, setRecording] = useState<ShipmentListItem | null>(null);
  useDocumentTitle(t('areas.deviceReturns.title'));

  const setOverdueOnly = (on: boolean) => {
    pages.reset();
    const next = new URLSearchParams(params);
    if (on) next.set('overdue', 'true');
    else next.delete('overdue');
    setParams(next);
  };

  // The overdue count is of the first page of overdue shipments; "50+" when there are more.
  const overdueCount = overdue.data?.items.length ?? 0;
  const overdueLabel = overdue.data?.nextCursor ? `${overdueCount}+` : fmt.number(overdueCount);
  const returnState = (s: ShipmentListItem) =>
    s.returnedSerialNumbers.length >= s.serialNumbers.length ? 'returned' : s.overdue ? 'overdue' : 'outstanding';
  const columns: ColumnDef<ShipmentListItem>[] = [
    {
      id: 'customer',
      header: t('trials.returns.customer'),
      accessorFn: (s) => s.customer.name,
      meta: { exportValue: (s) => `${s.customer.name} · ${s.partner.name} · ${s.trial.number}` },
      cell: ({ row: { original: s } }) => (
        <>
          <Text
            component={Link}
            to={customerPath(s.customer.id, 'trials')}
            fw={600}
            size="sm"
            c="var(--mantine-color-anchor)"
          >
            {s.customer.name}
          </Text>
          <Text size="xs" c="dimmed">
            {s.partner.name} · <span style={{ fontFamily: 'monospace' }}>{s.trial.number}</span>
          </Text>
        </>
      ),
    },
    { id: 'device', header: t('trials.returns.device'), accessorFn: (s) => s.deviceTypeName },
    {
      id: 'serials',
      header: t('trials.returns.serials'),
      accessorFn: (s) => s.serialNumbers.join(', '),
      cell: ({ getValue }) => (
        <Tooltip label={getValue<string>()} multiline maw={320} openDelay={300}>
          <Text size="sm" ff="monospace" truncate="end" maw={200}>
            {getValue<string>()}
          </Text>
        </Tooltip>
      ),
    },
    {
      id: 'shipped',
      header: t('trials.returns.shipped'),
      accessorFn: (s) => s.shippedAt,
      cell: ({ row }) => fmt.date(row.original.shippedAt),
    },
    {
      id: 'dueBack',
      header: t('trials.returns.dueBack'),
      accessorFn: (s) => s.returnDueAt,
      cell: ({ row: { original: s } }) => (
        <Text span size="sm" fw={s.overdue ? 700 : undefined}>
          {fmt.date(s.returnDueAt)}
        </Text>
      ),
    },
    {
      id: 'status',
      header: t('trials.returns.status'),
      accessorFn: (s) => t(`trials.returns.status${capitalised[returnState(s)]}`),
      cell: ({ row: { original: s }, getValue }) => (
        <>
          <Badge variant="light" radius="sm" color={statusColour[returnState(s)]} data-testid="shipment-status">
            {getValue<string>()}
          </Badge>
          <Text size="xs" c="dimmed" mt={2}>
            {t('trials.returns.returnedOf', {
              returned: fmt.number(s.returnedSerialNumbers.length),
              total: fmt.number(s.serialNumbers.length),
            })}
          </Text>
        </>
      ),
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{t('dataTable.actions')}</VisuallyHidden>,
      enableHiding: false,
      cell: ({ row: { original: s } }) =>
        returnState(s) === 'returned' ? null : (
          <Group justify="flex-end">
            <Button size="compact-sm" variant="default" onClick={() => setRecording(s)} data-testid="record-return">
              {t('trials.returns.record')}
            </Button>
          </Group>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('areas.deviceReturns.title')} description={t('areas.deviceReturns.description')} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Group justify="space-between" px="md" py="sm">
          <Group gap="sm">
            <Switch
              label={t('trials.returns.overdueOnly')}
              checked={overdueOnly}
              onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
              data-testid="overdue-only"
            />
          </Group>
          {overdueCount > 0 ? (
            <Badge color="red" variant="light" size="lg" radius="sm" leftSection={<IconAlertTriangle size={14} />}>
              {t('trials.returns.overdueCount', { count: overdueCount, formatted: overdueLabel })}
            </Badge>
          ) : null}
        </Group>
        {shipments.isError ? (
          <LoadError error={shipments.error} what={t('trials.returns.title')} onRetry={() => shipments.refetch()} />
        ) : null}
        <DataTable
          label={t('areas.deviceReturns.title')}
          columns={columns}
          data={shipments.isError && !shipments.data ? undefined : shipments.data?.items}
          getRowId={(shipment) => shipment.id}
          loading={shipments.isPending}
          stale={shipments.isPlaceholderData}
          empty={
            <Stack align="center" gap="xs" py={40} data-testid="returns-empty">
              <ThemeIcon size={52} radius="xl" variant="light" color="gray" aria-hidden="true">
                <IconTruckReturn size={26} stroke={1.6} />
              </ThemeIcon>
              <Text fw={600}>
                {overdueOnly ? t('trials.returns.emptyOverdueTitle') : t('trials.returns.emptyTitle')}
              </Text>
              <Text size="sm" c="dimmed">
                {overdueOnly ? t('trials.returns.emptyOverdueBody') : t('trials.returns.emptyBody')}
              </Text>
            </Stack>
          }
          // The server orders the shipments and pages them.
          sortable={false}
          sorting={[]}
          paging={cursorPaging(pages, shipments.data?.nextCursor, shipments.isPlaceholderData)}
          columnMenu
          exportName="device-returns"
          rowClassName={(shipment) => (shipment.overdue ? classes.overdue : undefined)}
          rowTestId="shipment-row"
          testId="shipments-table"
          tall
        />
      </Paper>
      {recording ? <RecordReturnDialog shipment={recording} onClose={() => setRecording(null)} /> : null}
    </>
  );
}

/** A server error on one serial number (`serialNumbers.3`) shows on the list of serial numbers. */
const wholeField = (serverField: string) => serverField.split('.')[0] ?? null;

function RecordReturnDialog({ shipment, onClose }: { shipment: ShipmentListItem; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const outstanding = shipment.serialNumbers.filter((n) => !shipment.returnedSerialNumbers.includes(n));
  const { form, field, errorOf, onSubmit, placeServerError } = useContractForm({
    schema: recordReturnsRequest,
    initialValues: { rmaNumber: '', serialNumbers: outstanding },
  });
  const record = useMutation({
    mutationFn: recordReturns,
    onSuccess: async (answer) => {
      notifications.show({ color: 'teal', message: t('trials.returns.done', { count: answer.recorded.length }) });
      await queryClient.invalidateQueries({ queryKey: trialsQueryKey });
      onClose();
    },
    onError: (error) => placeServerError(error, wholeField),
  });
  const generalError = generalErrorOf(
    record.error,
    form.getValues(),
    t('trials.actions.failed'),
    (serverField) => serverField.split('.')[0] ?? null,
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('trials.returns.recordTitle', { customer: shipment.customer.name })}
      centered
      size="lg"
    >
      <form noValidate onSubmit={onSubmit((request) => record.mutate(request))}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('trials.returns.recordBody')}
          </Text>
          <Checkbox.Group
            label={`${t('trials.returns.serialsToReturn')} · ${shipment.deviceTypeName}`}
            value={form.getValues().serialNumbers}
            onChange={(next) => form.setFieldValue('serialNumbers', next)}
            error={errorOf('serialNumbers')}
            data-path="serialNumbers"
            withAsterisk
          >
            <SimpleGrid cols={2} spacing={6} mt={8}>
              {outstanding.map((n) => (
                <Checkbox
                  key={n}
                  value={n}
                  label={
                    <Text ff="monospace" size="sm">
                      {n}
                    </Text>
                  }
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <TextInput
            label={t('trials.returns.rma')}
            {...field('rmaNumber')}
            withAsterisk
            maxLength={64}
            maw={280}
            data-autofocus
            data-testid="return-rma"
          />
          {generalError ? (
            <Alert color="red" variant="light" role="alert">
              {generalError}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('trials.wizard.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="return-save">
              {t('trials.returns.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
