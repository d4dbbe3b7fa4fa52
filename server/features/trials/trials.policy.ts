import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';

/** Who may do what with trials (ROL-2, ROL-3, ROL-5, TRI-2, TRI-8, TRI-13, TRI-14, TRI-16). Visibility is scope's. */

/** TRI-2: sales administrators, sales full administrators and full administrators start trials. */
export const mayStartTrial = (actor: Actor) => actor.organisationKind === 'partner' && can(actor, 'startTrials');

/** The partner roles that start trials also manage them (edit, extend, convert, cancel, resend); the vendor may too. */
export const mayManageTrial = (actor: Actor, trial: { partnerId: string }) =>
  isVendorOperator(actor) || (mayStartTrial(actor) && actor.organisationId === trial.partnerId);

const isCustomerFullAdmin = (actor: Actor, customerId: string) =>
  actor.organisationKind === 'customer' && actor.organisationId === customerId && can(actor, 'answerConsents');

/** TRI-8: a customer's administrators see its pending trial requests; a plain user (no role) does not. */
export const mayReadConsents = (actor: Actor) => actor.organisationKind === 'customer' && actor.roles.length > 0;

/** TRI-8, TRI-9: the customer's full administrators answer consent requests. */
export const mayAnswerConsent = isCustomerFullAdmin;

/** TRI-14: the customer can cancel too (its full administrators). */
export const mayCancelTrial = (actor: Actor, trial: { partnerId: string; customerId: string }) =>
  mayManageTrial(actor, trial) || isCustomerFullAdmin(actor, trial.customerId);

/** The customer's setup (provisioning details): its full administrators, or the partner setting up now (TRI-1). */
export const mayCompleteSetup = mayCancelTrial;

/** TRI-12: vendor operators approve device-trial extensions; TRI-16: they record device returns. */
export const mayApproveExtensions = (actor: Actor) => isVendorOperator(actor);
export const mayHandleDevices = (actor: Actor) => isVendorOperator(actor);

/** TRI-13: a distributor completes its tier-2 partners' conversions (roles that may start trials). */
export const mayCompleteConversions = (actor: Actor) =>
  actor.organisationKind === 'partner' && actor.partnerTier === 'distributor' && can(actor, 'startTrials');

/** Trials lists are for partners (their own), the vendor (all) and customers' administrators (their own, ROL-4). */
export const mayListTrials = (actor: Actor) =>
  isVendorOperator(actor) ||
  actor.organisationKind === 'partner' ||
  (actor.organisationKind === 'customer' && can(actor, 'readCustomerTrials'));
