import { type Actor, isVendorOperator } from '../../../domain/roles.ts';

/** Who may read analytics (ANA, CAL): partner administrators (within their scope) and vendor operators. */
export const mayReadAnalytics = (actor: Actor) => actor.organisationKind === 'partner' || isVendorOperator(actor);

/** The partner filter and the partners list are the vendor's: a partner only ever filters on itself. */
export const mayFilterByAnyPartner = (actor: Actor) => isVendorOperator(actor);
