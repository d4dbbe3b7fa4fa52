import { type Actor, isVendorOperator } from '../../../domain/roles.ts';

/** Who may read customer insights (INS): partner administrators (within their scope, ROL-2) and vendor operators. */
export const mayReadInsights = (actor: Actor) => actor.organisationKind === 'partner' || isVendorOperator(actor);
