/**
 * The Trials area: the partner's trials (every partner's for vendor operators) with customer, services, state,
 * licences, end and days left, filtered by state (the URL keeps the filter, UI.md). Distributors also see the
 * tier-2 conversions waiting for them (TRI-13). A row opens the customer's Trials tab, where the actions are.
 */
import { Anchor, Button, Group, Paper, Skeleton, Stack, Table, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconFilterOff, IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type TrialStateName, trialStates } from '../../../domain/contracts/trials.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormatters } from '../../i18n/format.ts';
import { audienceOf, useSession } from '../auth/session.ts';
import { customerPath } from '../customers/detail/paths.ts';
import { FilterChip } from '../customers/list/FilterChip.tsx';
import { useProductName } from '../customers/list/labels.ts';
import { TrialActions } from './actions/TrialActions.tsx';
import { useTrialList } from './api.ts';
import { CursorPager, useCursorPages } from './CursorPager.tsx';
import { PendingConversions } from './PendingConversions.tsx';
import { StartTrialButton } from './StartTrialButton.tsx';
import { DaysLeftText, TrialStateBadge } from './TrialStateBadge.tsx';
import classes from './trials.module.css';

const isState = (v: string): v is TrialStateName => (trialStates as readonly string[]).includes(v);

export default function TrialsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const fmt = useFormatters();
  const product = useProductName();
  const [params, setParams] = useSearchParams();
  const states = (params.get('state') ?? '').split(',').filter(isState);
  const paging = useCursorPages();
  const list = useTrialList(states, paging.cursor);
  const isVendor = audienceOf(session) === 'vendor';
  const isDistributor = session.organisation.partnerTier === 'distributor';
  useDocumentTitle(t('areas.trials.title'));

  const setStates = (next: string[]) => {
    paging.reset();
    const search = new URLSearchParams(params);
    if (next.length > 0) search.set('state', next.join(','));
    else search.delete('state');
    setParams(search);
  };

  const data = list.data;
  const colSpan = isVendor ? 6 : 5;
  const emptyRow = (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Stack align="center" gap="xs" py={40} data-testid="trials-empty">
          <ThemeIcon size={52} radius="xl" variant="light" color="gray" aria-hidden="true">
            {states.length > 0 ? <IconFilterOff size={26} stroke={1.6} /> : <IconFlask size={26} stroke={1.6} />}
          </ThemeIcon>
          <Title order={2} fz="lg">
            {states.length > 0 ? t('trials.list.emptyFilteredTitle') : t('trials.list.emptyTitle')}
          </Title>
          <Text size="sm" c="dimmed" ta="center" maw={420}>
            {states.length > 0
              ? t('trials.list.emptyFilteredBody')
              : session.permissions.startTrials
                ? t('trials.list.emptyBody')
                : t('trials.list.emptyBodyReadOnly')}
          </Text>
          {states.length > 0 ? (
            <Button variant="light" onClick={() => setStates([])}>
              {t('trials.list.showAll')}
            </Button>
          ) : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );

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
        <Table.ScrollContainer minWidth={900} className={classes.tableWrap}>
          <Table
            stickyHeader
            highlightOnHover
            verticalSpacing={8}
            className={classes.table}
            data-testid="trials-table"
            aria-busy={list.isFetching}
            style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trials.list.customer')}</Table.Th>
                {isVendor ? <Table.Th>{t('trials.list.partner')}</Table.Th> : null}
                <Table.Th>{t('trials.list.services')}</Table.Th>
                <Table.Th>{t('trials.list.state')}</Table.Th>
                <Table.Th ta="right">{t('trials.list.licences')}</Table.Th>
                <Table.Th>{t('trials.list.ends')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.isPending
                ? Array.from({ length: 8 }, (_, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
                    <Table.Tr key={i} data-testid="skeleton-row">
                      {Array.from({ length: colSpan }, (_, j) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity
                        <Table.Td key={j}>
                          <Skeleton height={14} radius="sm" />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))
                : data && data.items.length === 0
                  ? emptyRow
                  : data?.items.map((trial) => {
                      // A request to a customer the partner holds no link with has no customer page to open (TRI-6):
                      // its actions (resend, cancel) are in the row.
                      const open = () => {
                        if (trial.customerHeld) navigate(customerPath(trial.customer.id, 'trials'));
                      };
                      const servicesText = trial.services.map((s) => product(s.serviceId)).join(', ');
                      const onlyDevices = trial.services.every((s) => s.serviceId === 'devices');
                      return (
                        <Table.Tr key={trial.id} className={classes.row} onClick={open} data-testid="trial-row">
                          <Table.Td maw={260}>
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
                              <Stack gap={4} mt={4} align="flex-start">
                                <Text size="xs" c="dimmed" style={{ whiteSpace: 'normal' }}>
                                  {t('trials.list.awaitingConsent')}
                                </Text>
                                <TrialActions trialId={trial.id} />
                              </Stack>
                            )}
                          </Table.Td>
                          {isVendor ? <Table.Td>{trial.partner.name}</Table.Td> : null}
                          <Table.Td maw={220}>
                            <Tooltip label={servicesText} openDelay={400} multiline maw={320}>
                              <Text size="sm" truncate="end">
                                {servicesText}
                              </Text>
                            </Tooltip>
                          </Table.Td>
                          <Table.Td>
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
                          </Table.Td>
                          <Table.Td ta="right">
                            {onlyDevices ? (
                              <Text span size="sm" c="dimmed">
                                {t('trials.list.devicesOnly')}
                              </Text>
                            ) : (
                              fmt.number(trial.licenceQuantity)
                            )}
                          </Table.Td>
                          <Table.Td>
                            {trial.endsAt ? (
                              <Text size="sm" fw={500}>
                                {fmt.date(trial.endsAt)}
                              </Text>
                            ) : null}
                            <DaysLeftText daysLeft={trial.daysLeft} size="xs" />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <CursorPager paging={paging} nextCursor={list.data?.nextCursor} loading={list.isPlaceholderData} />
      </Paper>
    </>
  );
}
