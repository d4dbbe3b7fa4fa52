import { type Actor, isVendorOperator } from '../../../domain/roles.ts';

/** Organisation settings (CUS-2 thresholds) are changed by the organisation's full administrators. */
export const mayChangeSettings = (actor: Actor, organisationId: string) =>
  isVendorOperator(actor) ||
  (actor.organisationId === organisationId &&
    (actor.roles.includes('partner_full_admin') || actor.roles.includes('customer_full_admin')));
