/** Translated names of the list's values: products, statuses, managed-by and subscription types. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerStatus, ProvisioningStatus, SubscriptionStatus } from '../../../../domain/customer-status.ts';
import type { BadgeItem } from '../../../components/Badges.tsx';
import { customerStatusColour, provisioningStatusColour, subscriptionStatusColour } from './statusMeta.ts';
import { isProductId } from './urlState.ts';

/** A catalogue service's name; a service the app does not know yet shows its id. */
export function useProductName(): (id: string) => string {
  const { t } = useTranslation();
  return useCallback((id: string) => (isProductId(id) ? t(`customers.list.products.${id}`) : id), [t]);
}

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
