import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';

/** Who may do what with the customer list, its tags and saved views (ROL-2, ROL-5, TAG-2, CUS-6). */

/** Partner administrators (within their scope, platform/scope.ts) and vendor operators list customers. */
export const mayListCustomers = (actor: Actor) => actor.organisationKind === 'partner' || isVendorOperator(actor);

/** TAG-2: every partner administrator sees the partner's tags. */
export const mayReadTags = (actor: Actor) => actor.organisationKind === 'partner';

/** TAG-2: only full administrators and partner administrators create, rename, delete or assign tags. */
export const mayManageTags = (actor: Actor) => actor.organisationKind === 'partner' && can(actor, 'manageTags');

/** CUS-6: whoever lists customers keeps named views of the list. */
export const mayKeepViews = mayListCustomers;

/** A saved view is changed or deleted by the user who saved it; others only open it when it is shared. */
export const mayChangeView = (actor: Actor, view: { userId: string }) => view.userId === actor.userId;
