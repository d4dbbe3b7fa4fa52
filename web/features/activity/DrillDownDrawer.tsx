/** ACT-5: a drill-down — description, total consumption, a link to act, and the grid of every record. */
import { Button, Drawer, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsumptionRecord, openSupportRequestRequest, severities } from '../../../domain/contracts/activity.ts';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { useContractForm } from '../../components/forms/useContractForm.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { consumptionExportHref, useConsumption, useOpenSupportRequest } from './api.ts';

export function DrillDownDrawer({
  workspaceId,
  workspaceName,
  drillDown,
  onClose,
}: {
  workspaceId: string;
  workspaceName: string;
  drillDown: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const consumption = useConsumption(workspaceId, drillDown);
  const [filter, setFilter] = useState('');
  const [opening, setOpening] = useState(false);
  const name = drillDown ? t(`activity.drillDowns.${drillDown as 'reactive_support'}`) : '';
  const data = consumption.data;
  const records = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!data || !needle) return data?.records;
    return data.records.filter((r) =>
      [r.description, r.deliveredBy, r.entitlement, r.package, r.agreementNumber, r.requestNumber]
        .filter(Boolean)
        .some((v) => String(v).toLowerCase().includes(needle)),
    );
  }, [data, filter]);
  const columns: ColumnDef<ConsumptionRecord>[] = [
    {
      id: 'consumedOn',
      header: t('activity.columns.date'),
      accessorKey: 'consumedOn',
      cell: ({ row }) => fmt.calendarDay(row.original.consumedOn),
    },
    {
      id: 'quantity',
      header: t('activity.columns.quantity'),
      accessorKey: 'quantity',
      cell: ({ row }) => fmt.number(row.original.quantity),
    },
    { id: 'description', header: t('activity.columns.description'), accessorKey: 'description' },
    { id: 'deliveredBy', header: t('activity.columns.deliveredBy'), accessorKey: 'deliveredBy' },
    { id: 'entitlement', header: t('activity.columns.entitlement'), accessorKey: 'entitlement' },
    { id: 'agreementNumber', header: t('activity.agreement'), accessorKey: 'agreementNumber' },
    { id: 'requestNumber', header: t('activity.columns.request'), accessorKey: 'requestNumber' },
  ];
  return (
    <Drawer
      opened={drillDown !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('activity.drillDownTitle', { name, workspace: workspaceName })}
    >
      {consumption.isError ? (
        <LoadError error={consumption.error} what={t('activity.loadFailed')} onRetry={consumption.refetch} />
      ) : null}
      {data ? (
        <Stack gap="md" data-testid="drill-down">
          {data.entitlements.map((e) => (
            <Text key={e.id} size="sm">
              <strong>{e.name}</strong> ({e.agreementNumber} · {e.package}): {e.description}
              {e.kind === 'additional_benefit' ? ` — ${t('activity.benefitNote')}` : ''}
            </Text>
          ))}
          <Group justify="space-between">
            <Text fw={600}>
              {t('activity.totalConsumption')}:{' '}
              {t('activity.usage', {
                consumed: fmt.number(data.consumed),
                bought: fmt.number(data.bought),
                remaining: fmt.number(data.remaining),
                unit: data.unit ?? '',
              })}
            </Text>
            <Button onClick={() => setOpening(true)} disabled={data.entitlements.length === 0}>
              {t('activity.openRequest')}
            </Button>
          </Group>
          <Group align="flex-end">
            <TextInput
              label={t('activity.filterRecords')}
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
              w={280}
            />
            {drillDown ? (
              <Group gap="xs">
                <Button
                  component="a"
                  variant="default"
                  href={consumptionExportHref(workspaceId, drillDown, 'csv')}
                  download
                >
                  {t('activity.exportCsv')}
                </Button>
                <Button
                  component="a"
                  variant="default"
                  href={consumptionExportHref(workspaceId, drillDown, 'xlsx')}
                  download
                >
                  {t('activity.exportXlsx')}
                </Button>
              </Group>
            ) : null}
          </Group>
          {data.truncated ? <Text size="sm">{t('activity.truncated', { count: data.records.length })}</Text> : null}
          <DataTable
            label={t('activity.records')}
            columns={columns}
            data={records}
            getRowId={(r) => r.id}
            sortable
            initialSorting={[{ id: 'consumedOn', desc: true }]}
            empty={<Text size="sm">{t('activity.noRecords')}</Text>}
          />
          <OpenRequestDialog
            opened={opening}
            onClose={() => setOpening(false)}
            entitlements={data.entitlements.map((e) => ({
              value: e.id,
              label: `${e.name} · ${e.agreementNumber} · ${e.package}`,
            }))}
          />
        </Stack>
      ) : null}
    </Drawer>
  );
}

function OpenRequestDialog({
  opened,
  onClose,
  entitlements,
}: {
  opened: boolean;
  onClose: () => void;
  entitlements: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const open = useOpenSupportRequest();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: openSupportRequestRequest,
    initialValues: { entitlementId: entitlements[0]?.value ?? '', title: '', severity: 'C', description: '' },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('activity.openRequestTitle')}>
      <form
        onSubmit={onSubmit((request) =>
          open.mutate(request, {
            onSuccess: (created) => {
              notifications.show({ color: 'brand', message: t('activity.requestOpened', { number: created.number }) });
              form.reset();
              onClose();
            },
            onError: (error) => placeServerError(error),
          }),
        )}
      >
        <Stack>
          <Select label={t('activity.against')} data={entitlements} allowDeselect={false} {...field('entitlementId')} />
          <TextInput label={t('activity.requestTitle')} {...field('title')} />
          <Select
            label={t('activity.severity')}
            data={severities.map((s) => ({ value: s, label: t(`activity.severities.${s}`) }))}
            allowDeselect={false}
            {...field('severity')}
          />
          <Textarea label={t('activity.requestDescription')} {...field('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('activity.cancel')}
            </Button>
            <Button type="submit" loading={open.isPending}>
              {t('activity.submitRequest')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
