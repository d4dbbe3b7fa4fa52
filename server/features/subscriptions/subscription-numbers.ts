import { randomCode } from '../../platform/record-numbers.ts';

/** The numbers of orders and subscriptions: written by trial conversions and by a subscription's changes. */
export const newOrderNumber = () => `ORD-${randomCode(4)}`;
export const newSubscriptionNumber = () => `Sub${randomCode(4)}`;
