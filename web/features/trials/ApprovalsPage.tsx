/**
 * Approvals (vendor operators, TRI-12): extensions of device trials waiting for a decision, with the end they
 * would move and how long the trial would last in all (at most 120 days). Approve at once; reject after a
 * confirmation that says what happens.
 */
import { Button, Group, Paper, Skeleton, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconChecklist } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExtensionApproval } from '../../../domain/contracts/trials.ts';
import { isApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { customerPath } from '../customers/detail/paths.ts';
import { decideExtension, refreshAfterTrialChange, usePendingExtensions, useTrialOptions } from './api.ts';
import classes from './trials.module.css';

export default function ApprovalsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const extensions = usePendingExtensions();
  const deviceTypes = useTrialOptions().data?.deviceTypes;
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

  const items = extensions.data?.items ?? [];
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
        {extensions.isPending ? (
          <Stack p="md" gap="xs">
            <Skeleton height={18} />
            <Skeleton height={18} />
            <Skeleton height={18} />
          </Stack>
        ) : items.length === 0 && !extensions.isError ? (
          <Stack align="center" gap="xs" py={40} data-testid="approvals-empty">
            <ThemeIcon size={52} radius="xl" variant="light" color="gray" aria-hidden="true">
              <IconChecklist size={26} stroke={1.6} />
            </ThemeIcon>
            <Text fw={600}>{t('trials.approvals.emptyTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('trials.approvals.emptyBody')}
            </Text>
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={900} className={classes.tableWrap}>
            <Table stickyHeader verticalSpacing={8} className={classes.table} data-testid="approvals-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('trials.approvals.customer')}</Table.Th>
                  <Table.Th>{t('trials.approvals.devices')}</Table.Th>
                  <Table.Th>{t('trials.approvals.ends')}</Table.Th>
                  <Table.Th>{t('trials.approvals.totalDays')}</Table.Th>
                  <Table.Th>{t('trials.approvals.requested')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => {
                  const total = item.totalDaysAfter;
                  return (
                    <Table.Tr key={item.id} data-testid="approval-row" data-trial-number={item.trial.number}>
                      <Table.Td>
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
                      </Table.Td>
                      <Table.Td>{item.deviceTypes.map(deviceName).join(', ')}</Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm">{fmt.date(item.previousEndsAt)}</Text>
                          <IconArrowRight size={14} aria-label={t('trials.approvals.to')} />
                          <Text size="sm" fw={700}>
                            {fmt.date(item.newEndsAt)}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {total === null ? null : (
                          <Text size="sm" c={total > 120 ? 'red' : undefined} fw={total > 120 ? 700 : undefined}>
                            {t('trials.approvals.totalDaysValue', { count: total })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{fmt.date(item.createdAt)}</Text>
                        {item.requestedBy ? (
                          <Text size="xs" c="dimmed">
                            {item.requestedBy}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
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
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
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
