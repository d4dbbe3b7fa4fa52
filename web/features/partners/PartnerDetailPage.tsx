/**
 * A partner's page for vendor operators (issue #10): its details and counts, its administrators, and the
 * actions: edit, and suspend or reactivate (each confirmed first). A suspended partner's data stays visible here.
 */
import { Alert, Anchor, Breadcrumbs, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconMailForward, IconPencil, IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PartnerAdministrator } from '../../../domain/contracts/partners.ts';
import { isApiError } from '../../api/client.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { countryName, useFormatters } from '../../i18n/format.ts';
import { partnersQueryKey, resendPartnerInvitation, updatePartner, usePartner } from './api.ts';
import { EditPartnerDialog } from './PartnerDialogs.tsx';
import { PartnerStatusBadge } from './PartnersPage.tsx';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

export default function PartnerDetailPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const partner = usePartner(id);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // The dialog unmounts as it closes, so the focus is given back to its opener here.
  const closeEdit = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const [confirming, setConfirming] = useState(false);
  useDocumentTitle(partner.data?.name ?? t('areas.partners.title'));
  const suspended = partner.data?.status === 'suspended';
  const changeStatus = useMutation({
    mutationFn: () => updatePartner({ id, status: suspended ? 'active' : 'suspended' }),
    onSuccess: async (answer) => {
      notifications.show({
        color: 'brand',
        message: t(answer.status === 'suspended' ? 'partners.suspended' : 'partners.reactivated', {
          name: answer.name,
        }),
      });
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: partnersQueryKey });
    },
  });

  // The first administrator of a new partner has nobody in the partner who could resend the invitation.
  const resend = useMutation({
    mutationFn: (admin: PartnerAdministrator) => resendPartnerInvitation(id, admin.id),
    onSuccess: (_answer, admin) =>
      notifications.show({ color: 'teal', message: t('administrators.resent', { email: admin.email }) }),
    onError: (error) =>
      notifications.show({
        color: 'red',
        message: isApiError(error) ? error.message : t('administrators.resendFailed'),
      }),
  });

  const crumbs = (
    <Breadcrumbs mb="xs" separatorMargin={6}>
      <Anchor component={Link} to="/partners" size="sm">
        {t('areas.partners.title')}
      </Anchor>
      <Text size="sm" c="dimmed" truncate="end" maw={360}>
        {partner.data?.name ?? '…'}
      </Text>
    </Breadcrumbs>
  );
  if (partner.isPending) return <PageSkeleton />;
  if (partner.isError) {
    return (
      <>
        {crumbs}
        <LoadError
          error={partner.error}
          what={t('partners.partner')}
          onRetry={() => partner.refetch()}
          back={{ to: '/partners', label: t('partners.back') }}
        />
      </>
    );
  }
  const p = partner.data;
  const adminColumns: ColumnDef<PartnerAdministrator>[] = [
    {
      id: 'name',
      header: t('partners.admins.name'),
      accessorFn: (a) => a.name,
      meta: { exportValue: (a: PartnerAdministrator) => `${a.name} <${a.email}>` },
      cell: ({ row: { original: a } }) => (
        <>
          <Text size="sm" fw={600}>
            {a.name}
          </Text>
          <Text size="xs" c="dimmed">
            {a.email}
          </Text>
        </>
      ),
    },
    {
      id: 'roles',
      header: t('partners.admins.roles'),
      accessorFn: (a) => a.roles.map((role) => t(`roles.${role}`)).join(', '),
      cell: ({ row: { original: a } }) => (
        <Group gap={4}>
          {a.roles.map((role) => (
            <ToneBadge key={role} colour="brand">
              {t(`roles.${role}`)}
            </ToneBadge>
          ))}
        </Group>
      ),
    },
    {
      id: 'status',
      header: t('partners.admins.status'),
      accessorFn: (a) => t(`administrators.statuses.${a.status}`),
      cell: ({ row, getValue }) => (
        <ToneBadge colour={row.original.status === 'active' ? 'green' : 'yellow'}>{getValue<string>()}</ToneBadge>
      ),
    },
    {
      id: 'lastSignIn',
      header: t('partners.admins.lastSignIn'),
      accessorFn: (a) => a.lastSignInAt,
      cell: ({ row }) => (row.original.lastSignInAt ? fmt.date(row.original.lastSignInAt) : '—'),
    },
    {
      id: 'actions',
      header: t('administrators.actions'),
      enableHiding: false,
      enableSorting: false,
      cell: ({ row: { original: a } }) =>
        a.status === 'invited' && !suspended ? (
          <RowAction
            label={t('administrators.resendNamed', { name: a.name })}
            icon={IconMailForward}
            loading={resend.isPending && resend.variables?.id === a.id}
            onClick={() => resend.mutate(a)}
            testId="resend-invitation"
          />
        ) : null,
    },
  ];

  return (
    <>
      {crumbs}
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="lg" gap="sm">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={1} fz={26} data-testid="partner-title">
              {p.name}
            </Title>
            <PartnerStatusBadge status={p.status} />
          </Group>
          <Text c="dimmed" size="sm">
            {p.tier ? t(`partnerTiers.${p.tier}`) : ''}
            {p.distributor ? (
              <>
                {` · ${t('partners.fields.distributor')}: `}
                <Anchor
                  component={Link}
                  to={`/partners/${encodeURIComponent(p.distributor.id)}`}
                  size="sm"
                  underline="always"
                >
                  {p.distributor.name}
                </Anchor>
              </>
            ) : null}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} stroke={1.8} aria-hidden="true" />}
            ref={editButton}
            onClick={() => setEditing(true)}
            data-testid="edit-partner"
          >
            {t('partners.edit')}
          </Button>
          <Button
            color={suspended ? 'brand' : 'red'}
            variant={suspended ? 'filled' : 'light'}
            leftSection={
              suspended ? (
                <IconPlayerPlay size={16} stroke={1.8} aria-hidden="true" />
              ) : (
                <IconBan size={16} stroke={1.8} aria-hidden="true" />
              )
            }
            onClick={() => setConfirming(true)}
            data-testid={suspended ? 'reactivate-partner' : 'suspend-partner'}
          >
            {suspended ? t('partners.reactivate') : t('partners.suspend')}
          </Button>
        </Group>
      </Group>
      {suspended && p.suspendedAt ? (
        <Alert color="red" variant="light" mb="md" data-testid="suspended-notice" title={t('partners.suspendedTitle')}>
          {t('partners.suspendedBody', { date: fmt.date(p.suspendedAt) })}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="md" mb="lg">
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
          <Fact label={t('partners.columns.country')}>{p.country ? countryName(i18n.language, p.country) : '—'}</Fact>
          <Fact label={t('partners.fields.timeZone')}>{p.timeZone}</Fact>
          <Fact label={t('partners.dataRegion')}>{p.dataRegion ?? '—'}</Fact>
          <Fact label={t('partners.columns.customers')} testId="partner-customers">
            {fmt.number(p.customers)}
          </Fact>
          {p.tier === 'distributor' ? (
            <Fact label={t('partners.tier2Partners')}>
              <Anchor
                component={Link}
                to={`/partners?distributorId=${encodeURIComponent(p.id)}`}
                size="sm"
                data-testid="tier2-partners"
              >
                {fmt.number(p.tier2Partners)}
              </Anchor>
            </Fact>
          ) : null}
          <Fact label={t('partners.createdAt')}>{fmt.date(p.createdAt)}</Fact>
        </SimpleGrid>
      </Paper>
      <Title order={2} fz={18} mb="sm">
        {t('partners.admins.title')}
      </Title>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <DataTable
          label={t('partners.admins.title')}
          columns={adminColumns}
          data={p.administrators}
          getRowId={(a) => a.id}
          exportName={`${p.name} administrators`}
          testId="partner-admins"
          rowTestId="partner-admin-row"
        />
      </Paper>
      {editing ? <EditPartnerDialog partner={p} onClose={closeEdit} /> : null}
      <ConfirmDialog
        opened={confirming}
        title={t(suspended ? 'partners.reactivateTitle' : 'partners.suspendTitle', { name: p.name })}
        body={t(suspended ? 'partners.reactivateBody' : 'partners.suspendBody')}
        confirmLabel={suspended ? t('partners.reactivate') : t('partners.suspend')}
        cancelLabel={t('partners.cancel')}
        loading={changeStatus.isPending}
        error={
          changeStatus.error
            ? isApiError(changeStatus.error)
              ? changeStatus.error.message
              : t('partners.errors.failed')
            : null
        }
        onConfirm={() => changeStatus.mutate()}
        onClose={() => {
          setConfirming(false);
          changeStatus.reset();
        }}
      />
    </>
  );
}
