/**
 * The Catalogue (SPEC §1), for vendor operators: services with their editions, and device types, each on a
 * DataTable; add and edit in a dialog on the server's contract; retire and restore after a confirmation. Retired
 * entries stay listed (marked) because the subscriptions and trials that hold them keep them. An installation
 * whose catalogue is empty is told so, with the way to add the first service.
 */
import { ActionIcon, Alert, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offeredServices } from '../../../domain/catalogue.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import {
  type CatalogueDeviceType,
  type CatalogueService,
  refreshCatalogue,
  updateDeviceType,
  updateService,
  useCatalogue,
} from './api.ts';
import { CatalogueDialog, type CatalogueEditing } from './CatalogueForms.tsx';

type Entry = { kind: 'service'; entry: CatalogueService } | { kind: 'deviceType'; entry: CatalogueDeviceType };

const nextOrderOf = (rows: readonly { sortOrder: number }[]) => Math.max(0, ...rows.map((r) => r.sortOrder)) + 1;

export default function CataloguePage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  useDocumentTitle(t('areas.catalogue.title'));
  const catalogue = useCatalogue();
  const services = catalogue.data?.services ?? [];
  const deviceTypes = catalogue.data?.deviceTypes ?? [];
  const [editing, setEditing] = useState<CatalogueEditing | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [toggling, setToggling] = useState<Entry | null>(null);

  const open = (next: CatalogueEditing) => {
    setEditing(next);
    setDialogOpen(true);
  };
  const addService = () => open({ kind: 'service', service: null, nextOrder: nextOrderOf(services) });
  const addDeviceType = () => open({ kind: 'deviceType', deviceType: null, nextOrder: nextOrderOf(deviceTypes) });

  const toggle = useMutation({
    mutationFn: (target: Entry) =>
      target.kind === 'service'
        ? updateService({ id: target.entry.id, active: !target.entry.active })
        : updateDeviceType({ id: target.entry.id, active: !target.entry.active }),
    onSuccess: async (saved) => {
      notifications.show({
        color: 'brand',
        message: saved.active
          ? t('catalogue.restoredToast', { name: saved.name })
          : t('catalogue.retiredToast', { name: saved.name }),
      });
      setToggling(null);
      await refreshCatalogue(queryClient);
    },
  });

  const nameOf = (id: string | null) => (id ? (services.find((s) => s.id === id)?.name ?? id) : '');
  // An active edition under a retired service is not offered either (domain/catalogue.ts).
  const offered = new Set(offeredServices(services).map((s) => s.id));
  const serviceStatus = (s: CatalogueService) =>
    !s.active ? t('catalogue.retired') : offered.has(s.id) ? t('catalogue.active') : t('catalogue.parentRetired');
  const statusBadge = (active: boolean, label: string) => (
    <ToneBadge colour={active ? 'green' : 'gray'}>{label}</ToneBadge>
  );
  const yesNo = (value: boolean) => (value ? t('catalogue.yes') : t('catalogue.no'));
  const actions = (target: Entry) => (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={t('catalogue.edit')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('catalogue.editNamed', { name: target.entry.name })}
          onClick={() =>
            open(
              target.kind === 'service'
                ? { kind: 'service', service: target.entry, nextOrder: target.entry.sortOrder }
                : { kind: 'deviceType', deviceType: target.entry, nextOrder: target.entry.sortOrder },
            )
          }
          data-testid="catalogue-edit"
        >
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={target.entry.active ? t('catalogue.retire') : t('catalogue.restore')}>
        <ActionIcon
          variant="subtle"
          color={target.entry.active ? 'red' : 'brand'}
          aria-label={
            target.entry.active
              ? t('catalogue.retireNamed', { name: target.entry.name })
              : t('catalogue.restoreNamed', { name: target.entry.name })
          }
          onClick={() => {
            toggle.reset();
            setToggling(target);
          }}
          data-testid={target.entry.active ? 'catalogue-retire' : 'catalogue-restore'}
        >
          {target.entry.active ? <IconArchive size={16} /> : <IconArchiveOff size={16} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );

  const serviceColumns: ColumnDef<CatalogueService>[] = [
    {
      id: 'name',
      header: t('catalogue.columns.name'),
      accessorFn: (s) => s.name,
      meta: { minWidth: 160, wrap: true },
      cell: ({ row: { original: s } }) => (
        <Text size="sm" fw={s.parentServiceId ? 400 : 600} pl={s.parentServiceId ? 'md' : 0}>
          {s.name}
        </Text>
      ),
    },
    {
      id: 'id',
      header: t('catalogue.columns.id'),
      accessorFn: (s) => s.id,
      cell: ({ getValue }) => (
        <Text size="sm" ff="monospace">
          {getValue<string>()}
        </Text>
      ),
    },
    {
      id: 'edition',
      header: t('catalogue.columns.edition'),
      accessorFn: (s) => nameOf(s.parentServiceId),
      meta: { minWidth: 120, wrap: true },
    },
    { id: 'licenceUnit', header: t('catalogue.columns.licenceUnit'), accessorFn: (s) => s.licenceUnit },
    { id: 'trialable', header: t('catalogue.columns.trialable'), accessorFn: (s) => yesNo(s.trialable) },
    { id: 'device', header: t('catalogue.columns.device'), accessorFn: (s) => yesNo(s.isDevice) },
    {
      id: 'order',
      header: t('catalogue.columns.order'),
      accessorFn: (s) => s.sortOrder,
      meta: { numeric: true, width: 90 },
      cell: ({ getValue }) => fmt.number(getValue<number>()),
    },
    {
      id: 'status',
      header: t('catalogue.columns.status'),
      accessorFn: serviceStatus,
      cell: ({ row: { original: s } }) => statusBadge(offered.has(s.id), serviceStatus(s)),
    },
    {
      id: 'actions',
      header: t('catalogue.columns.actions'),
      enableSorting: false,
      meta: { width: 96 },
      cell: ({ row: { original: s } }) => actions({ kind: 'service', entry: s }),
    },
  ];

  const deviceTypeColumns: ColumnDef<CatalogueDeviceType>[] = [
    { id: 'name', header: t('catalogue.columns.name'), accessorFn: (d) => d.name, meta: { minWidth: 200 } },
    {
      id: 'id',
      header: t('catalogue.columns.id'),
      accessorFn: (d) => d.id,
      cell: ({ getValue }) => (
        <Text size="sm" ff="monospace">
          {getValue<string>()}
        </Text>
      ),
    },
    {
      id: 'order',
      header: t('catalogue.columns.order'),
      accessorFn: (d) => d.sortOrder,
      meta: { numeric: true, width: 90 },
      cell: ({ getValue }) => fmt.number(getValue<number>()),
    },
    {
      id: 'status',
      header: t('catalogue.columns.status'),
      accessorFn: (d) => (d.active ? t('catalogue.active') : t('catalogue.retired')),
      cell: ({ row: { original: d } }) =>
        statusBadge(d.active, d.active ? t('catalogue.active') : t('catalogue.retired')),
    },
    {
      id: 'actions',
      header: t('catalogue.columns.actions'),
      enableSorting: false,
      meta: { width: 96 },
      cell: ({ row: { original: d } }) => actions({ kind: 'deviceType', entry: d }),
    },
  ];

  const addServiceButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={addService} data-testid="add-service">
      {t('catalogue.addService')}
    </Button>
  );
  const isEmpty = catalogue.isSuccess && services.length === 0 && deviceTypes.length === 0;
  const togglingName = toggling?.entry.name ?? '';
  const retiring = toggling?.entry.active ?? true;

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('areas.catalogue.title')}
        description={t('catalogue.intro')}
        actions={isEmpty ? null : addServiceButton}
      />
      {catalogue.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t('catalogue.loadFailed')}
        </Alert>
      ) : isEmpty ? (
        <EmptyState title={t('catalogue.emptyTitle')} body={t('catalogue.emptyBody')} action={addServiceButton} />
      ) : (
        <Stack gap="xl">
          <section aria-labelledby="catalogue-services">
            <Title order={2} fz="lg" mb="sm" id="catalogue-services">
              {t('catalogue.services')}
            </Title>
            <DataTable
              label={t('catalogue.services')}
              columns={serviceColumns}
              data={catalogue.data ? editionsUnderParents(services) : undefined}
              loading={catalogue.isPending}
              getRowId={(s) => s.id}
              empty={<EmptyState title={t('catalogue.noServices')} />}
              rowTestId="catalogue-service-row"
              rowData={(s) => ({ 'data-id': s.id })}
              testId="catalogue-services"
              exportName="catalogue-services"
            />
          </section>
          <section aria-labelledby="catalogue-device-types">
            <Group justify="space-between" mb="sm">
              <Title order={2} fz="lg" id="catalogue-device-types">
                {t('catalogue.deviceTypes')}
              </Title>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={addDeviceType}
                data-testid="add-device-type"
              >
                {t('catalogue.addDeviceType')}
              </Button>
            </Group>
            <DataTable
              label={t('catalogue.deviceTypes')}
              columns={deviceTypeColumns}
              data={catalogue.data ? deviceTypes : undefined}
              loading={catalogue.isPending}
              getRowId={(d) => d.id}
              empty={<EmptyState title={t('catalogue.noDeviceTypes')} />}
              rowTestId="catalogue-device-type-row"
              rowData={(d) => ({ 'data-id': d.id })}
              testId="catalogue-device-types"
              exportName="catalogue-device-types"
            />
          </section>
        </Stack>
      )}
      <CatalogueDialog editing={editing} opened={dialogOpen} services={services} onClose={() => setDialogOpen(false)} />
      <ConfirmDialog
        opened={toggling !== null}
        title={
          retiring
            ? t('catalogue.retireTitle', { name: togglingName })
            : t('catalogue.restoreTitle', { name: togglingName })
        }
        body={retiring ? t('catalogue.retireBody') : t('catalogue.restoreBody')}
        confirmLabel={retiring ? t('catalogue.retire') : t('catalogue.restore')}
        cancelLabel={t('catalogue.form.cancel')}
        loading={toggle.isPending}
        error={toggle.isError ? t('catalogue.statusFailed') : null}
        onConfirm={() => toggling && toggle.mutate(toggling)}
        onClose={() => setToggling(null)}
      />
    </Stack>
  );
}

/** Catalogue order, each edition right after its top-level service (an edition whose parent is unknown goes last). */
function editionsUnderParents(services: readonly CatalogueService[]): CatalogueService[] {
  const top = services.filter((s) => s.parentServiceId === null);
  const placed = top.flatMap((parent) => [parent, ...services.filter((s) => s.parentServiceId === parent.id)]);
  return [...placed, ...services.filter((s) => !placed.includes(s))];
}
