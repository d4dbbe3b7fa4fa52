/** The list's richer cells: licences bar, next expiry with days left (TRI-17), managed by. */
import { Group, Progress, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../domain/contracts/customers.ts';
import { NoValue } from '../../../components/Badges.tsx';
import { useFormatters } from '../../../i18n/format.ts';
import { useProductName } from '../../catalogue/api.ts';

/** CUS-4's near window, as the server stamped it on the row. */
const endsWithin30Days = (row: CustomerRow) =>
  row.subscriptionStatuses.includes('expiring_30') || row.subscriptionStatuses.includes('trial_expiring_30');

export function LicenceBar({ licences }: { licences: CustomerRow['licences'] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { total, assigned, used } = licences;
  if (total === 0 && assigned === 0) return <NoValue />;
  const scale = Math.max(total, assigned, 1);
  const over = assigned > total;
  const numbers = { used: fmt.number(used), assigned: fmt.number(assigned), total: fmt.number(total) };
  const usedPart = (Math.min(used, assigned) / scale) * 100;
  const assignedPart = (Math.max(assigned - used, 0) / scale) * 100;
  return (
    <Tooltip label={t('customers.list.row.licencesTooltip', numbers)}>
      <Stack gap={3} w={128}>
        <Progress.Root size={8} aria-hidden="true">
          <Progress.Section value={usedPart} color={over ? 'red.7' : 'brand.7'} />
          <Progress.Section value={assignedPart} color={over ? 'red.3' : 'brand.3'} />
        </Progress.Root>
        <Group gap={4} justify="space-between" wrap="nowrap" aria-hidden="true">
          <Text span size="xs" c="dimmed">
            {numbers.used}
          </Text>
          <Text span size="xs" fw={over ? 700 : 500} c={over ? 'red' : undefined}>
            {numbers.assigned} / {numbers.total}
          </Text>
        </Group>
        <VisuallyHidden>{t('customers.list.row.licencesTooltip', numbers)}</VisuallyHidden>
      </Stack>
    </Tooltip>
  );
}

export function ExpiryCell({ row }: { row: CustomerRow }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const productName = useProductName();
  const trials = row.trialServicesExpiring;
  if (!row.nextExpiry && trials.length === 0) return <NoValue />;
  const days = row.nextExpiryDaysLeft;
  const relative = days === null ? '' : fmt.relativeDays(days);
  const soon = endsWithin30Days(row);
  const firstTrial = trials[0];
  return (
    <Stack gap={2}>
      {row.nextExpiry ? (
        <Text
          size="sm"
          style={{ whiteSpace: 'nowrap' }}
          fw={soon ? 600 : undefined}
          c={days !== null && days < 0 ? 'red' : undefined}
        >
          {t('customers.list.row.expiry', { date: fmt.date(row.nextExpiry), relative })}
        </Text>
      ) : null}
      {firstTrial ? (
        <Tooltip
          label={trials
            .map((trial) =>
              t('customers.list.row.trialEnds', {
                count: trial.daysLeft,
                services: trial.serviceIds.map(productName).join(', '),
              }),
            )
            .join(' · ')}
          multiline
          maw={320}
          disabled={trials.length < 2 && firstTrial.serviceIds.length < 2}
        >
          <Text size="xs" c={firstTrial.daysLeft <= 7 ? 'orange.9' : 'dimmed'} truncate="end" maw={210}>
            {t('customers.list.row.trialEnds', {
              count: firstTrial.daysLeft,
              services: firstTrial.serviceIds.map(productName).join(', '),
            })}
            {trials.length > 1 ? ` +${trials.length - 1}` : ''}
          </Text>
        </Tooltip>
      ) : null}
    </Stack>
  );
}

export function ManagedByCell({ row }: { row: CustomerRow }) {
  const { t } = useTranslation();
  const role = row.managedBy === 'owner' ? t('customers.list.row.owner') : t('customers.list.row.externalAdmin');
  return (
    <Stack gap={0}>
      <Text size="sm">{role}</Text>
      <Text size="xs" c="dimmed" truncate="end" maw={220}>
        {row.ownerPartner ? row.ownerPartner.name : t('customers.list.row.direct')}
        {row.adminLevel === 'provisioning' ? (
          <Tooltip label={t('customers.list.row.provisioningOnlyHint')} multiline maw={260}>
            <Text span inherit c="orange" fw={600}>
              {' · '}
              {t('customers.list.row.provisioningOnly')}
            </Text>
          </Tooltip>
        ) : null}
      </Text>
    </Stack>
  );
}
