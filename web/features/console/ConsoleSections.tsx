/**
 * The sections of the customer console (UI.md "Customer console"): overview, licences, users and pending trial
 * requests. The same components serve the customer's administrators and partners who launched into it.
 */
import { Alert, Anchor, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInbox, IconLicense, IconLock, IconStack2, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BadgeList, ToneBadge } from '../../components/Badges.tsx';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useDateWithDays, useFormatters } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { useProductName } from '../catalogue/api.ts';
import { useStatusBadges } from '../customers/list/labels.ts';
import { ConsentRequests } from '../trials/consent/ConsentRequests.tsx';
import type { CustomerConsole } from './api.ts';
import { type ConsoleSection, sectionPath } from './sections.ts';

type Props = { data: CustomerConsole; base: string };

/** ROL-3 and ROL-2: why users and licences are read-only here. */
function ReadOnlyNotice({ data }: { data: CustomerConsole }) {
  const { t } = useTranslation();
  const { viewer, customer } = data;
  if (viewer.mayManageUsersAndLicences) return null;
  const reason =
    viewer.kind !== 'customer' && viewer.adminLevel === 'provisioning'
      ? t('console.readOnly.provisioning', { customer: customer.name, partner: viewer.organisation.name })
      : viewer.kind === 'customer'
        ? t('console.readOnly.customerReadOnly')
        : t('console.readOnly.role');
  return (
    <Alert
      variant="light"
      color="gray"
      icon={<IconLock size={18} />}
      title={t('console.readOnly.title')}
      data-testid="read-only-notice"
    >
      {reason}
    </Alert>
  );
}

function Stat({ icon, label, value, to }: { icon: ReactNode; label: string; value: string; to: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group gap="sm" wrap="nowrap">
        <Text c="brand" style={{ display: 'inline-flex' }} aria-hidden="true">
          {icon}
        </Text>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {label}
          </Text>
          <Anchor component={Link} to={to} fz={22} fw={700} c="inherit" underline="hover">
            {value}
          </Anchor>
        </Stack>
      </Group>
    </Paper>
  );
}

export function ConsoleOverview({ data, base }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const to = (section: ConsoleSection) => sectionPath(base, section);
  return (
    <Stack gap="md">
      {data.pendingTrialRequests.length > 0 ? (
        <Alert variant="light" color="cyan" icon={<IconInbox size={18} />} title={t('console.pending.alertTitle')}>
          <Anchor component={Link} to={to('trial-requests')} size="sm">
            {t('console.pending.alertBody', { count: data.pendingTrialRequests.length })}
          </Anchor>
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Stat
          icon={<IconStack2 size={24} />}
          label={t('console.stats.services')}
          value={fmt.number(data.services.length)}
          to={to('licences')}
        />
        <Stat
          icon={<IconLicense size={24} />}
          label={t('console.stats.licences')}
          value={`${fmt.number(data.licences.assigned)} / ${fmt.number(data.licences.total)}`}
          to={to('licences')}
        />
        <Stat
          icon={<IconUsers size={24} />}
          label={t('console.stats.users')}
          value={fmt.number(data.users.total)}
          to={to('users')}
        />
        <Stat
          icon={<IconInbox size={24} />}
          label={t('console.stats.pending')}
          value={fmt.number(data.pendingTrialRequests.length)}
          to={to('trial-requests')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="md" p="md">
          <Title order={2} fz="md" mb="sm">
            {t('console.licences.title')}
          </Title>
          <ServicesTable data={data} compact />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Title order={2} fz="md" mb="sm">
            {t('console.admins.title')}
          </Title>
          <Stack gap="xs" data-testid="console-admins">
            {data.admins.map((admin) => (
              <Stack key={admin.id} gap={2}>
                <Group gap={6} wrap="wrap">
                  <Text size="sm" fw={600}>
                    {admin.name}
                  </Text>
                  {admin.roles.map((role) => (
                    <ToneBadge key={role} colour="brand">
                      {t(`roles.${role}`)}
                    </ToneBadge>
                  ))}
                </Group>
                <Text size="xs" c="dimmed">
                  {admin.email}
                  {admin.lastSignInAt
                    ? ` · ${t('console.admins.lastSignIn', { date: fmt.date(admin.lastSignInAt) })}`
                    : ''}
                </Text>
              </Stack>
            ))}
            {data.admins.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('console.admins.none')}
              </Text>
            ) : null}
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

type Service = CustomerConsole['services'][number];
type User = CustomerConsole['users']['items'][number];

function ServicesTable({ data, compact = false }: { data: CustomerConsole; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const badges = useStatusBadges();
  if (data.services.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('console.licences.none')}
      </Text>
    );
  const figure = (id: 'bought' | 'trial'): ColumnDef<Service> => ({
    id,
    header: t(`console.licences.${id}`),
    accessorFn: (s) => s[id],
    meta: { numeric: true },
    cell: ({ getValue }) => fmt.number(getValue<number>()),
  });
  const assigned: ColumnDef<Service> = {
    id: 'assigned',
    header: t('console.licences.assigned'),
    accessorFn: (s) => s.assigned,
    meta: { numeric: true },
    cell: ({ row: { original: s } }) => {
      const over = s.assigned > s.bought + s.trial;
      return (
        <Text span size="sm" c={over ? 'red' : undefined} fw={over ? 700 : undefined}>
          {fmt.number(s.assigned)}
        </Text>
      );
    },
  };
  const available: ColumnDef<Service> = {
    id: 'available',
    header: t('console.licences.available'),
    accessorFn: (s) => s.available,
    meta: { numeric: true },
    cell: ({ getValue }) => (
      <Text span size="sm" fw={600}>
        {fmt.number(getValue<number>())}
      </Text>
    ),
  };
  const service: ColumnDef<Service> = {
    id: 'service',
    header: t('console.licences.service'),
    accessorFn: (s) => product(s.serviceId),
  };
  // The overview's card has room for what is left to assign; the licences section shows the whole picture.
  const columns: ColumnDef<Service>[] = compact
    ? [service, assigned, available]
    : [
        service,
        figure('bought'),
        figure('trial'),
        assigned,
        available,
        {
          id: 'usage',
          header: t('console.licences.usage'),
          enableSorting: false,
          meta: { width: 160 },
          cell: ({ row: { original: s } }) => {
            const total = s.bought + s.trial;
            return (
              <Progress
                value={total === 0 ? 100 : Math.min(100, (s.assigned / total) * 100)}
                color={s.assigned > total ? 'red.6' : 'brand.6'}
                size="sm"
                aria-label={t('console.licences.usageOf', { assigned: s.assigned, total })}
              />
            );
          },
        },
        {
          id: 'provisioning',
          header: t('console.licences.provisioning'),
          accessorFn: (s) => s.provisioningStatus,
          cell: ({ row: { original: s } }) => <BadgeList items={badges.provisioning(s.provisioningStatus)} />,
        },
      ];
  return (
    <DataTable
      label={t('console.licences.title')}
      columns={columns}
      data={data.services}
      getRowId={(s) => s.serviceId}
      testId="console-services"
    />
  );
}

export function ConsoleLicences({ data }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <ReadOnlyNotice data={data} />
      <Paper withBorder radius="md" p="md">
        <Title order={2} fz="md" mb={4}>
          {t('console.licences.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('console.licences.explain')}
        </Text>
        <ServicesTable data={data} />
      </Paper>
    </Stack>
  );
}

export function ConsoleUsers({ data }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const { items, total } = data.users;
  const columns: ColumnDef<User>[] = [
    {
      id: 'name',
      header: t('console.users.name'),
      accessorFn: (user) => user.name,
      cell: ({ row: { original: user } }) => (
        <Text span size="sm" fw={500}>
          {user.name}
          {user.status === 'invited' ? (
            <ToneBadge colour="gray" ml={6}>
              {t('console.users.invited')}
            </ToneBadge>
          ) : null}
        </Text>
      ),
    },
    { id: 'email', header: t('console.users.email'), accessorFn: (user) => user.email },
    {
      id: 'licences',
      header: t('console.users.licences'),
      accessorFn: (user) => user.licences.map(product).join(', '),
      cell: ({ row: { original: user } }) => (
        <BadgeList items={user.licences.map((id) => ({ key: id, label: product(id), colour: 'gray' }))} max={3} />
      ),
    },
  ];
  return (
    <Stack gap="md">
      <ReadOnlyNotice data={data} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <DataTable
          label={t('console.sections.users')}
          columns={columns}
          data={items}
          getRowId={(user) => user.id}
          testId="console-users"
        />
      </Paper>
      {total > items.length ? (
        <Text size="sm" c="dimmed">
          {t('console.users.firstOf', { shown: fmt.number(items.length), total: fmt.number(total) })}
        </Text>
      ) : null}
    </Stack>
  );
}

export function ConsoleTrialRequests({ data }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const session = useSession();
  const withDays = useDateWithDays();
  const empty = <EmptyState title={t('console.pending.emptyTitle')} body={t('console.pending.emptyBody')} />;
  // The customer's own administrators answer here (TRI-8, TRI-9); a partner who launched in only looks.
  if (data.viewer.kind === 'customer' && session.permissions.answerConsents) {
    return <ConsentRequests customerId={data.customer.id} customerName={data.customer.name} empty={empty} />;
  }
  if (data.pendingTrialRequests.length === 0) return empty;
  return (
    <Stack gap="sm" data-testid="console-trial-requests">
      {data.pendingTrialRequests.map((request) => (
        <Paper key={request.id} withBorder radius="md" p="md">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={4}>
              <Text fw={600}>
                {t('console.pending.from', { partner: request.partner.name })}
                <Text span ff="monospace" c="dimmed" size="sm">
                  {'  '}
                  {request.number}
                </Text>
              </Text>
              <Text size="sm">
                {request.services.map((s) => product(s.serviceId)).join(', ')}
                {' · '}
                {t('console.pending.terms', {
                  licences: fmt.number(request.licenceQuantity),
                  count: request.durationDays,
                })}
              </Text>
            </Stack>
            {request.respondBy && request.respondByDaysLeft !== null ? (
              <Text size="sm" fw={600}>
                {t('console.pending.respondBy', { date: withDays(request.respondBy, request.respondByDaysLeft) })}
              </Text>
            ) : null}
          </Group>
        </Paper>
      ))}
      <Text size="xs" c="dimmed">
        {t('console.pending.howTo')}
      </Text>
    </Stack>
  );
}
