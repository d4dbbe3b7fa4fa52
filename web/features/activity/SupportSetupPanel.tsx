/**
 * ACT-1: the vendor operator's support setup of a customer, on its detail page's Agreements tab: workspaces,
 * agreements with their packages and entitlements, and support groups, each added and edited in a dialog.
 */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  SetupAgreement,
  SetupEntitlement,
  SetupGroup,
  SetupPackage,
  SetupWorkspace,
} from '../../../domain/contracts/activity.ts';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { RowAction, RowActions } from '../../components/RowAction.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { useSupportSetup } from './api.ts';
import { type SetupDialogState, SupportSetupDialog } from './SupportSetupDialogs.tsx';

type PackageRow = SetupPackage & { agreement: SetupAgreement };
type EntitlementRow = SetupEntitlement & { pkg: PackageRow };

export function SupportSetupPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const setup = useSupportSetup(customerId, true);
  const [dialog, setDialog] = useState<SetupDialogState | null>(null);
  if (setup.isError) {
    return <LoadError error={setup.error} what={t('activity.setup.loadFailed')} onRetry={setup.refetch} />;
  }
  const data = setup.data;
  const workspaceName = new Map((data?.workspaces ?? []).map((w) => [w.id, w.name]));
  const packages: PackageRow[] = (data?.agreements ?? []).flatMap((agreement) =>
    agreement.packages.map((p) => ({ ...p, agreement })),
  );
  const entitlements: EntitlementRow[] = packages.flatMap((pkg) => pkg.entitlements.map((e) => ({ ...e, pkg })));
  const period = (p: { startsOn: string; endsOn: string }) =>
    t('activity.period', { from: fmt.calendarDay(p.startsOn), to: fmt.calendarDay(p.endsOn) });
  const actions = t('activity.setup.columns.actions');

  const workspaceColumns: ColumnDef<SetupWorkspace>[] = [
    { id: 'name', header: t('activity.columns.name'), accessorKey: 'name' },
    { id: 'members', header: t('activity.setup.columns.members'), cell: ({ row }) => row.original.memberIds.length },
    {
      id: 'actions',
      header: actions,
      cell: ({ row }) => (
        <RowAction
          label={t('activity.setup.editWorkspaceOf', { name: row.original.name })}
          tooltip={t('activity.setup.editWorkspace')}
          icon={IconPencil}
          onClick={() => setDialog({ kind: 'workspace', workspace: row.original })}
        />
      ),
    },
  ];
  const agreementColumns: ColumnDef<SetupAgreement>[] = [
    { id: 'number', header: t('activity.columns.number'), accessorKey: 'number' },
    { id: 'name', header: t('activity.columns.name'), accessorKey: 'name' },
    {
      id: 'workspace',
      header: t('activity.setup.columns.workspace'),
      cell: ({ row }) => workspaceName.get(row.original.workspaceId) ?? '—',
    },
    { id: 'period', header: t('activity.setup.columns.period'), cell: ({ row }) => period(row.original) },
    {
      id: 'actions',
      header: actions,
      cell: ({ row }) => (
        <RowActions>
          <RowAction
            label={t('activity.setup.editAgreementOf', { name: row.original.number })}
            tooltip={t('activity.setup.editAgreement')}
            icon={IconPencil}
            onClick={() => setDialog({ kind: 'agreement', agreement: row.original })}
          />
          <RowAction
            label={t('activity.setup.addPackageTo', { name: row.original.number })}
            tooltip={t('activity.setup.addPackage')}
            icon={IconPlus}
            onClick={() => setDialog({ kind: 'package', agreement: row.original, pkg: null })}
          />
        </RowActions>
      ),
    },
  ];
  const packageColumns: ColumnDef<PackageRow>[] = [
    {
      id: 'agreement',
      header: t('activity.setup.columns.agreement'),
      cell: ({ row }) => row.original.agreement.number,
    },
    { id: 'name', header: t('activity.columns.name'), accessorKey: 'name' },
    {
      id: 'kind',
      header: t('activity.columns.kind'),
      cell: ({ row }) => t(`activity.setup.packageKinds.${row.original.kind}`),
    },
    { id: 'period', header: t('activity.setup.columns.period'), cell: ({ row }) => period(row.original) },
    {
      id: 'actions',
      header: actions,
      cell: ({ row }) => (
        <RowActions>
          <RowAction
            label={t('activity.setup.editPackageOf', { name: row.original.name })}
            tooltip={t('activity.setup.editPackage')}
            icon={IconPencil}
            onClick={() => setDialog({ kind: 'package', agreement: row.original.agreement, pkg: row.original })}
          />
          <RowAction
            label={t('activity.setup.addEntitlementTo', { name: row.original.name })}
            tooltip={t('activity.setup.addEntitlement')}
            icon={IconPlus}
            onClick={() => setDialog({ kind: 'entitlement', pkg: row.original, entitlement: null })}
          />
        </RowActions>
      ),
    },
  ];
  const entitlementColumns: ColumnDef<EntitlementRow>[] = [
    { id: 'package', header: t('activity.setup.columns.package'), cell: ({ row }) => row.original.pkg.name },
    { id: 'name', header: t('activity.columns.entitlement'), accessorKey: 'name' },
    {
      id: 'category',
      header: t('activity.setup.columns.category'),
      cell: ({ row }) => t(`activity.drillDowns.${row.original.category}`),
    },
    { id: 'kind', header: t('activity.columns.kind'), cell: ({ row }) => t(`activity.kinds.${row.original.kind}`) },
    {
      id: 'bought',
      header: t('activity.columns.bought'),
      cell: ({ row }) =>
        row.original.quantityBought === null ? '—' : `${fmt.number(row.original.quantityBought)} ${row.original.unit}`,
    },
    {
      id: 'actions',
      header: actions,
      cell: ({ row }) => (
        <RowAction
          label={t('activity.setup.editEntitlementOf', { name: row.original.name })}
          tooltip={t('activity.setup.editEntitlement')}
          icon={IconPencil}
          onClick={() => setDialog({ kind: 'entitlement', pkg: row.original.pkg, entitlement: row.original })}
        />
      ),
    },
  ];
  const groupColumns: ColumnDef<SetupGroup>[] = [
    { id: 'name', header: t('activity.columns.name'), accessorKey: 'name' },
    { id: 'members', header: t('activity.setup.columns.members'), cell: ({ row }) => row.original.memberIds.length },
    { id: 'requests', header: t('activity.setup.columns.requests'), cell: ({ row }) => row.original.requestIds.length },
    {
      id: 'actions',
      header: actions,
      cell: ({ row }) => (
        <RowAction
          label={t('activity.setup.editGroupOf', { name: row.original.name })}
          tooltip={t('activity.setup.editGroup')}
          icon={IconPencil}
          onClick={() => setDialog({ kind: 'group', group: row.original })}
        />
      ),
    },
  ];

  const section = (title: string, add: { label: string; onClick: () => void; disabled?: boolean } | null) => (
    <Group justify="space-between">
      <Title order={3} fz="md">
        {title}
      </Title>
      {add ? (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={add.onClick}
          disabled={add.disabled}
        >
          {add.label}
        </Button>
      ) : null}
    </Group>
  );
  const empty = (text: string) => (
    <Text size="sm" c="dimmed">
      {text}
    </Text>
  );
  return (
    <Paper withBorder p="md" data-testid="support-setup">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg">
            {t('activity.setup.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('activity.setup.hint')}
          </Text>
        </div>
        {section(t('activity.setup.workspaces'), {
          label: t('activity.setup.addWorkspace'),
          onClick: () => setDialog({ kind: 'workspace', workspace: null }),
        })}
        <DataTable
          label={t('activity.setup.workspaces')}
          columns={workspaceColumns}
          data={data?.workspaces}
          getRowId={(w) => w.id}
          empty={empty(t('activity.setup.noWorkspaces'))}
          testId="setup-workspaces"
        />
        {section(t('activity.setup.agreements'), {
          label: t('activity.setup.addAgreement'),
          onClick: () => setDialog({ kind: 'agreement', agreement: null }),
          disabled: (data?.workspaces.length ?? 0) === 0,
        })}
        <DataTable
          label={t('activity.setup.agreements')}
          columns={agreementColumns}
          data={data?.agreements}
          getRowId={(a) => a.id}
          empty={empty(t('activity.setup.noAgreements'))}
          testId="setup-agreements"
        />
        {section(t('activity.setup.packages'), null)}
        <DataTable
          label={t('activity.setup.packages')}
          columns={packageColumns}
          data={data ? packages : undefined}
          getRowId={(p) => p.id}
          empty={empty(t('activity.setup.noPackages'))}
          testId="setup-packages"
        />
        {section(t('activity.setup.entitlements'), null)}
        <DataTable
          label={t('activity.setup.entitlements')}
          columns={entitlementColumns}
          data={data ? entitlements : undefined}
          getRowId={(e) => e.id}
          empty={empty(t('activity.setup.noEntitlements'))}
          testId="setup-entitlements"
        />
        {section(t('activity.setup.groups'), {
          label: t('activity.setup.addGroup'),
          onClick: () => setDialog({ kind: 'group', group: null }),
        })}
        <DataTable
          label={t('activity.setup.groups')}
          columns={groupColumns}
          data={data?.groups}
          getRowId={(g) => g.id}
          empty={empty(t('activity.setup.noGroups'))}
          testId="setup-groups"
        />
      </Stack>
      {data ? (
        <SupportSetupDialog customerId={customerId} setup={data} state={dialog} onClose={() => setDialog(null)} />
      ) : null}
    </Paper>
  );
}
