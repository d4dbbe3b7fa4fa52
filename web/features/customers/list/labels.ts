/** Translated names of the list's values: statuses, managed-by and subscription types (product names: ../../catalogue/api.ts). */
import { useTranslation } from 'react-i18next';
import type { CustomerStatus, ProvisioningStatus, SubscriptionStatus } from '../../../../domain/customer-status.ts';
import type { BadgeItem } from '../../../components/Badges.tsx';
import { customerStatusColour, provisioningStatusColour, subscriptionStatusColour } from './statusMeta.ts';

export function useStatusLabels() {
  const { t } = useTranslation();
  return {
    customer: (s: CustomerStatus) => t(`customers.list.statuses.${s}`),
    provisioning: (s: ProvisioningStatus) => t(`customers.list.provisioning.${s}`),
    subscription: (s: SubscriptionStatus) => t(`customers.list.subscriptionStatuses.${s}`),
  };
}

export function useStatusBadges() {
  const labels = useStatusLabels();
  return {
    customer: (statuses: readonly CustomerStatus[]): BadgeItem[] =>
      statuses.map((s) => ({ key: s, label: labels.customer(s), colour: customerStatusColour[s] })),
    provisioning: (s: ProvisioningStatus | null): BadgeItem[] =>
      s ? [{ key: s, label: labels.provisioning(s), colour: provisioningStatusColour[s] }] : [],
    subscription: (statuses: readonly SubscriptionStatus[]): BadgeItem[] =>
      statuses.map((s) => ({ key: s, label: labels.subscription(s), colour: subscriptionStatusColour[s] })),
  };
}
