/**
 * Colours of the list's statuses (CUS-2…CUS-4). Every badge shows its text too (colour is never the only
 * signal); the hues run from red (act now) through orange and yellow (soon) to green (fine) and grey (nothing).
 */
import type { CustomerStatus, ProvisioningStatus, SubscriptionStatus } from '../../../../domain/customer-status.ts';

export const customerStatusColour: Record<CustomerStatus, string> = {
  suspended: 'red',
  over_licence: 'orange',
  expiring_soon: 'yellow',
  ready_for_order_setup: 'violet',
  no_recent_activity: 'gray',
  trial: 'cyan',
  subscription: 'green',
  expired: 'dark',
};

export const provisioningStatusColour: Record<ProvisioningStatus, string> = {
  cannot_provision: 'red',
  manual_partner: 'orange',
  manual_vendor: 'yellow',
  pending_details: 'violet',
  provisioning: 'blue',
  provisioned: 'green',
};

export const subscriptionStatusColour: Record<SubscriptionStatus, string> = {
  active: 'green',
  suspended: 'red',
  expiring_30: 'orange',
  expiring_60: 'yellow',
  trial_active: 'cyan',
  trial_expiring_30: 'orange',
  trial_expiring_60: 'yellow',
  trial_expired: 'gray',
};
