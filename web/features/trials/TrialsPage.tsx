/**
 * The Trials area: the partner's trials (every partner's for vendor operators) with customer, services, state,
 * licences, end and days left, filtered by state (the URL keeps the filter, UI.md). Distributors also see the
 * tier-2 conversions waiting for them (TRI-13). A row opens the customer's Trials tab, where the actions are.
 */
import { Anchor, Box, Button, Group, Paper, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconFilterOff, IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type TrialStateName, type TrialSummary, trialStates } from '../../../domain/contracts/trials.ts';
import { type ColumnDef, DataTable } from '../../components/DataTable/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { audienceOf, useSession } from '../auth/session.ts';
import { useCatalogue, useProductName } from '../catalogue/api.ts';
import { customerPath } from '../customers/detail/paths.ts';
import { FilterChip } from '../customers/list/FilterChip.tsx';
import { TrialActions } from './actions/TrialActions.tsx';
import { useTrialList } from './api.ts';
import { cursorPaging, useCursorPages } from './cursorPages.ts';
import { PendingConversions } from './PendingConversions.tsx';
import { StartTrialButton } from './StartTrialButton.tsx';
import { DaysLeftText, TrialStateBadge } from './TrialStateBadge.tsx';

const isState = (v: string): v is TrialStateName => (trialStates as readonly string[]).includes(v);

export default function TrialsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const fmt = useFormatters();
  const product = useProductName();
  const catalogue = useCatalogue();
  const isDevice = (id: string) => catalogue.data?.services.find((s) => s.id === id)?.isDevice ?? false;
  const [params, setParams] = useSearchParams();
  const states = (params.get('state') ?? '').split(',').filter(isState);
  const pages = useCursorPages();
  const list = useTrialList(states, pages.cursor);
  const isVendor = audienceOf(session) === 'vendor';
  const isDistributor = session.organisation.partnerTier === 'distributor';
  useDocumentTitle(t('areas.trials.title'));

  const setStates = (next: string[]) => {
    pages.reset();
    const search = new URLSearchParams(params);
    if (next.length > 0) search.set('state', next.join(','));
    else search.delete('state');
    setParams(search);
  };

  const data = list.data;
  const filtered = states.length > 0;
  const empty = (
    <Stack align="center" gap="xs" py={40} data-testid="trials-empty">
      <ThemeIcon size={52} radius="xl" variant="light" color="gray" aria-hidden="true">
        {filtered ? <IconFilterOff size={26} stroke={1.6} /> : <IconFlask size={26} stroke={1.6} />}
      </ThemeIcon>
      <Title order={2} fz="lg">
        {filtered ? t('trials.list.emptyFilteredTitle') : t('trials.list.emptyTitle')}
      </Title>
      <Text size="sm" c="dimmed" ta="center" maw={420}>
        {filtered
          ? t('trials.list.emptyFilteredBody')
          : session.permissions.startTrials
            ? t('trials.list.emptyBody')
            : t('trials.list.emptyBodyReadOnly')}
      </Text>
      {filtered ? (
        <Button variant="light" onClick={() => setStates([])}>
          {t('trials.list.showAll')}
        </Button>
      ) : null}
    </Stack>
  );

  const columns: ColumnDef<TrialSummary>[] = [
    {
      id: 'customer',
      header: t('trials.list.customer'),
      accessorFn: (trial) => trial.customer.name,
      meta: { exportValue: (trial) => `${trial.customer.name} (${trial.number})` },
      cell: ({ row: { original: trial } }) => (
        <Box maw={260}>
          {trial.customerHeld ? (
            <Anchor
              display="block"
              truncate="end"
              component={Link}
              to={customerPath(trial.customer.id, 'trials')}
              fw={600}
              size="sm"
              onClick={(e) => e.stopPropagation()}
              data-testid="trial-row-customer"
            >
              {trial.customer.name}
            </Anchor>
          ) : (
            <Text fw={600} size="sm" truncate="end" data-testid="trial-row-customer">
              {trial.customer.name}
            </Text>
          )}
          <Text size="xs" c="dimmed" ff="monospace">
            {trial.number}
          </Text>
          {trial.customerHeld ? null : (
            // A request to a customer the partner holds no link with has no customer page to open (TRI-6):
            // its actions (resend, cancel) are in the row.
            <Stack gap={4} mt={4} align="flex-start">
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'normal' }}>
                {t('trials.list.awaitingConsent')}
              </Text>
              <TrialActions trialId={trial.id} />
            </Stack>
          )}
        </Box>
      ),
    },
    ...(isVendor
      ? [
          {
            id: 'partner',
            header: t('trials.list.partner'),
            accessorFn: (trial) => trial.partner.name,
          } as ColumnDef<TrialSummary>,
        ]
      : []),
    {
      id: 'services',
      header: t('trials.list.services'),
      accessorFn: (trial) => trial.services.map((s) => product(s.serviceId)).join(', '),
      cell: ({ getValue }) => (
        <Tooltip label={getValue<string>()} openDelay={400} multiline maw={320}>
          <Text size="sm" truncate="end" maw={220}>
            {getValue<string>()}
          </Text>
        </Tooltip>
      ),
    },
    {
      id: 'state',
      header: t('trials.list.state'),
      accessorFn: (trial) => t(`trials.states.${trial.state}`),
      cell: ({ row: { original: trial } }) => (
        <Group gap={4} wrap="nowrap">
          <TrialStateBadge state={trial.state} />
          {trial.hasPendingExtension ? (
            <Text span size="xs" c="dimmed">
              {t('trials.list.extensionPending')}
            </Text>
          ) : null}
          {trial.hasPendingConversion ? (
            <Text span size="xs" c="dimmed">
              {t('trials.list.conversionPending')}
            </Text>
          ) : null}
        </Group>
      ),
    },
    {
      id: 'licences',
      header: t('trials.list.licences'),
      accessorFn: (trial) => trial.licenceQuantity,
      meta: { numeric: true },
      cell: ({ row: { original: trial } }) =>
        trial.services.every((s) => isDevice(s.serviceId)) ? (
          <Text span size="sm" c="dimmed">
            {t('trials.list.devicesOnly')}
          </Text>
        ) : (
          fmt.number(trial.licenceQuantity)
        ),
    },
    {
      id: 'ends',
      header: t('trials.list.ends'),
      accessorFn: (trial) => trial.endsAt,
      cell: ({ row: { original: trial } }) => (
        <>
          {trial.endsAt ? (
            <Text size="sm" fw={500}>
              {fmt.date(trial.endsAt)}
            </Text>
          ) : null}
          <DaysLeftText daysLeft={trial.daysLeft} endsSoon={trial.endsSoon} size="xs" />
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('areas.trials.title')}
        description={t('areas.trials.description')}
        actions={<StartTrialButton />}
      />
      {isDistributor ? <PendingConversions /> : null}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Group justify="space-between" px="md" py="sm" gap="sm">
          <Group gap="xs">
            <FilterChip
              label={t('trials.list.filterState')}
              options={trialStates.map((state) => ({ value: state, label: t(`trials.states.${state}`) }))}
              selected={states}
              onChange={setStates}
              testId="filter-state"
            />
            {states.length > 0 ? (
              <Button variant="subtle" size="compact-sm" onClick={() => setStates([])}>
                {t('trials.list.clear')}
              </Button>
            ) : null}
          </Group>
          <Text size="sm" fw={600} data-testid="trial-count">
            {data ? t('trials.list.count', { count: data.total, formatted: fmt.number(data.total) }) : ''}
          </Text>
        </Group>
        {list.isError ? (
          <LoadError error={list.error} what={t('trials.list.loadFailed')} onRetry={() => list.refetch()} />
        ) : null}
        <DataTable
          label={t('areas.trials.title')}
          columns={columns}
          data={list.isError && !data ? undefined : data?.items}
          getRowId={(trial) => trial.id}
          loading={list.isPending}
          stale={list.isPlaceholderData}
          empty={empty}
          // The server orders the trials and pages them.
          sortable={false}
          sorting={[]}
          paging={cursorPaging(pages, data?.nextCursor, list.isPlaceholderData)}
          columnMenu
          exportName="trials"
          onRowClick={(trial) => {
            if (trial.customerHeld) navigate(customerPath(trial.customer.id, 'trials'));
          }}
          rowTestId="trial-row"
          testId="trials-table"
          tall
          skeletonRows={8}
        />
      </Paper>
    </>
  );
}
