/** A trial's state as a badge with colour and text (UI.md), and its days left as words. */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrialStateName } from '../../../domain/contracts/trials.ts';
import { ToneBadge } from '../../components/Badges.tsx';

const trialStateColour: Record<TrialStateName, string> = {
  pending_consent: 'yellow',
  pending_provisioning_details: 'orange',
  provisioning: 'blue',
  active: 'teal',
  expired: 'red',
  released: 'gray',
  cancelled: 'gray',
  declined: 'gray',
  converted: 'grape',
};

export function TrialStateBadge({ state }: { state: TrialStateName }) {
  const { t } = useTranslation();
  return (
    <ToneBadge colour={trialStateColour[state]} data-testid="trial-state">
      {t(`trials.states.${state}`)}
    </ToneBadge>
  );
}

/**
 * "12 days" ("12 days left" in the small form, under a date), "Ends today", "Ended 3 days ago"; in bold orange when
 * the server says the trial ends soon (`endsSoon`, domain/trial-lifecycle.ts).
 */
export function DaysLeftText({
  daysLeft,
  endsSoon,
  size = 'sm',
}: {
  daysLeft: number | null;
  endsSoon: boolean;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  if (daysLeft === null) {
    return (
      <Text size={size} c="dimmed">
        {t('trials.list.notStarted')}
      </Text>
    );
  }
  if (daysLeft < 0) {
    return (
      <Text size={size} c="red">
        {t('trials.list.ended', { count: -daysLeft })}
      </Text>
    );
  }
  return (
    <Text
      size={size}
      fw={endsSoon ? 700 : 500}
      c={endsSoon ? 'orange.9' : size === 'xs' ? 'dimmed' : undefined}
      data-testid="days-left"
    >
      {daysLeft === 0
        ? t('trials.list.endsToday')
        : size === 'xs'
          ? t('trials.list.left', { count: daysLeft })
          : t('trials.list.days', { count: daysLeft })}
    </Text>
  );
}
