/** ACT-4: one agreement at a time; filter by package and status; per entitlement bought, consumed, remaining. */
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, Entitlement } from '../../../domain/contracts/activity.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { useFormatters } from '../../i18n/format.ts';
import { proofHref, usePackages } from './api.ts';

export function AddOnSection({
  agreements,
  onDrillDown,
}: {
  agreements: Agreement[];
  onDrillDown: (c: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [agreementId, setAgreementId] = useState<string | null>(
    agreements.find((a) => a.active)?.id ?? agreements[0]?.id ?? null,
  );
  const [packageId, setPackageId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const packages = usePackages(agreementId, packageId, status);
  const amount = (n: number | null) => (n === null ? '—' : fmt.number(n));
  const columns: ColumnDef<Entitlement>[] = [
    {
      id: 'name',
      header: t('activity.columns.entitlement'),
      accessorKey: 'name',
      cell: ({ row }) => (
        <Button variant="subtle" size="compact-sm" onClick={() => onDrillDown(row.original.category)}>
          {row.original.name}
        </Button>
      ),
    },
    {
      id: 'kind',
      header: t('activity.columns.kind'),
      accessorKey: 'kind',
      cell: ({ row }) => (
        <ToneBadge colour={row.original.kind === 'consumable' ? 'blue' : 'gray'}>
          {t(`activity.kinds.${row.original.kind}`)}
        </ToneBadge>
      ),
    },
    { id: 'unit', header: t('activity.columns.unit'), accessorKey: 'unit' },
    {
      id: 'bought',
      header: t('activity.columns.bought'),
      accessorKey: 'bought',
      cell: ({ row }) => amount(row.original.bought),
    },
    {
      id: 'consumed',
      header: t('activity.columns.consumed'),
      accessorKey: 'consumed',
      cell: ({ row }) => amount(row.original.consumed),
    },
    {
      id: 'remaining',
      header: t('activity.columns.remaining'),
      accessorKey: 'remaining',
      cell: ({ row }) => amount(row.original.remaining),
    },
  ];
  return (
    <section aria-labelledby="add-ons-title">
      <Title order={2} fz="lg" id="add-ons-title" mb="sm">
        {t('activity.addOns')}
      </Title>
      <Group align="flex-end" mb="md">
        <Select
          label={t('activity.agreement')}
          data={agreements.map((a) => ({ value: a.id, label: `${a.number} · ${a.name}` }))}
          value={agreementId}
          onChange={(v) => {
            setAgreementId(v);
            setPackageId(null);
          }}
          allowDeselect={false}
          w={320}
        />
        <Select
          label={t('activity.package')}
          placeholder={t('activity.allPackages')}
          data={(packages.data?.choices ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={packageId}
          onChange={setPackageId}
          clearable
          w={260}
        />
        <Select
          label={t('activity.status')}
          placeholder={t('activity.anyStatus')}
          data={(['active', 'inactive'] as const).map((s) => ({ value: s, label: t(`activity.packageStatuses.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          w={200}
        />
        {agreementId ? (
          <Group gap="xs">
            <Button
              component="a"
              variant="default"
              href={proofHref(agreementId, 'pdf')}
              download
              data-testid="proof-pdf"
            >
              {t('activity.proofPdf')}
            </Button>
            <Button component="a" variant="default" href={proofHref(agreementId, 'csv')} download>
              {t('activity.proofCsv')}
            </Button>
          </Group>
        ) : null}
      </Group>
      <Stack gap="md">
        {packages.data && packages.data.packages.length === 0 ? (
          <Text size="sm">{t('activity.noPackages')}</Text>
        ) : null}
        {(packages.data?.packages ?? []).map((p) => (
          <Paper key={p.id} withBorder p="sm">
            <Group justify="space-between" mb="xs">
              <Title order={3} fz="md">
                {p.name}
              </Title>
              <Group gap="xs">
                <ToneBadge colour={p.active ? 'green' : 'gray'}>
                  {t(`activity.packageStatuses.${p.active ? 'active' : 'inactive'}`)}
                </ToneBadge>
                <Text size="sm">{t('activity.expires', { date: fmt.calendarDay(p.endsOn) })}</Text>
              </Group>
            </Group>
            <DataTable label={p.name} columns={columns} data={p.entitlements} getRowId={(e) => e.id} sortable />
          </Paper>
        ))}
      </Stack>
    </section>
  );
}
