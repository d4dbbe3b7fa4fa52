/**
 * Approvals (vendor operators, TRI-12): extensions of device trials waiting for a decision, with the end they
 * would move and how long the trial would last in all (at most 120 days). Approve at once; reject after a
 * confirmation that says what happens.
 */
import { Button, Group, Paper, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconChecklist } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExtensionApproval } from '../../../domain/contracts/trials.ts';
import { isApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { useCatalogue } from '../catalogue/api.ts';
import { customerPath } from '../customers/detail/paths.ts';
import { decideExtension, refreshAfterTrialChange, usePendingExtensions } from './api.ts';

export default function ApprovalsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const extensions = usePendingExtensions();
  // Retired device types too: an extension names what was shipped.
  const deviceTypes = useCatalogue().data?.deviceTypes;
  const deviceName = (id: string) => deviceTypes?.find((d) => d.id === id)?.name ?? id;
  const [rejecting, setRejecting] = useState<ExtensionApproval | null>(null);
  useDocumentTitle(t('areas.approvals.title'));

  const decide = useMutation({
    mutationFn: ({ item, decision }: { item: ExtensionApproval; decision: 'approve' | 'reject' }) =>
      decideExtension(item.id, decision),
    onSuccess: async (_, { item, decision }) => {
      setRejecting(null);
      notifications.show({
        color: 'teal',
        message: t(decision === 'approve' ? 'trials.approvals.approved' : 'trials.approvals.rejected', {
          number: item.trial.number,
        }),
      });
      await refreshAfterTrialChange(queryClient, item.customer.id);
    },
    onError: (error) => {
      if (rejecting) return;
      notifications.show({ color: 'red', message: isApiError(error) ? error.message : t('trials.actions.failed') });
    },
  });
  const deciding = (item: ExtensionApproval, decision: 'approve' | 'reject') =>
    decide.isPending && decide.variables?.item.id === item.id && decide.variables.decision === decision;

  const columns: ColumnDef<ExtensionApproval>[] = [
    {
      id: 'customer',
      header: t('trials.approvals.customer'),
      accessorFn: (item) => item.customer.name,
      meta: { exportValue: (item) => `${item.customer.name} · ${item.partner.name} · ${item.trial.number}` },
      cell: ({ row: { original: item } }) => (
        <>
          <Text
            component={Link}
            to={customerPath(item.customer.id, 'trials')}
            size="sm"
            fw={600}
            c="var(--mantine-color-anchor)"
          >
            {item.customer.name}
          </Text>
          <Text size="xs" c="dimmed">
            {item.partner.name} · <span style={{ fontFamily: 'monospace' }}>{item.trial.number}</span>
          </Text>
        </>
      ),
    },
    {
      id: 'devices',
      header: t('trials.approvals.devices'),
      accessorFn: (item) => item.deviceTypes.map(deviceName).join(', '),
    },
    {
      id: 'ends',
      header: t('trials.approvals.ends'),
      accessorFn: (item) => item.newEndsAt,
      meta: { exportValue: (item) => `${fmt.date(item.previousEndsAt)} → ${fmt.date(item.newEndsAt)}` },
      cell: ({ row: { original: item } }) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{fmt.date(item.previousEndsAt)}</Text>
          <IconArrowRight size={14} aria-label={t('trials.approvals.to')} />
          <Text size="sm" fw={700}>
            {fmt.date(item.newEndsAt)}
          </Text>
        </Group>
      ),
    },
    {
      id: 'totalDays',
      header: t('trials.approvals.totalDays'),
      accessorFn: (item) => item.totalDaysAfter,
      cell: ({ getValue }) => {
        const total = getValue<number | null>();
        return total === null ? null : (
          <Text size="sm" c={total > 120 ? 'red' : undefined} fw={total > 120 ? 700 : undefined}>
            {t('trials.approvals.totalDaysValue', { count: total })}
          </Text>
        );
      },
    },
    {
      id: 'requested',
      header: t('trials.approvals.requested'),
      accessorFn: (item) => item.createdAt,
      meta: { exportValue: (item) => [fmt.date(item.createdAt), item.requestedBy].filter(Boolean).join(' · ') },
      cell: ({ row: { original: item } }) => (
        <>
          <Text size="sm">{fmt.date(item.createdAt)}</Text>
          {item.requestedBy ? (
            <Text size="xs" c="dimmed">
              {item.requestedBy}
            </Text>
          ) : null}
        </>
      ),
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{t('dataTable.actions')}</VisuallyHidden>,
      enableHiding: false,
      cell: ({ row: { original: item } }) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="default"
            color="red"
            onClick={() => setRejecting(item)}
            data-testid="approval-reject"
          >
            {t('trials.approvals.reject')}
          </Button>
          <Button
            size="compact-sm"
            onClick={() => decide.mutate({ item, decision: 'approve' })}
            loading={deciding(item, 'approve')}
            data-testid="approval-approve"
          >
            {t('trials.approvals.approve')}
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('areas.approvals.title')} description={t('areas.approvals.description')} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Stack gap={2} p="md">
          <Title order={2} fz="md">
            {t('trials.approvals.extensionsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('trials.approvals.extensionsBody')}
          </Text>
        </Stack>
        {extensions.isError ? (
          <LoadError error={extensions.error} what={t('areas.approvals.title')} onRetry={() => extensions.refetch()} />
        ) : null}
        <DataTable
          label={t('trials.approvals.extensionsTitle')}
          columns={columns}
          data={extensions.isError && !extensions.data ? undefined : extensions.data?.items}
          getRowId={(item) => item.id}
          loading={extensions.isPending}
          empty={
            <Stack align="center" gap="xs" py={40} data-testid="approvals-empty">
              <ThemeIcon size={52} radius="xl" variant="light" color="gray" aria-hidden="true">
                <IconChecklist size={26} stroke={1.6} />
              </ThemeIcon>
              <Text fw={600}>{t('trials.approvals.emptyTitle')}</Text>
              <Text size="sm" c="dimmed">
                {t('trials.approvals.emptyBody')}
              </Text>
            </Stack>
          }
          exportName="extension-approvals"
          rowTestId="approval-row"
          rowData={(item) => ({ 'data-trial-number': item.trial.number })}
          testId="approvals-table"
          skeletonRows={3}
        />
      </Paper>
      <ConfirmDialog
        opened={rejecting !== null}
        title={t('trials.approvals.rejectTitle', { number: rejecting?.trial.number ?? '' })}
        body={t('trials.approvals.rejectBody')}
        confirmLabel={t('trials.approvals.reject')}
        cancelLabel={t('trials.wizard.cancel')}
        loading={decide.isPending}
        error={decide.error && rejecting ? (isApiError(decide.error) ? decide.error.message : null) : null}
        onConfirm={() => rejecting && decide.mutate({ item: rejecting, decision: 'reject' })}
        onClose={() => setRejecting(null)}
      />
    </>
  );
}
